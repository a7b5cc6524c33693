import { Button } from '../../components/button';
import { type Offer } from '../../domain/document/schema';
import { useLocale } from '../../lib/locale';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { horizonReading } from './horizon-reading';

/**
 * Under a private grant's expected value: how much of it the ranking counts
 * within the horizon, and the horizon that would count it all, one click away.
 */
export function HorizonNote({ offer }: { offer: Offer }) {
  const horizonYears = useDocument((document) => document.settings.horizonYears);
  const store = useDocumentStore();
  const locale = useLocale();
  const reading = horizonReading(offer, horizonYears, locale);
  if (!reading) return null;
  const { text, extendTo } = reading;
  return (
    <p className="field-wide pay-reading">
      {text}{' '}
      {extendTo !== null && (
        <Button
          size="sm"
          onClick={() =>
            store.update((document) => ({
              ...document,
              settings: { ...document.settings, horizonYears: extendTo },
            }))
          }
        >
          Extend horizon to {extendTo} years
        </Button>
      )}
    </p>
  );
}
