import { createDocument } from '../domain/document/factory';
import { type TradeoffDocument } from '../domain/document/schema';
import { STORAGE_KEYS } from './keys';
import { UNKNOWN } from './known-value';
import type { Persistence, PersistenceOptions } from './persistence-api';
import { classifyStorageError, type StorageLike } from './storage-access';
import { resolveFound } from './storage-return';
import { readAtStart, reconcile, writePending } from './stored-write';
import { createTabState, setStatus as patchStatus, type TabState } from './tab-state';

export const SAVE_DELAY_MS = 300;

/** The person lets the unreadable data go: still copied first, when the browser has room. */
const startFresh = (tab: TabState, save: () => void) => {
  const { unreadable } = tab.status.get();
  if (!unreadable || !tab.store) return;
  tab.released.add(unreadable.raw);
  tab.pending = tab.store.get();
  save();
  if (tab.pending === null) patchStatus(tab, { unreadable: null });
};

/** A copy the person holds is as good as a backup: saving over that value may go on. */
const backupDownloaded = (tab: TabState, raw: string, save: () => void) => {
  tab.released.add(raw);
  const { unreadable, backupRefused } = tab.status.get();
  if (unreadable?.raw === raw)
    patchStatus(tab, { unreadable: { ...unreadable, downloaded: true } });
  if (backupRefused?.raw === raw) patchStatus(tab, { backupRefused: null });
  save();
};

/** Saves as the page hides or closes; looks at storage when another tab writes or the page shows. */
const listen = (
  windowTarget: PersistenceOptions['windowTarget'],
  documentTarget: PersistenceOptions['documentTarget'],
  key: string,
  { save, sync }: { save: () => void; sync: () => void },
) => {
  const onStorage = (event: Event) => {
    const changedKey = (event as StorageEvent).key;
    if (changedKey === key || changedKey === null) sync();
  };
  const onVisibility = () => {
    if (documentTarget?.visibilityState === 'hidden') save();
    else sync();
  };
  windowTarget?.addEventListener('storage', onStorage);
  windowTarget?.addEventListener('pagehide', save);
  documentTarget?.addEventListener('visibilitychange', onVisibility);
  return () => {
    windowTarget?.removeEventListener('storage', onStorage);
    windowTarget?.removeEventListener('pagehide', save);
    documentTarget?.removeEventListener('visibilitychange', onVisibility);
  };
};

/** Storage as the browser hands it, or null (with the problem in the status) when it refuses. */
const storageOf =
  (tab: TabState, access: PersistenceOptions['storage']) => (): StorageLike | null => {
    try {
      return access();
    } catch (error) {
      patchStatus(tab, { problem: classifyStorageError(error) });
      return null;
    }
  };

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

  const getStorage = storageOf(tab, access);

  const storage = getStorage();
  if (storage) {
    try {
      readAtStart(tab, storage, key);
    } catch (error) {
      setStatus({ problem: classifyStorageError(error) });
    }
  }

  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (tab.pending === null || status.get().newerVersion || tab.found) return;
    const target = getStorage();
    if (!target) return;
    try {
      writePending(tab, target, key, now);
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
      if (reconcile(tab, target, key).write && tab.pending !== null)
        timer ??= setTimeout(save, saveDelayMs);
    } catch {
      // Reading failed: the next save reports the problem.
    }
  };

  return {
    initialDocument: tab.startedWith,
    connect(documentStore) {
      tab.store = documentStore;
      const unsubscribe = documentStore.subscribe((document, source) => {
        if (source === 'local') schedule(document);
      });
      const stopListening = listen(windowTarget, documentTarget, key, { save, sync });
      return () => {
        unsubscribe();
        stopListening();
        clearTimeout(timer);
        tab.store = null;
      };
    },
    flush: save,
    status,
    getStatus: status.get,
    startFresh: () => startFresh(tab, save),
    backupDownloaded: (raw) => backupDownloaded(tab, raw, save),
    resolveFound: (choice) => resolveFound(tab, choice, save),
  };
};
