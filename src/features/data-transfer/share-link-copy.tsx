import { useState } from 'react';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import type { TradeoffDocument } from '../../domain/document/schema';
import { useNotify } from '../../store/app-context';
import { describeOffers } from './offer-summary';
import { importRetrying } from '../../lib/import-retrying';

/**
 * Copies a link holding the document. When the clipboard is out of reach
 * (permissions, an older browser) the link is shown to copy by hand.
 */
export const useCopyShareLink = () => {
  const [fallbackUrl, setFallbackUrl] = useState<string | null>(null);
  const notify = useNotify();
  const copy = async (document: TradeoffDocument) => {
    // The compression code loads on first use: it has no place in the first render.
    const codec = await importRetrying(() => import('../../storage/share-link')).catch(() => null);
    if (codec === null) {
      notify({ message: 'Copy link could not load. Try again.', tone: 'error' });
      return;
    }
    const { createShareLink } = codec;
    const link = createShareLink(document, window.location.href);
    if (!link.ok) {
      notify({ message: link.message, tone: 'error' });
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link.url);
      notify({
        message: `Share link copied. It holds ${describeOffers(document)}; anyone with the link can read them.`,
        tone: 'success',
      });
    } catch {
      setFallbackUrl(link.url);
    }
  };
  return {
    copy: (document: TradeoffDocument) => void copy(document),
    fallbackUrl,
    dismissFallback: () => setFallbackUrl(null),
  };
};

export function ShareLinkDialog({ url, onClose }: { url: string | null; onClose: () => void }) {
  return (
    <Dialog open={url !== null} onClose={onClose} title="Copy this link">
      <div className="import-step">
        <p>The browser did not let Tradeoff copy it. Select the link and copy it yourself.</p>
        <p className="muted small">
          The data sits after the # and is never sent to a server; anyone with the link can read it.
        </p>
        <textarea
          aria-label="Share link"
          readOnly
          rows={4}
          value={url ?? ''}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="button-row dialog-actions">
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
