/** How a decision deadline ("2026-12-09") reads on a card, against the local calendar day. */

const DAY_MS = 86_400_000;

const utcDay = (isoDate: string): number => {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
};

/** Whole days from `today` (local date) to the deadline: 0 on the day, negative after it. */
export const daysUntil = (deadline: string, today: Date): number =>
  Math.round(
    (utcDay(deadline) - Date.UTC(today.getFullYear(), today.getMonth(), today.getDate())) / DAY_MS,
  );

export interface DeadlineStatus {
  text: string;
  tone: 'neutral' | 'warning' | 'danger';
}

/** "5 days left", "1 day left", "Due today" or "Past deadline"; the last week is a warning. */
export const deadlineStatus = (deadline: string, today: Date): DeadlineStatus => {
  const days = daysUntil(deadline, today);
  if (days < 0) return { text: 'Past deadline', tone: 'danger' };
  if (days === 0) return { text: 'Due today', tone: 'danger' };
  return {
    text: days === 1 ? '1 day left' : `${days} days left`,
    tone: days <= 7 ? 'warning' : 'neutral',
  };
};

/**
 * Made on first use, not when the module loads: the browser's first date format loads its
 * calendar data, about 150 ms of a phone's start for a card that may have no deadline.
 */
let dateFormat: Intl.DateTimeFormat | undefined;

/** "2026-12-09" → "Dec 9, 2026" in the reader's locale. */
export const formatDeadline = (deadline: string): string =>
  (dateFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  })).format(utcDay(deadline));
