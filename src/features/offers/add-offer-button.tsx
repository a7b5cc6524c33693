import { Button } from '../../components/button';
import { useDocument } from '../../store/document-context';
import { useOfferEditor } from './editor-state';
import { preloadOfferForm } from './offer-editor';

/**
 * The header's "Add offer". While there are no offers the welcome panel
 * carries its own, so this one stays away and the page has a single button
 * of that name.
 */
export function AddOfferButton() {
  const hasOffers = useDocument((document) => document.offers.length > 0);
  const { openNew } = useOfferEditor();
  if (!hasOffers) return null;
  return (
    <Button
      variant="primary"
      onClick={openNew}
      onPointerEnter={preloadOfferForm}
      onFocus={preloadOfferForm}
    >
      <span aria-hidden="true" className="btn-icon">
        +
      </span>
      Add offer
    </Button>
  );
}
