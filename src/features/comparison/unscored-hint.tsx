import { Button } from '../../components/button';
import { TAX_RULES_LOADING } from '../../domain/tax/net';

/** What to do about the offers not ranked, matching why they are not. */
export function UnscoredHint({
  unscored,
  failed,
  unknownOnly,
  onRetry,
}: {
  unscored: readonly { reason: string }[];
  failed: readonly string[];
  /** Every offer waiting for rules names a place with none built in: nothing is loading. */
  unknownOnly: boolean;
  onRetry: () => void;
}) {
  const reasons = new Set(unscored.map((o) => o.reason));
  const hints: string[] = [];
  if ([...reasons].some((r) => r.startsWith('Missing exchange rate')))
    hints.push('Add the missing rates under Weights → Advanced.');
  if ([...reasons].some((r) => r.startsWith('Needs a tax place')))
    hints.push('Give each a tax place or your own tax rate in its form.');
  const waiting = reasons.has(TAX_RULES_LOADING) && !unknownOnly;
  if (waiting && failed.length === 0) hints.push('Loading the tax rules…');
  return (
    <>
      {hints.length > 0 && <p className="small muted">{hints.join(' ')}</p>}
      {waiting && failed.length > 0 && (
        <p className="small" role="alert">
          The tax rules could not be loaded: the connection may have dropped, or Tradeoff was
          updated since this page opened.{' '}
          <Button size="sm" onClick={onRetry}>
            Retry
          </Button>
        </p>
      )}
    </>
  );
}
