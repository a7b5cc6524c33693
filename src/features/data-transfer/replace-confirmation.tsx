import { Button } from '../../components/button';
import type { TradeoffDocument } from '../../domain/document/schema';
import { summarizeOffers } from './offer-summary';

/** The second step of Replace: says what goes away and that Undo exists. */
export function ReplaceConfirmation({
  current,
  incoming,
  onConfirm,
  onBack,
}: {
  current: TradeoffDocument;
  incoming: TradeoffDocument;
  onConfirm: () => void;
  onBack: () => void;
}) {
  return (
    <div className="import-step">
      <p>
        This replaces your {summarizeOffers(current)}, weights and settings with the imported{' '}
        {summarizeOffers(incoming)} and their settings.
      </p>
      <p className="muted small">You can undo it from the message that follows.</p>
      <div className="button-row dialog-actions">
        <Button variant="danger" onClick={onConfirm}>
          Replace everything
        </Button>
        <Button variant="ghost" onClick={onBack}>
          Back
        </Button>
      </div>
    </div>
  );
}
