import { useSyncExternalStore } from 'react';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /** An action offered with the message, e.g. Undo after a delete. */
  action?: { label: string; onAction: () => void };
}

type Listener = () => void;

const AUTO_DISMISS_MS = 5000;

let notices: readonly Notice[] = [];
let nextId = 1;
const listeners = new Set<Listener>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * Status messages for the live region: "Saved", import results, Undo. The
 * newest replaces older ones of the same kind of work so the region stays
 * short for screen readers.
 */
export const notify = (notice: Omit<Notice, 'id'>): number => {
  const id = nextId++;
  notices = [...notices.slice(-2), { ...notice, id }];
  emit();
  // Plain confirmations fade; errors and messages with an action (Undo) stay
  // until dismissed or replaced, so nobody loses the chance to act on them.
  if (notice.tone !== 'error' && !notice.action)
    setTimeout(() => dismissNotice(id), AUTO_DISMISS_MS);
  return id;
};

export const dismissNotice = (id: number) => {
  notices = notices.filter((n) => n.id !== id);
  emit();
};

export const clearNotices = () => {
  notices = [];
  emit();
};

const subscribe = (listener: Listener) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const getNotices = () => notices;

export const useNotices = () => useSyncExternalStore(subscribe, getNotices, getNotices);
