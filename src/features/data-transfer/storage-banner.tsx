import { useState } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { usePersistenceStatus } from './use-persistence-status';

/** The banners' code loads only when there is something to say: most visits never need it. */
const StorageBannerBody = retryableLazy(
  () => import('./storage-banner-body'),
  (m) => m.StorageBannerBody,
);

/**
 * Tells the person, in words, whenever their data is not safely stored:
 * unreadable saved data (kept as a backup), data from a newer version
 * (read-only tab), saved offers found later and saves that fail.
 */
export function StorageBanner() {
  const { unreadable, newerVersion, backupRefused, found, problem } = usePersistenceStatus();
  // Once shown, the banners stay mounted: they also say when saving works again.
  const [needed, setNeeded] = useState(false);
  if (!needed && (unreadable || newerVersion || backupRefused || found || problem)) setNeeded(true);
  if (!needed) return null;
  return (
    <PanelBoundary name="The message about your saved data">
      <StorageBannerBody />
    </PanelBoundary>
  );
}
