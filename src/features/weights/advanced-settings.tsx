import { useCallback } from 'react';
import type { RatedFactor } from '../../domain/document/schema';
import { Button } from '../../components/button';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { CriterionWeightsFields } from './criterion-weights';
import { CurrencySettings } from './currency-settings';
import { PricesSettings } from './prices-settings';
import { TaxSettings } from './tax-settings';
import { resetCriterionWeights, setCriterionWeight } from './settings-updates';

/**
 * Weights › Advanced: the criteria inside each factor, the display currency,
 * the exchange rates and how pay after tax is worked out. Loaded when the section is first opened, so the
 * number inputs and their reader are not part of the first screen's code.
 */
export function AdvancedSettings() {
  const store = useDocumentStore();
  const settings = useDocument((document) => document.settings);
  const onCriterion = useCallback(
    (factor: RatedFactor, criterion: string, value: number) =>
      store.update((doc) => setCriterionWeight(doc, factor, criterion, value)),
    [store],
  );
  return (
    <>
      <p className="field-hint">
        Inside each factor, how much each criterion counts. Equal by default.
      </p>
      <CriterionWeightsFields weights={settings.criterionWeights} onChange={onCriterion} />
      <Button
        size="sm"
        variant="ghost"
        className="criterion-reset"
        onClick={() => store.update(resetCriterionWeights)}
      >
        Reset criterion weights
      </Button>
      <CurrencySettings />
      <PricesSettings />
      <TaxSettings />
    </>
  );
}
