import { show, mergeIn, setStatus, type OkReading, type TabState } from './tab-state';

/**
 * Another tab's valid save, found under the document key. Shown as it is
 * when this tab has nothing of its own that it could lack. Otherwise it is
 * merged with this tab's document from their newest common base (a change on
 * one side only is kept, both sides' new offers are kept, a field changed on
 * both sides keeps the saved value and the person is told). That covers an
 * unsaved change here, and this tab's last save when the other tab wrote
 * over it unseen (two saves in the same moment). Returns whether the merged
 * document still has to be written.
 */
export const takeIn = (tab: TabState, raw: string, reading: OkReading): boolean => {
  const { known } = tab;
  const overwritten = !known.includesOwnWrite(reading);
  const mine = tab.store?.get() ?? tab.pending ?? known.document;
  const base = known.baseOf(reading);
  known.read(raw, reading);
  if (tab.status.get().newerVersion) setStatus(tab, { newerVersion: null });
  if (mine === null || (tab.pending === null && !overwritten)) {
    tab.cancelPending();
    show(tab, reading.document);
    return false;
  }
  const merged = mergeIn(tab, base, reading.document, mine);
  if (merged === reading.document) {
    tab.cancelPending();
    return false;
  }
  tab.pending = merged;
  return true;
};
