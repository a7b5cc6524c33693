import { createStore, type ReadableStore } from './create-store';

export interface NoticeAction {
  label: string;
  onAction: () => void;
}

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /**
   * Actions offered with the message, e.g. Undo after a delete, or the two
   * answers to a question. Each one also dismisses the message.
   */
  actions?: readonly NoticeAction[];
}

export type Notify = (notice: Omit<Notice, 'id'>) => number;

/**
 * Status messages for the live region: "Saved", import results, Undo. The
 * newest replaces older ones of the same kind of work so the region stays
 * short for screen readers.
 */
export interface Notices {
  list: ReadableStore<readonly Notice[]>;
  notify: Notify;
  dismiss(id: number): void;
}

/** Long enough to read two lines twice; only messages with an answer (Undo) stay. */
export const AUTO_DISMISS_MS = 6000;

export const createNotices = (): Notices => {
  const list = createStore<readonly Notice[]>([]);
  let nextId = 1;

  const dismiss = (id: number) => list.update((notices) => notices.filter((n) => n.id !== id));

  const notify: Notify = (notice) => {
    const id = nextId++;
    list.update((notices) => [...notices.slice(-2), { ...notice, id }]);
    // Every message fades, errors too (on a phone a message covers the page);
    // one with an action (Undo) stays until answered, dismissed or replaced, so
    // nobody loses the chance to act on it. Errors that need more say so in place too.
    if (!notice.actions?.length) setTimeout(() => dismiss(id), AUTO_DISMISS_MS);
    return id;
  };

  return { list, notify, dismiss };
};
