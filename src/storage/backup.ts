import type { BackupReason } from '../store/persistence-status';
import { UNKNOWN_FIELD } from '../domain/document/parse';
import { plainText } from '../lib/isolate';
import { STORAGE_KEYS } from './keys';
import type { StorageLike } from './storage-access';

/** A stored value to copy away before it is overwritten; `dropped`: the fields cleaning left out. */
export interface Backup {
  raw: string;
  reason: BackupReason;
  dropped: string[];
}

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

/** The fields named in a notice; past these, "and N more". */
const NAMED_FIELDS = 5;

/** The paths of unknown-field warnings, in words: "theme, offers[0].color and 3 more". */
const fieldNames = (warnings: readonly string[]): string => {
  const paths = warnings.map((w) => {
    const path = plainText(w.startsWith(UNKNOWN_FIELD) ? w.slice(UNKNOWN_FIELD.length) : w);
    return path.length > 40 ? `${path.slice(0, 39)}…` : path;
  });
  const named = paths.slice(0, NAMED_FIELDS);
  const more = paths.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${more} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
};

/**
 * What the person is told after the first save of a document that was
 * cleaned on load: which fields were left out, and that the data as it was
 * is in the backup key or, when the browser had no room for it, in the file
 * they downloaded.
 */
export const cleanedNotice = (dropped: readonly string[], keptInBrowser = true): string => {
  const one = dropped.length === 1;
  return `Your saved data had ${one ? 'a field' : `${dropped.length} fields`} this version of Tradeoff does not use (${fieldNames(dropped)}); ${one ? 'it was' : 'they were'} left out when saving. ${keptInBrowser ? 'The data as it was is kept in this browser as a backup.' : 'The data as it was is in the file you downloaded.'}`;
};

/** What the person is told once a backed-up value (other than unreadable data) has been overwritten. */
export const backupNotice = (backup: Backup, backupKey: string | null): string =>
  backup.reason === 'cleaned'
    ? cleanedNotice(backup.dropped, backupKey !== null)
    : backupKey !== null
      ? 'The saved offers this tab replaced are kept in this browser as a backup.'
      : 'The saved offers this tab replaced are in the file you downloaded.';
