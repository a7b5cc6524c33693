import type { StorageProblem } from '../store/persistence-status';
/** The part of the Web Storage API Tradeoff uses; tests inject a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * How to reach storage. A function, because in some browsers merely reading
 * `window.localStorage` throws a SecurityError (storage disabled, sandboxed
 * frames): every access goes through a try/catch.
 */
export type StorageAccess = () => StorageLike;

export const browserStorage: StorageAccess = () => window.localStorage;

/** Why a storage operation failed, in the terms the banner uses. */

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
/** 22: QUOTA_EXCEEDED_ERR (most browsers); 1014: old Firefox's NS_ERROR_DOM_QUOTA_REACHED. */
const QUOTA_CODES = new Set([22, 1014]);

const field = (error: unknown, key: 'name' | 'code'): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;

/** Sorts a storage exception into full, disabled or anything else. */
export const classifyStorageError = (error: unknown): StorageProblem => {
  const name = field(error, 'name');
  const code = field(error, 'code');
  if ((typeof name === 'string' && QUOTA_NAMES.has(name)) || QUOTA_CODES.has(code as number)) {
    return 'quota';
  }
  if (name === 'SecurityError' || code === 18) return 'disabled';
  return 'failed';
};
