import { mergeThreeWay, type ThreeWayMerge } from '../domain/history/merge-three-way';
import { type TradeoffDocument } from '../domain/document/schema';
import { createStore, type Store } from '../store/create-store';
import type { DocumentStore } from '../store/document-store';
import type { NoticeAction } from '../store/notices';
import { IDLE_STATUS, type PersistenceStatus } from '../store/persistence-status';
import type { Backup } from './backup';
import type { StoredReading } from './envelope';
import { createKnownValue, type KnownValue } from './known-value';
import { conflictNotice, mergeNotices, type MergeNotice } from './merge-notices';

export type OkReading = Extract<StoredReading, { kind: 'ok' }>;

/** Whether this tab may write now, and what it must copy away first. */
export interface Plan {
  write: boolean;
  backup: Backup | null;
}
export const NO_WRITE: Plan = { write: false, backup: null };

/**
 * Everything one tab's persistence holds, shared by the modules that make
 * it up (persistence.ts saves and syncs, tab-merge.ts takes in other tabs'
 * saves, storage-return.ts handles storage that comes back).
 */
export interface TabState {
  readonly known: KnownValue;
  readonly status: Store<PersistenceStatus>;
  /** This tab's document, not written yet. */
  pending: TradeoffDocument | null;
  store: DocumentStore | null;
  /** What the tab started with: the stored document, or an empty one. */
  startedWith: TradeoffDocument;
  /** Stored values the person holds a copy of (downloaded) or let go (Start fresh). */
  readonly released: Set<string>;
  /** Saved data found when storage came back, kept out of this tab until the person chooses. */
  found: { raw: string; reading: OkReading } | null;
  /** A stored value the person chose to replace with this tab's document: copied away first. */
  replacing: string | null;
  readonly onNotice: (message: string, actions?: readonly NoticeAction[]) => void;
  /** Forgets the pending document and its timer. */
  cancelPending(): void;
}

export const createTabState = (
  init: Pick<TabState, 'onNotice' | 'cancelPending' | 'startedWith'>,
): TabState => ({
  known: createKnownValue(),
  status: createStore<PersistenceStatus>(IDLE_STATUS),
  pending: null,
  store: null,
  released: new Set(),
  found: null,
  replacing: null,
  ...init,
});

export const setStatus = (tab: TabState, patch: Partial<PersistenceStatus>) =>
  tab.status.update((current) => ({ ...current, ...patch }));

/** A document that is stored already: shown, not saved again. */
export const show = (tab: TabState, document: TradeoffDocument) =>
  tab.store?.set(document, 'external');

/** Tells the person what a merge could not settle, with the way back to this tab's values. */
export const tell = (tab: TabState, result: ThreeWayMerge) => {
  const say = (notice: MergeNotice | null) => {
    if (notice) tab.onNotice(notice.message, notice.actions);
  };
  mergeNotices(result).forEach(say);
  // A conflict's words load with the field registry's labels, right after.
  // Should they fail to load, the person still hears that their values were set aside.
  conflictNotice(result, (recipe) => tab.store?.update(recipe)).then(say, () =>
    say({ message: 'Another tab changed the same values at the same time. Its values are kept.' }),
  );
};

/** Merges `theirs` (stored) with this tab's document from `base`, tells, and shows the result. */
export const mergeIn = (
  tab: TabState,
  base: TradeoffDocument | null,
  theirs: TradeoffDocument,
  mine: TradeoffDocument,
): TradeoffDocument => {
  const result = mergeThreeWay(base, theirs, mine);
  tell(tab, result);
  show(tab, result.document);
  return result.document;
};

/** Reports what reading the stored value found: unknown fields, a newer version, unreadable data. */
export const noteReading = (tab: TabState, reading: StoredReading) => {
  if (reading.kind === 'ok' && reading.warnings.length > 0) {
    setStatus(tab, { cleaned: { warnings: reading.warnings, backupKey: null } });
  } else if (reading.kind === 'newer-version') {
    setStatus(tab, { newerVersion: { raw: reading.raw, message: reading.message } });
  } else if (reading.kind === 'unreadable' && tab.status.get().unreadable?.raw !== reading.raw) {
    const unreadable = { raw: reading.raw, errors: reading.errors, backupKey: null };
    setStatus(tab, { unreadable: { ...unreadable, downloaded: false } });
  }
};

/** The backup a write over the known value `raw` needs first, if any. */
export const backupFor = (tab: TabState, raw: string | null): Backup | null => {
  if (raw === null) return null;
  if (tab.replacing === raw) return { raw, reason: 'replaced', dropped: [] };
  if (tab.known.kind === 'unreadable') return { raw, reason: 'unreadable', dropped: [] };
  if (tab.known.kind === 'ok' && tab.known.dropped.length > 0)
    return { raw, reason: 'cleaned', dropped: tab.known.dropped };
  return null;
};
