import type { StorageLike } from '../storage/storage-access';

/** A DOMException-like error as each browser throws it, for tests. */
export const storageError = (name: string, code = 0): Error =>
  Object.assign(new Error(`${name} (simulated)`), { name, code });

export interface FakeStorage extends StorageLike {
  /** Everything stored, by key. */
  readonly data: Map<string, string>;
  /** Every setItem/removeItem this tab made, in order. */
  readonly writes: { key: string; value: string | null }[];
  /** Makes every later setItem throw this error (null: stop failing). */
  failWrites(error: Error | null): void;
  /** Makes every later getItem throw this error (null: stop failing). */
  failReads(error: Error | null): void;
  /**
   * Room for this many characters (keys and values) in all, as a browser's
   * quota; a write that would pass it throws a QuotaExceededError. null: no limit.
   */
  setQuota(characters: number | null): void;
  /** Another tab writes `value` (null: removes it): stores it and fires the `storage` event. */
  writeFromOtherTab(key: string, value: string | null): void;
  /** Where `storage` events arrive, like `window`. */
  readonly events: EventTarget;
}

/**
 * An in-memory Storage for tests, with switches for the failures real
 * browsers produce (full quota, disabled storage) and for other tabs.
 */
export const createFakeStorage = (initial: Record<string, string> = {}): FakeStorage => {
  const data = new Map(Object.entries(initial));
  const writes: { key: string; value: string | null }[] = [];
  const events = new EventTarget();
  let writeError: Error | null = null;
  let readError: Error | null = null;
  let quota: number | null = null;
  const usedWith = (key: string, value: string) => {
    let used = key.length + value.length;
    for (const [k, v] of data) if (k !== key) used += k.length + v.length;
    return used;
  };

  return {
    data,
    writes,
    events,
    getItem(key) {
      if (readError) throw readError;
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (writeError) throw writeError;
      if (quota !== null && usedWith(key, String(value)) > quota)
        throw storageError('QuotaExceededError', 22);
      data.set(key, String(value));
      writes.push({ key, value: String(value) });
    },
    removeItem(key) {
      if (writeError) throw writeError;
      data.delete(key);
      writes.push({ key, value: null });
    },
    failWrites(error) {
      writeError = error;
    },
    failReads(error) {
      readError = error;
    },
    setQuota(characters) {
      quota = characters;
    },
    writeFromOtherTab(key, value) {
      const oldValue = data.get(key) ?? null;
      if (value === null) data.delete(key);
      else data.set(key, value);
      // jsdom's StorageEvent insists on a real Storage area; tests only need key and values.
      events.dispatchEvent(Object.assign(new Event('storage'), { key, oldValue, newValue: value }));
    },
  };
};
