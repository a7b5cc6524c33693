import { describe, expect, it } from 'vitest';
import { daysUntil, deadlineStatus } from './deadline';

const today = new Date(2026, 10, 20, 23, 30); // 20 Nov 2026, late evening local time

describe('deadlineStatus', () => {
  it('counts whole calendar days, whatever the time of day', () => {
    expect(daysUntil('2026-11-25', today)).toBe(5);
    expect(daysUntil('2026-11-21', new Date(2026, 10, 20, 0, 5))).toBe(1);
  });

  it('reads "5 days left" and warns in the last week', () => {
    expect(deadlineStatus('2026-11-25', today)).toEqual({ text: '5 days left', tone: 'warning' });
    expect(deadlineStatus('2026-12-20', today)).toEqual({ text: '30 days left', tone: 'neutral' });
  });

  it('says "1 day left" in the singular', () => {
    expect(deadlineStatus('2026-11-21', today).text).toBe('1 day left');
  });

  it('says "Due today" on the day and "Past deadline" after it', () => {
    expect(deadlineStatus('2026-11-20', today)).toEqual({ text: 'Due today', tone: 'danger' });
    expect(deadlineStatus('2026-11-19', today)).toEqual({ text: 'Past deadline', tone: 'danger' });
  });

  it('crosses a month and a year boundary', () => {
    expect(daysUntil('2027-01-01', new Date(2026, 11, 31))).toBe(1);
  });
});
