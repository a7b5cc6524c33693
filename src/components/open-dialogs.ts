import { useSyncExternalStore } from 'react';

/*
 * The modal dialogs open right now, topmost last. A modal <dialog> makes the
 * rest of the page inert and sits above it, so the status messages move into
 * the topmost one while it is open: an Undo or an error must stay visible and
 * reachable.
 */
let open: readonly HTMLDialogElement[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const dialogOpened = (dialog: HTMLDialogElement) => {
  open = [...open.filter((d) => d !== dialog), dialog];
  emit();
};

export const dialogClosed = (dialog: HTMLDialogElement) => {
  if (!open.includes(dialog)) return;
  open = open.filter((d) => d !== dialog);
  emit();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const topmost = () => open[open.length - 1] ?? null;

export const useTopmostDialog = () => useSyncExternalStore(subscribe, topmost, () => null);
