import { createDocument } from '../domain/document/factory';
import { type TradeoffDocument } from '../domain/document/schema';
import { backupNotice, writeBackup, type Backup } from './backup';
import { nextRevision, readStoredValue, serializeEnvelope } from './envelope';
import { STORAGE_KEYS } from './keys';
import { UNKNOWN } from './known-value';
import type { Persistence, PersistenceOptions } from './persistence-api';
import { classifyStorageError, type StorageLike } from './storage-access';
import { firstContact, resolveFound } from './storage-return';
import { takeIn } from './tab-merge';
import {
  NO_WRITE,
  backupFor,
  createTabState,
  noteReading,
  setStatus as patchStatus,
  type Plan,
} from './tab-state';

export const SAVE_DELAY_MS = 300;

export const createPersistence = ({
  storage: access,
  windowTarget,
  documentTarget,
  now = () => new Date(),
  saveDelayMs = SAVE_DELAY_MS,
  onNotice = () => {},
}: PersistenceOptions): Persistence => {
  const key = STORAGE_KEYS.document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelPending = () => {
    tab.pending = null;
    clearTimeout(timer);
    timer = undefined;
  };
  const tab = createTabState({ onNotice, cancelPending, startedWith: createDocument() });
  const { known, status } = tab;
  const setStatus = (patch: Parameters<typeof patchStatus>[1]) => patchStatus(tab, patch);

  const getStorage = (): StorageLike | null => {
    try {
      return access();
    } catch (error) {
      setStatus({ problem: classifyStorageError(error) });
      return null;
    }
  };

  // Load: read → parse → migrate → validate. Never writes.
  const storage = getStorage();
  if (storage) {
    try {
      const raw = storage.getItem(key);
      const reading = readStoredValue(raw);
      known.read(raw, reading, { first: true });
      if (reading.kind === 'ok') tab.startedWith = reading.document;
      if (reading.kind === 'empty') known.startedEmpty(tab.startedWith);
      noteReading(tab, reading);
    } catch (error) {
      setStatus({ problem: classifyStorageError(error) });
    }
  }

  /** Looks at the stored value: may this tab write now, and must it back something up first? */
  const reconcile = (target: StorageLike): Plan => {
    const raw = target.getItem(key);
    if (known.raw === UNKNOWN) return firstContact(tab, raw);
    if (raw === known.raw) {
      return known.kind === 'newer-version'
        ? NO_WRITE
        : { write: true, backup: backupFor(tab, raw) };
    }
    const reading = readStoredValue(raw);
    noteReading(tab, reading);
    switch (reading.kind) {
      case 'ok':
        return { write: takeIn(tab, raw as string, reading), backup: null };
      case 'newer-version':
        known.read(raw, reading);
        cancelPending();
        return NO_WRITE;
      case 'unreadable':
        return { write: true, backup: { raw: reading.raw, reason: 'unreadable', dropped: [] } };
      case 'empty':
        known.read(null, reading);
        return { write: true, backup: null };
    }
  };

  /** Copies a stored value away; a copy the browser refuses stops the write, unless the person has one. */
  const copyAway = (target: StorageLike, backup: Backup): string | null => {
    try {
      const backupKey = writeBackup(target, backup.raw, now);
      const unreadable = status.get().unreadable;
      if (backup.reason === 'unreadable' && unreadable)
        setStatus({ unreadable: { ...unreadable, raw: backup.raw, backupKey } });
      return backupKey;
    } catch (error) {
      if (tab.released.has(backup.raw)) return null;
      setStatus({ backupRefused: { raw: backup.raw, reason: backup.reason } });
      throw error;
    }
  };

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (tab.pending === null || status.get().newerVersion || tab.found) return;
    const target = getStorage();
    if (!target) return;
    try {
      const { write, backup } = reconcile(target);
      if (!write || tab.pending === null) return;
      // The unreadable (cleaned, replaced) value is copied away first; if that fails, nothing is overwritten.
      const backupKey = backup && copyAway(target, backup);
      const savedAt = now().toISOString();
      const revision = nextRevision(known.revision);
      const document = tab.pending;
      const basedOn = known.lineage;
      const raw = serializeEnvelope({ revision, savedAt, basedOn, document });
      target.setItem(key, raw);
      known.wrote(raw, document, revision, basedOn);
      tab.pending = null;
      tab.replacing = null;
      setStatus({ problem: null, savedAt, backupRefused: null });
      if (backup?.reason === 'cleaned')
        setStatus({ cleaned: { warnings: backup.dropped, backupKey } });
      if (backup && backup.reason !== 'unreadable') onNotice(backupNotice(backup, backupKey));
    } catch (error) {
      // The stored value is untouched; the document stays pending and is retried on the next change.
      setStatus({ problem: classifyStorageError(error) });
    }
  };

  const schedule = (document: TradeoffDocument) => {
    tab.pending = document;
    // Not reset by later changes: a save happens at most saveDelayMs after a change.
    timer ??= setTimeout(save, saveDelayMs);
  };

  /** Another tab (or the person in devtools) may have changed storage. Never writes at once. */
  const sync = () => {
    const target = getStorage();
    if (!target) return;
    try {
      if (known.raw !== UNKNOWN && target.getItem(key) === known.raw) return;
      // An unreadable value is left alone here and backed up before this tab's next write.
      if (reconcile(target).write && tab.pending !== null) timer ??= setTimeout(save, saveDelayMs);
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
    initialDocument: tab.startedWith,
    connect(documentStore) {
      tab.store = documentStore;
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
        tab.store = null;
      };
    },
    flush: save,
    status,
    getStatus: status.get,
    startFresh() {
      const { unreadable } = status.get();
      if (!unreadable || !tab.store) return;
      // The person lets the unreadable data go: still copied first, when the browser has room.
      tab.released.add(unreadable.raw);
      tab.pending = tab.store.get();
      save();
      if (tab.pending === null) setStatus({ unreadable: null });
    },
    backupDownloaded(raw) {
      tab.released.add(raw);
      const { unreadable, backupRefused } = status.get();
      if (unreadable?.raw === raw) setStatus({ unreadable: { ...unreadable, downloaded: true } });
      if (backupRefused?.raw === raw) setStatus({ backupRefused: null });
      save();
    },
    resolveFound: (choice) => resolveFound(tab, choice, save),
  };
};
