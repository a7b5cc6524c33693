import { STORAGE_KEYS } from './keys';
import type { StorageLike } from './storage-access';

/**
 * Copies a stored value this tab is about to overwrite (unreadable, or
 * cleaned of unknown fields when it was read) to the backup key. An earlier,
 * different backup is never replaced: the copy goes to a key of its own.
 * Returns the key that holds the copy.
 */
export const writeBackup = (target: StorageLike, raw: string, now: () => Date): string => {
  const existing = target.getItem(STORAGE_KEYS.backup);
  const backupKey =
    existing === null || existing === raw
      ? STORAGE_KEYS.backup
      : `${STORAGE_KEYS.backup}:${now().getTime()}`;
  if (existing !== raw) target.setItem(backupKey, raw);
  return backupKey;
};

/** What the person is told after the first save of a document that was cleaned on load. */
export const cleanedNotice = (dropped: number): string =>
  `Your saved data had ${dropped === 1 ? 'a field' : `${dropped} fields`} this version of Tradeoff does not use; ${dropped === 1 ? 'it was' : 'they were'} left out when saving. The data as it was is kept in this browser as a backup.`;
