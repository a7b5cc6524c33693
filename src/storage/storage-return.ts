import type { FoundChoice } from '../store/persistence-status';
import { readStoredValue } from './envelope';
import {
  NO_WRITE,
  backupFor,
  mergeIn,
  noteReading,
  setStatus,
  show,
  type Plan,
  type TabState,
} from './tab-state';

/*
 * Storage refused at load (private mode, a site setting) that becomes
 * readable later. Whatever the person did meanwhile lives only in this tab,
 * and is never dropped for what storage turns out to hold.
 */

/** Storage was out of reach when this tab opened, and answers now with `raw`. */
export const firstContact = (tab: TabState, raw: string | null): Plan => {
  const reading = readStoredValue(raw);
  noteReading(tab, reading);
  if (tab.status.get().problem === 'disabled') setStatus(tab, { problem: null });
  if (reading.kind === 'ok' && tab.pending !== null) {
    // Saved offers this tab never showed, and work of its own: the person chooses.
    tab.found = { raw: raw as string, reading };
    const savedAt = reading.savedAt ?? null;
    setStatus(tab, { found: { offers: reading.document.offers.length, savedAt } });
    return NO_WRITE;
  }
  tab.known.read(raw, reading, { first: true });
  if (reading.kind === 'empty') tab.known.startedEmpty(tab.startedWith);
  if (reading.kind === 'newer-version') {
    tab.cancelPending();
    return NO_WRITE;
  }
  if (reading.kind === 'ok') {
    show(tab, reading.document);
    tab.onNotice(
      'This browser lets Tradeoff use its storage again: this tab now shows your saved offers.',
    );
    return NO_WRITE;
  }
  return { write: true, backup: backupFor(tab, raw) };
};

/**
 * The person's answer to saved data found when storage came back: keep this
 * tab's work (the saved data is backed up, then replaced), merge both, or
 * use the saved data (this tab's work goes; the banner offers Export first).
 * `save` writes what is pending.
 */
export const resolveFound = (tab: TabState, choice: FoundChoice, save: () => void) => {
  const { found, store } = tab;
  if (!found || !store) return;
  tab.found = null;
  setStatus(tab, { found: null });
  tab.known.read(found.raw, found.reading, { first: true });
  if (choice === 'use-saved') {
    tab.cancelPending();
    show(tab, found.reading.document);
    return;
  }
  if (choice === 'merge') {
    // This tab's work grew from what it started with; the saved data is the other side.
    tab.pending = mergeIn(tab, tab.startedWith, found.reading.document, store.get());
  } else {
    tab.replacing = found.raw;
    tab.pending = store.get();
  }
  save();
};
