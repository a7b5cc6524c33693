import { useFormContext, useWatch } from 'react-hook-form';
import type { Offer } from '../../domain/document/schema';
import { Button } from '../../components/button';
import { UserText } from '../../components/isolated';
import { formatMoney } from '../../lib/format';
import { useDocument } from '../../store/document-context';
import { usePrices } from '../../store/prices';
import { PricesAsInSelect } from '../../components/prices-as-in-select';
import { MoneyField, NumberField, type FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';

const INDEX = 'compensation.costOfLivingIndex' as const;
const HEALTH = 'compensation.healthCostsPerYear' as const;

interface Common {
  name: FieldName;
  label: string;
  hint?: string;
  warning?: string | null;
  preview: Offer;
}

/**
 * "Cost of living index", with the index the built-in price levels suggest
 * for the typed location against the person's reference place, its source,
 * and a button per measure: never filled without the person.
 */
export function CostOfLivingField({ preview, ...common }: Common) {
  const prices = usePrices();
  const pricesAsIn = useDocument((document) => document.settings.pricesAsIn);
  const { setValue, setFocus } = useFormContext<OfferFormInput>();
  // The button goes once used: focus moves to the field it filled, not to the page.
  const use = (index: number) => {
    setValue(INDEX, String(index), { shouldDirty: true });
    setFocus(INDEX);
  };
  const index = preview.compensation.costOfLivingIndex;
  const place =
    prices && preview.location.trim() !== ''
      ? prices.indexSuggestion(preview.location, pricesAsIn ?? 'US')
      : null;
  const suggestion = pricesAsIn === null ? null : place;
  return (
    <div className="cost-of-living-field">
      <NumberField {...common} />
      {prices && place && pricesAsIn === null && (
        <div className="field-hint price-suggestion">
          <p>
            “<UserText>{preview.location}</UserText>” has built-in prices ({place.place.name}). To
            suggest an index, say where you compare from:
          </p>
          <PricesAsInSelect prices={prices} />
        </div>
      )}
      {suggestion && (
        <div className="field-hint price-suggestion">
          <p>
            {suggestion.place.id === suggestion.reference.id
              ? `${suggestion.place.name} is your reference place: 100.`
              : `${suggestion.place.name} against ${suggestion.reference.name}: ${suggestion.all} on all prices${
                  suggestion.rents === null ? '' : `, ${suggestion.rents} on rents`
                }.`}{' '}
            <span className="muted">
              Source: {prices!.priceSourceWords(suggestion.place)}
              {suggestion.reference.source === suggestion.place.source
                ? ''
                : `; ${prices!.priceSourceWords(suggestion.reference)}`}
              .
            </span>
          </p>
          <p className="price-suggestion-actions">
            {index === suggestion.all ? (
              <span>Using the suggestion on all prices.</span>
            ) : (
              <Button size="sm" variant="ghost" onClick={() => use(suggestion.all)}>
                Use {suggestion.all} (all prices)
              </Button>
            )}{' '}
            {suggestion.rents !== null &&
              suggestion.rents !== suggestion.all &&
              (index === suggestion.rents ? (
                <span>Using the suggestion on rents.</span>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => use(suggestion.rents!)}>
                  Use {suggestion.rents} (rents)
                </Button>
              ))}
          </p>
        </div>
      )}
    </div>
  );
}

/** Countries whose social contributions or taxes already pay for health care. */
const STATUTORY_HEALTH = new Set(['DE', 'GB', 'FR', 'NL', 'ES', 'JP', 'CA', 'IE', 'AU']);

/**
 * "Your health costs (per year)", with the average a US worker pays toward
 * premiums (KFF) for a US offer, and 0 where contributions already pay.
 */
export function HealthCostsField({ preview, ...common }: Common) {
  const prices = usePrices();
  const household = useDocument((document) => document.settings.household);
  const { setValue, setFocus } = useFormContext<OfferFormInput>();
  const place = useWatch<OfferFormInput, 'tax.place'>({ name: 'tax.place' });
  const country = place.slice(0, 2);
  const premiums = prices?.US_HEALTH_PREMIUMS;
  const cost = preview.compensation.healthCostsPerYear;
  const us = premiums && country === 'US' && preview.currency === 'USD';
  const amount = premiums ? (household === 'joint' ? premiums.family : premiums.single) : 0;
  return (
    <div className="health-costs-field">
      <MoneyField {...common} />
      {us && (
        <div className="field-hint price-suggestion">
          <p>
            US workers paid on average {formatMoney(amount, 'USD')} a year toward{' '}
            {household === 'joint' ? 'family' : 'single'} coverage (KFF Employer Health Benefits
            Survey {premiums.year}), before tax; add what you expect to pay out of pocket.
          </p>
          <p className="price-suggestion-actions">
            {cost === amount ? (
              <span>Using the average.</span>
            ) : (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setValue(HEALTH, String(amount), { shouldDirty: true });
                  setFocus(HEALTH);
                }}
              >
                Use {formatMoney(amount, 'USD')} as your health costs
              </Button>
            )}
          </p>
        </div>
      )}
      {STATUTORY_HEALTH.has(country) && (
        <p className="field-hint price-suggestion">
          Health insurance here is paid by the social contributions or taxes counted after tax: 0
          unless you pay for more.
        </p>
      )}
    </div>
  );
}
