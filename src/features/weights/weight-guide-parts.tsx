import { useId } from 'react';
import { weightShares } from '../../domain/scoring/scoring';
import { FACTORS, type Weights } from '../../domain/document/schema';
import { FACTOR_LABELS } from '../../components/palette';
import { formatPercent } from '../../lib/format';

/** One raise rated against the top one, 0 to 100. */
export function SwingRating({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="guide-rating">
      <label htmlFor={id}>{label}</label>
      <div className="guide-rating-row">
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value}
          onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
        />
        <output htmlFor={id} className="num">
          {value}
        </output>
      </div>
    </div>
  );
}

/** The weights now and as the answers give them, as shares of 100 %. */
export function WeightsTable({ before, after }: { before: Weights; after: Weights }) {
  const now = weightShares(before);
  const next = weightShares(after);
  return (
    <div className="table-wrap">
      <table className="data-table guide-table">
        <caption>The weights your answers give, as shares of 100 %</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Now</th>
            <th scope="col">From your answers</th>
          </tr>
        </thead>
        <tbody>
          {FACTORS.map((f) => (
            <tr key={f}>
              <th scope="row">{FACTOR_LABELS[f]}</th>
              <td className="num">{formatPercent(now[f])}</td>
              <td className="num">{formatPercent(next[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
