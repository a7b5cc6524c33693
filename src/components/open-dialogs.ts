import { useAppState } from '../store/app-context';
import type { Store } from '../store/create-store';
import { useStore } from '../store/use-store';

/*
 * The modal dialogs open right now, topmost last, kept in the app's state. A
 * modal <dialog> makes the rest of the page inert and sits above it, so the
 * status messages move into the topmost one while it is open: an Undo or an
 * error must stay visible and reachable.
 */
type DialogStack = Store<readonly HTMLDialogElement[]>;

/** The app's list of open dialogs; the same store for the app's whole life. */
export const useDialogStack = (): DialogStack => useAppState().dialogs;

export const dialogOpened = (stack: DialogStack, dialog: HTMLDialogElement) =>
  stack.update((open) => [...open.filter((d) => d !== dialog), dialog]);

export const dialogClosed = (stack: DialogStack, dialog: HTMLDialogElement) =>
  stack.update((open) => (open.includes(dialog) ? open.filter((d) => d !== dialog) : open));

const topmost = (open: readonly HTMLDialogElement[]) => open[open.length - 1] ?? null;

export const useTopmostDialog = () => useStore(useDialogStack(), topmost);
