import { useCallback, useId } from 'react';
import { FACTORS, weightShares, type Factor, type RatedFactor } from '../../domain';
import { Button } from '../../components/button';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { CriterionWeightsFields } from './criterion-weights';
import { CurrencySettings } from './currency-settings';
import { FactorSlider } from './factor-slider';
import { activePreset, defaultWeights, sameShares, WEIGHT_PRESETS } from './presets';
import {
  resetCriterionWeights,
  setCriterionWeight,
  setFactorWeight,
  setHorizon,
  setWeights,
} from './settings-updates';
import './weights.css';

const HORIZONS = [1, 2, 3, 4, 5, 6] as const;

/**
 * How much each factor counts. Every change goes straight into the document,
 * so the ranking and charts follow the slider without an Apply button.
 */
export function WeightsPanel() {
  const headingId = useId();
  const horizonId = useId();
  const store = useDocumentStore();
  const { settings } = useDocument();
  const { weights, horizonYears } = settings;
  const shares = weightShares(weights);
  const allZero = FACTORS.every((f) => weights[f] === 0);
  const preset = activePreset(weights);
  const isDefault = sameShares(weights, defaultWeights());

  // Stable, so memoised sliders that did not move skip re-rendering during a drag.
  const onFactor = useCallback(
    (factor: Factor, value: number) => store.update((doc) => setFactorWeight(doc, factor, value)),
    [store],
  );
  const onCriterion = useCallback(
    (factor: RatedFactor, criterion: string, value: number) =>
      store.update((doc) => setCriterionWeight(doc, factor, criterion, value)),
    [store],
  );

  return (
    <section className="panel weights-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Weights</h2>
        <p>How much each factor counts</p>
      </div>

      <div className="preset-row" role="group" aria-label="Presets">
        {WEIGHT_PRESETS.map(({ name, hint, weights: presetWeights }) => (
          <Button
            key={name}
            size="sm"
            className="preset-button"
            aria-pressed={preset === name}
            title={hint}
            onClick={() => store.update((doc) => setWeights(doc, presetWeights))}
          >
            {name}
          </Button>
        ))}
      </div>

      <div className="weight-list">
        {FACTORS.map((factor) => (
          <FactorSlider
            key={factor}
            factor={factor}
            value={weights[factor]}
            share={shares[factor]}
            onChange={onFactor}
          />
        ))}
      </div>

      {/* Always mounted, so screen readers hear the message when the last weight hits 0. */}
      <div role="status" className="weights-zero">
        {allZero && (
          <p className="callout callout-warning small">
            All weights are 0 — every offer scores 0. Raise at least one weight.
          </p>
        )}
      </div>

      <div className="weights-footer">
        <div className="field horizon-field">
          <label htmlFor={horizonId}>Horizon (years)</label>
          <select
            id={horizonId}
            value={horizonYears}
            onChange={(event) =>
              store.update((doc) => setHorizon(doc, Number(event.currentTarget.value)))
            }
          >
            {HORIZONS.map((years) => (
              <option key={years} value={years}>
                {years} {years === 1 ? 'year' : 'years'}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="ghost"
          size="sm"
          title={
            isDefault ? 'Already at the defaults: 40 / 25 / 15 / 20' : 'Back to 40 / 25 / 15 / 20'
          }
          onClick={() => store.update((doc) => setWeights(doc, defaultWeights()))}
        >
          Reset weights
        </Button>
      </div>
      <p className="field-hint">
        Pay is averaged over this many years, so vesting, cliffs and refreshers count.
      </p>

      <details className="advanced">
        <summary>Advanced</summary>
        <div className="advanced-body">
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
        </div>
      </details>
    </section>
  );
}
