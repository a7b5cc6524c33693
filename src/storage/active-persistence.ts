import type { Persistence, PersistenceStatus } from './persistence-api';

/**
 * The persistence the app booted with. The data-transfer UI reads its status
 * from here because the app composes that UI without props. Tests and
 * storage-less renders leave it empty: no banners, nothing saved.
 */
let active: Persistence | null = null;
let unsubscribeActive: () => void = () => {};
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const IDLE_STATUS: PersistenceStatus = {
  unreadable: null,
  newerVersion: null,
  problem: null,
  savedAt: null,
};

export const setActivePersistence = (persistence: Persistence | null): void => {
  unsubscribeActive();
  active = persistence;
  unsubscribeActive = persistence ? persistence.subscribeStatus(emit) : () => {};
  emit();
};

export const getActivePersistence = (): Persistence | null => active;

export const getPersistenceStatus = (): PersistenceStatus => active?.getStatus() ?? IDLE_STATUS;

export const subscribePersistenceStatus = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
