import { backupNotice, writeBackup, type Backup } from './backup';
import { nextRevision, readStoredValue, serializeEnvelope } from './envelope';
import { UNKNOWN } from './known-value';
import type { StorageLike } from './storage-access';
import { firstContact } from './storage-return';
import { takeIn } from './tab-merge';
import { NO_WRITE, backupFor, noteReading, setStatus, type Plan, type TabState } from './tab-state';

/** Reads the stored value once, as the tab starts: read → parse → migrate → validate. Never writes. */
export const readAtStart = (tab: TabState, storage: StorageLike, key: string) => {
  const raw = storage.getItem(key);
  const reading = readStoredValue(raw);
  tab.known.read(raw, reading, { first: true });
  if (reading.kind === 'ok') tab.startedWith = reading.document;
  if (reading.kind === 'empty') tab.known.startedEmpty(tab.startedWith);
  noteReading(tab, reading);
};

/** Looks at the stored value: may this tab write now, and must it back something up first? */
export const reconcile = (tab: TabState, target: StorageLike, key: string): Plan => {
  const { known } = tab;
  const raw = target.getItem(key);
  if (known.raw === UNKNOWN) return firstContact(tab, raw);
  if (raw === known.raw) {
    return known.kind === 'newer-version' ? NO_WRITE : { write: true, backup: backupFor(tab, raw) };
  }
  const reading = readStoredValue(raw);
  noteReading(tab, reading);
  switch (reading.kind) {
    case 'ok':
      return { write: takeIn(tab, raw as string, reading), backup: null };
    case 'newer-version':
      known.read(raw, reading);
      tab.cancelPending();
      return NO_WRITE;
    case 'unreadable':
      return { write: true, backup: { raw: reading.raw, reason: 'unreadable', dropped: [] } };
    case 'empty':
      known.read(null, reading);
      return { write: true, backup: null };
  }
};

/** Copies a stored value away; a copy the browser refuses stops the write, unless the person has one. */
const copyAway = (
  tab: TabState,
  target: StorageLike,
  backup: Backup,
  now: () => Date,
): string | null => {
  try {
    const backupKey = writeBackup(target, backup.raw, now);
    const unreadable = tab.status.get().unreadable;
    if (backup.reason === 'unreadable' && unreadable)
      setStatus(tab, { unreadable: { ...unreadable, raw: backup.raw, backupKey } });
    return backupKey;
  } catch (error) {
    if (tab.released.has(backup.raw)) return null;
    setStatus(tab, { backupRefused: { raw: backup.raw, reason: backup.reason } });
    throw error;
  }
};

/**
 * Writes the pending document when the stored value allows it, copying away
 * first whatever it would overwrite that is not already safe; if that copy
 * fails, nothing is overwritten. Throws what the browser throws.
 */
export const writePending = (tab: TabState, target: StorageLike, key: string, now: () => Date) => {
  const { write, backup } = reconcile(tab, target, key);
  if (!write || tab.pending === null) return;
  const backupKey = backup && copyAway(tab, target, backup, now);
  const savedAt = now().toISOString();
  const revision = nextRevision(tab.known.revision);
  const document = tab.pending;
  const basedOn = tab.known.lineage;
  const raw = serializeEnvelope({ revision, savedAt, basedOn, document });
  target.setItem(key, raw);
  tab.known.wrote(raw, document, revision, basedOn);
  tab.pending = null;
  tab.replacing = null;
  setStatus(tab, { problem: null, savedAt, backupRefused: null });
  if (backup?.reason === 'cleaned')
    setStatus(tab, { cleaned: { warnings: backup.dropped, backupKey } });
  if (backup && backup.reason !== 'unreadable') tab.onNotice(backupNotice(backup, backupKey));
};
