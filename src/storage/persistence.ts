import { createDocument, type TradeoffDocument } from '../domain';
import { createStore } from '../store/create-store';
import type { DocumentStore } from '../store/document-store';
import { nextRevision, readStoredValue, serializeEnvelope, type StoredReading } from './envelope';
import { cleanedNotice, writeBackup } from './backup';
import { STORAGE_KEYS } from './keys';
import { IDLE_STATUS, type PersistenceStatus } from '../store/persistence-status';
import type { Persistence, PersistenceOptions } from './persistence-api';
import { classifyStorageError, type StorageLike } from './storage-access';

export const SAVE_DELAY_MS = 300;

/** A stored value to copy away before it is overwritten; `dropped`: the fields cleaning left out. */
interface Backup {
  raw: string;
  dropped: string[];
}

/** Unknown: storage could not even be read, so any value found later is someone else's. */
const UNKNOWN = Symbol('unknown');

export const createPersistence = ({
  storage: access,
  windowTarget,
  documentTarget,
  now = () => new Date(),
  saveDelayMs = SAVE_DELAY_MS,
  onNotice = () => {},
}: PersistenceOptions): Persistence => {
  const key = STORAGE_KEYS.document;
  const status = createStore<PersistenceStatus>(IDLE_STATUS);
  const setStatus = (patch: Partial<PersistenceStatus>) =>
    status.update((current) => ({ ...current, ...patch }));

  /** The raw value this tab last read or wrote under the key: any other value is news. */
  let knownRaw: string | null | typeof UNKNOWN = UNKNOWN;
  /** What knownRaw holds, so a save need not parse this tab's own last write again. */
  let knownKind: StoredReading['kind'] = 'empty';
  let knownRevision = 0;
  /** Fields dropped when knownRaw was read: it is backed up before the cleaned copy is written. */
  let knownDropped: string[] = [];
  let pending: TradeoffDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let store: DocumentStore | null = null;

  const getStorage = (): StorageLike | null => {
    try {
      return access();
    } catch (error) {
      setStatus({ problem: classifyStorageError(error) });
      return null;
    }
  };

  const noteReading = (reading: StoredReading) => {
    if (reading.kind === 'ok' && reading.warnings.length > 0) {
      setStatus({ cleaned: { warnings: reading.warnings, backupKey: null } });
    } else if (reading.kind === 'newer-version') {
      setStatus({ newerVersion: { raw: reading.raw, message: reading.message } });
    } else if (reading.kind === 'unreadable' && status.get().unreadable?.raw !== reading.raw) {
      setStatus({ unreadable: { raw: reading.raw, errors: reading.errors, backupKey: null } });
    }
  };

  // Load: read → parse → migrate → validate. Never writes.
  let initialDocument = createDocument();
  const storage = getStorage();
  if (storage) {
    try {
      const raw = storage.getItem(key);
      const reading = readStoredValue(raw);
      knownRaw = raw;
      knownKind = reading.kind;
      if (reading.kind === 'ok') {
        initialDocument = reading.document;
        knownRevision = reading.revision;
        knownDropped = reading.warnings;
      }
      noteReading(reading);
    } catch (error) {
      setStatus({ problem: classifyStorageError(error) });
    }
  }

  /** Another tab's valid save wins over this tab's unsaved change. */
  const adopt = (raw: string, reading: Extract<StoredReading, { kind: 'ok' }>) => {
    knownRaw = raw;
    knownKind = 'ok';
    knownRevision = reading.revision;
    knownDropped = reading.warnings;
    const dropped = pending !== null;
    cancelPending();
    if (status.get().newerVersion) setStatus({ newerVersion: null });
    store?.replace(reading.document, 'external');
    if (dropped) {
      onNotice(
        'Another tab saved changes at the same moment; this tab now shows them. Your last change here was not saved.',
      );
    }
  };

  /** Looks at the stored value: may this tab write now, and must it back something up first? */
  const reconcile = (target: StorageLike): { write: boolean; backup: Backup | null } => {
    const raw = target.getItem(key);
    if (raw === knownRaw) {
      const dropped = knownKind === 'ok' ? knownDropped : [];
      const keep = raw !== null && (knownKind === 'unreadable' || dropped.length > 0);
      return { write: knownKind !== 'newer-version', backup: keep ? { raw, dropped } : null };
    }
    const reading = readStoredValue(raw);
    noteReading(reading);
    switch (reading.kind) {
      case 'ok':
        adopt(raw as string, reading);
        return { write: false, backup: null };
      case 'newer-version':
        knownRaw = raw;
        knownKind = reading.kind;
        cancelPending();
        return { write: false, backup: null };
      case 'unreadable':
        return { write: true, backup: { raw: reading.raw, dropped: [] } };
      case 'empty':
        return { write: true, backup: null };
    }
  };

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === null || status.get().newerVersion) return;
    const target = getStorage();
    if (!target) return;
    try {
      const { write, backup } = reconcile(target);
      if (!write || pending === null) return;
      // The unreadable (or cleaned) value is copied away first; if that fails, nothing is overwritten.
      const backupKey = backup && writeBackup(target, backup.raw, now);
      if (backup && backup.dropped.length === 0) {
        setStatus({
          unreadable: { raw: backup.raw, errors: status.get().unreadable?.errors ?? [], backupKey },
        });
      }
      const savedAt = now().toISOString();
      const revision = nextRevision(knownRevision);
      const raw = serializeEnvelope({ revision, savedAt, document: pending });
      target.setItem(key, raw);
      knownRaw = raw;
      knownKind = 'ok';
      knownRevision = revision;
      knownDropped = [];
      pending = null;
      setStatus({ problem: null, savedAt });
      if (backup && backup.dropped.length > 0) {
        setStatus({ cleaned: { warnings: backup.dropped, backupKey } });
        onNotice(cleanedNotice(backup.dropped.length));
      }
    } catch (error) {
      // The stored value is untouched; the document stays pending and is retried on the next change.
      setStatus({ problem: classifyStorageError(error) });
    }
  };

  const cancelPending = () => {
    pending = null;
    clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (document: TradeoffDocument) => {
    pending = document;
    // Not reset by later changes: a save happens at most saveDelayMs after a change.
    timer ??= setTimeout(save, saveDelayMs);
  };

  /** Another tab (or the person in devtools) changed storage. */
  const sync = () => {
    const target = getStorage();
    if (!target) return;
    try {
      const raw = target.getItem(key);
      if (raw === knownRaw) return;
      const reading = readStoredValue(raw);
      noteReading(reading);
      if (reading.kind === 'ok') adopt(raw as string, reading);
      else if (reading.kind === 'empty') {
        knownRaw = null;
        knownKind = 'empty';
      } else if (reading.kind === 'newer-version') {
        knownRaw = raw;
        knownKind = reading.kind;
        cancelPending();
      }
      // An unreadable value is left alone here and backed up before this tab's next write.
    } catch {
      // Reading failed: the next save reports the problem.
    }
  };

  const onStorage = (event: Event) => {
    const changedKey = (event as StorageEvent).key;
    if (changedKey === key || changedKey === null) sync();
  };
  const onVisibility = () => {
    if (documentTarget?.visibilityState === 'hidden') save();
    else sync();
  };

  return {
    initialDocument,
    connect(documentStore) {
      store = documentStore;
      const unsubscribe = documentStore.subscribe((document, source) => {
        if (source === 'local') schedule(document);
      });
      windowTarget?.addEventListener('storage', onStorage);
      windowTarget?.addEventListener('pagehide', save);
      documentTarget?.addEventListener('visibilitychange', onVisibility);
      return () => {
        unsubscribe();
        windowTarget?.removeEventListener('storage', onStorage);
        windowTarget?.removeEventListener('pagehide', save);
        documentTarget?.removeEventListener('visibilitychange', onVisibility);
        clearTimeout(timer);
        store = null;
      };
    },
    flush: save,
    status,
    getStatus: status.get,
    startFresh() {
      if (!status.get().unreadable || !store) return;
      pending = store.getDocument();
      save();
      if (status.get().unreadable?.backupKey != null) setStatus({ unreadable: null });
    },
  };
};
