import { useCallback, useId, useState } from 'react';
import { FACTORS, type Factor } from '../../domain/document/schema';
import { weightShares } from '../../domain/scoring/scoring';
import { Button } from '../../components/button';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { useDocument, useDocumentStore } from '../../store/document-context';
import { FactorSlider } from './factor-slider';
import { RankPeek } from './rank-peek';
import { activePreset, defaultWeights, sameShares, WEIGHT_PRESETS } from './presets';
import { setFactorWeight, setHorizon, setWeights } from './settings-updates';
import './weights.css';

const AdvancedSettings = retryableLazy(
  () => import('./advanced-settings'),
  (module) => module.AdvancedSettings,
);

const WeightGuide = retryableLazy(
  () => import('./weight-guide'),
  (module) => module.WeightGuide,
);

const HORIZONS = [1, 2, 3, 4, 5, 6] as const;

/**
 * How much each factor counts. Every change goes straight into the document,
 * so the ranking and charts follow the slider without an Apply button.
 */
export function WeightsPanel() {
  const headingId = useId();
  const horizonId = useId();
  const store = useDocumentStore();
  const settings = useDocument((document) => document.settings);
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
  // Weights › Advanced loads its code the first time it is opened, then stays.
  const [advanced, setAdvanced] = useState(false);
  // The guide loads its code the first time it is opened, then stays mounted (closed).
  const [guide, setGuide] = useState<'never' | 'open' | 'closed'>('never');

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

      <div className="guide-row">
        <Button size="sm" onClick={() => setGuide('open')}>
          Help me set weights
        </Button>
        {guide !== 'never' && (
          <PanelBoundary name="The weights guide" loading={<p className="field-hint">Loading…</p>}>
            <WeightGuide open={guide === 'open'} onClose={() => setGuide('closed')} />
          </PanelBoundary>
        )}
      </div>

      <div className="weight-list">
        <RankPeek />
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

      <details
        className="advanced"
        onToggle={(event) => event.currentTarget.open && setAdvanced(true)}
      >
        <summary>Advanced</summary>
        {advanced && (
          <div className="advanced-body">
            <PanelBoundary
              name="The advanced settings"
              loading={<p className="field-hint">Loading…</p>}
            >
              <AdvancedSettings />
            </PanelBoundary>
          </div>
        )}
      </details>
    </section>
  );
}
