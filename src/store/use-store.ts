import { useSyncExternalStore } from 'react';
import type { ReadableStore } from './create-store';

/**
 * A store's value, or the part `select` picks, re-rendering when it changes.
 * `select` must return the same thing for the same value (a field, a count,
 * an element): a new object or array on every call would never settle.
 */
export function useStore<T>(store: ReadableStore<T>): T;
export function useStore<T, S>(store: ReadableStore<T>, select: (value: T) => S): S;
export function useStore<T, S>(store: ReadableStore<T>, select?: (value: T) => S): T | S {
  const read = () => (select ? select(store.get()) : store.get());
  return useSyncExternalStore(store.subscribe, read, read);
}
