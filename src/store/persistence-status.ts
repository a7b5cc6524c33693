import type { ParseError } from '../domain/document/parse';

/*
 * What the app knows about saving, as the storage layer reports it and the
 * banners show it. It lives with the app's state (src/store), below the
 * storage layer that fills it in.
 */

/** Why a save failed: the quota is full, storage is turned off, or something else. */
export type StorageProblem = 'quota' | 'disabled' | 'failed';

/** Why a stored value is copied before it is overwritten. */
export type BackupReason = 'unreadable' | 'cleaned' | 'replaced';

/** What the person chose when storage came back holding saved offers (see `found`). */
export type FoundChoice = 'keep-mine' | 'merge' | 'use-saved';

/** What the storage banner shows; `null` fields mean all is well. */
export interface PersistenceStatus {
  /**
   * The stored value could not be read. It is copied to `backupKey` before
   * anything overwrites it; `downloaded`: the person has a copy of it as a file.
   */
  unreadable: {
    raw: string;
    errors: ParseError[];
    backupKey: string | null;
    downloaded: boolean;
  } | null;
  /**
   * The stored document had fields this version does not know (`warnings`);
   * they are dropped. The value as it was is copied to `backupKey` before the
   * first save writes the cleaned document (`null` until then).
   */
  cleaned: { warnings: string[]; backupKey: string | null } | null;
  /**
   * A stored value must be copied before it is overwritten (unreadable, cleaned
   * of unknown fields, or about to be replaced), and the browser refused the
   * copy: storage is full. Nothing is written over it until the person
   * downloads it (or starts fresh); then saving resumes.
   */
  backupRefused: { raw: string; reason: BackupReason } | null;
  /**
   * Storage could not be read when this tab opened and can be now, and it holds
   * saved offers this tab never showed while the person worked here. Nothing
   * is written until they choose: keep this tab's work, merge both, or use the
   * saved offers.
   */
  found: { offers: number; savedAt: string | null } | null;
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
  backupRefused: null,
  found: null,
  newerVersion: null,
  problem: null,
  savedAt: null,
};
