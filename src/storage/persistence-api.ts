import type { ParseError, TradeoffDocument } from '../domain';
import type { ReadableStore } from '../store/create-store';
import type { DocumentStore } from '../store/document-store';
import type { StorageAccess, StorageProblem } from './storage-access';

/** What the storage banner shows; `null` fields mean all is well. */
export interface PersistenceStatus {
  /** The stored value could not be read. It is copied to `backupKey` before anything overwrites it. */
  unreadable: { raw: string; errors: ParseError[]; backupKey: string | null } | null;
  /**
   * The stored document had fields this version does not know (`warnings`);
   * they are dropped. The value as it was is copied to `backupKey` before the
   * first save writes the cleaned document (`null` until then).
   */
  cleaned: { warnings: string[]; backupKey: string | null } | null;
  /** The stored data comes from a newer Tradeoff: this tab writes nothing. */
  newerVersion: { raw: string; message: string } | null;
  /** The last save failed; the document lives only in memory until a save succeeds. */
  problem: StorageProblem | null;
  /** ISO time of the last successful save in this tab. */
  savedAt: string | null;
}

/** All is well, nothing saved yet: also the status of an app without storage. */
export const IDLE_STATUS: PersistenceStatus = {
  unreadable: null,
  cleaned: null,
  newerVersion: null,
  problem: null,
  savedAt: null,
};

export interface PersistenceOptions {
  storage: StorageAccess;
  /** Receives `storage` (other tabs) and `pagehide`; usually `window`. */
  windowTarget?: EventTarget;
  /** Receives `visibilitychange`; usually `document`. */
  documentTarget?: EventTarget & { visibilityState?: string };
  now?: () => Date;
  /** A change is written at most this long after it is made. */
  saveDelayMs?: number;
  /** Tells the person about something they did not do themselves. */
  onNotice?: (message: string) => void;
}

export interface Persistence {
  /** What the app starts with: the stored document, or an empty one. */
  readonly initialDocument: TradeoffDocument;
  /** Saves every local change of `store` and brings in other tabs' saves. */
  connect(store: DocumentStore): () => void;
  /** Writes a pending change now (page hidden, tests). */
  flush(): void;
  /** What the storage banner shows, as a store the UI reads. */
  readonly status: ReadableStore<PersistenceStatus>;
  getStatus(): PersistenceStatus;
  /** The person accepts the unreadable data is only a backup now: save, hide the banner. */
  startFresh(): void;
}
