import { useEffect, useState } from 'react';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { hasSharedData } from '../../storage/share-fragment';

/** The prompt's code (and the link codec after it) loads only when the address holds a link. */
const ShareLinkPromptBody = retryableLazy(
  () => import('./share-link-prompt-body'),
  (m) => m.ShareLinkPromptBody,
);

/**
 * Opening a share link (`#data=…`) shows what it holds and asks before
 * importing anything: never a silent replace.
 */
export function ShareLinkPrompt() {
  // (No window when index.html's first screen is rendered at build time.)
  const [linked, setLinked] = useState(
    () => typeof window !== 'undefined' && hasSharedData(window.location.hash),
  );
  useEffect(() => {
    const read = () => {
      if (hasSharedData(window.location.hash)) setLinked(true);
    };
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  if (!linked) return null;
  return (
    <PanelBoundary name="The share link">
      <ShareLinkPromptBody />
    </PanelBoundary>
  );
}
