import { useAppState } from '../../store/app-context';
import { useStore } from '../../store/use-store';

/** The storage situation (unreadable data, newer version, save problems) for the banners. */
export const usePersistenceStatus = () => useStore(useAppState().persistence.status);
