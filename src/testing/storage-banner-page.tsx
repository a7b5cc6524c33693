import { StatusRegion } from '../components/status-region';
import { StorageBanner } from '../features/data-transfer/storage-banner';
import type { Persistence } from '../storage/persistence-api';
import { renderWithStore } from './render';

/**
 * The storage banner and the status messages over a real persistence, booted
 * as main.tsx boots the app: load, render, then save every change.
 */
export const renderStorageBanner = (persistence: Persistence) => {
  const view = renderWithStore(
    <>
      <StorageBanner />
      <StatusRegion />
    </>,
    persistence.initialDocument,
    { persistence },
  );
  persistence.connect(view.store);
  return view;
};
