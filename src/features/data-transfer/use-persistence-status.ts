import { useSyncExternalStore } from 'react';
import { getPersistenceStatus, subscribePersistenceStatus } from '../../storage/active-persistence';

/** The storage situation (unreadable data, newer version, save problems) for the banners. */
export const usePersistenceStatus = () =>
  useSyncExternalStore(subscribePersistenceStatus, getPersistenceStatus, getPersistenceStatus);
