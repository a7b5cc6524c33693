import { useEffect, useState } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { hasSharedData } from '../../storage/share-fragment';

// The prompt and what it imports load only when the address holds a share link.
const ShareLinkPrompt = retryableLazy(
  () => import('./share-link-prompt'),
  (module) => module.ShareLinkPrompt,
);

// The page is also prerendered at build time, with no window: no link then.
const sharedNow = () => typeof window !== 'undefined' && hasSharedData(window.location.hash);

/** Where a share link (`#data=…`) is asked about, once the page was opened with one. */
export function ShareLinkSlot() {
  const [shared, setShared] = useState(sharedNow);
  useEffect(() => {
    const check = () => setShared((was) => was || sharedNow());
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
  if (!shared) return null;
  return (
    <PanelBoundary name="The shared link" loading={null}>
      <ShareLinkPrompt />
    </PanelBoundary>
  );
}
