import { memo, useId, type CSSProperties } from 'react';
import type { Factor } from '../../domain/document/schema';
import { FACTOR_COLORS, FACTOR_LABELS } from '../../components/palette';
import { formatPercent } from '../../lib/format';

interface FactorSliderProps {
  factor: Factor;
  value: number;
  /** This factor's share of the total weight, 0–100. */
  share: number;
  onChange: (factor: Factor, value: number) => void;
}

/** One factor's weight: a native range (role "slider") named after the factor. */
export const FactorSlider = memo(function FactorSlider({
  factor,
  value,
  share,
  onChange,
}: FactorSliderProps) {
  const id = useId();
  const label = FACTOR_LABELS[factor];
  return (
    <div className="weight-row">
      <div className="weight-row-head">
        <label htmlFor={id} className="weight-label">
          <span
            className="weight-swatch"
            style={{ background: FACTOR_COLORS[factor] }}
            aria-hidden="true"
          />
          {label}
        </label>
        <output htmlFor={id} className="weight-share num" aria-label={`${label} share`}>
          {formatPercent(share)}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        aria-valuetext={`${value} (${formatPercent(share)} of the total)`}
        style={{ '--fill': `${value}%`, '--thumb': FACTOR_COLORS[factor] } as CSSProperties}
        className="weight-range"
        onChange={(event) => onChange(factor, event.currentTarget.valueAsNumber)}
      />
    </div>
  );
});
