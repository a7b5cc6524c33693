import type { TradeoffDocument } from '../domain/document/schema';
import type { ReadableStore } from '../store/create-store';
import type { DocumentStore } from '../store/document-store';
import type { NoticeAction } from '../store/notices';
import type { FoundChoice, PersistenceStatus } from '../store/persistence-status';
import type { StorageAccess } from './storage-access';

export interface PersistenceOptions {
  storage: StorageAccess;
  /** Receives `storage` (other tabs) and `pagehide`; usually `window`. */
  windowTarget?: EventTarget;
  /** Receives `visibilitychange`; usually `document`. */
  documentTarget?: EventTarget & { visibilityState?: string };
  now?: () => Date;
  /** A change is written at most this long after it is made. */
  saveDelayMs?: number;
  /** Tells the person about something they did not do themselves, with what they can do about it. */
  onNotice?: (message: string, actions?: readonly NoticeAction[]) => void;
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
  /** The person downloaded this stored value: it may be overwritten even without a backup in the browser. */
  backupDownloaded(raw: string): void;
  /** What to do with saved data found when storage came back (see `PersistenceStatus.found`). */
  resolveFound(choice: FoundChoice): void;
}
