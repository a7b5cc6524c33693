import { BarAxis, BarRow, BarRows } from '../../components/bar-rows';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend } from '../../components/chart-legend';
import { FACTOR_LABELS, offerColor } from '../../components/palette';
import { formatNumber } from '../../lib/format';
import { leadRange, type WeightRangeRow } from './insight-rows';

const weight = (value: number) => `${formatNumber(value, 1)} %`;
/** On the bar, whole percents rounded inward ("34–66 %"): short enough for a phone. */
const rangeText = (row: WeightRangeRow) => {
  const [low, high] = leadRange(row);
  return `${formatNumber(Math.ceil(low - 1e-9))}–${formatNumber(Math.floor(high + 1e-9))} %`;
};

const describe = (row: WeightRangeRow, leader: string): string => {
  const [low, high] = leadRange(row).map(weight);
  const below = row.lowFlip ? ` Below ${low}, ${row.lowFlip.company} leads.` : '';
  const above = row.highFlip ? ` Above ${high}, ${row.highFlip.company} leads.` : '';
  return `${leader} stays on top from ${low} to ${high}.${below}${above}`;
};

const tableOf = (rows: readonly WeightRangeRow[], leader: string): DataTable => ({
  caption: `Weights at which ${leader} stays on top, each moved alone`,
  columns: ['Weight', 'Now', 'Stays on top from', 'to', 'Below that', 'Above that'],
  rows: rows.map((row) => [
    FACTOR_LABELS[row.factor],
    weight(row.current),
    ...leadRange(row).map(weight),
    row.lowFlip ? `${row.lowFlip.company} leads` : '—',
    row.highFlip ? `${row.highFlip.company} leads` : '—',
  ]),
});

/**
 * Tornado-style bars: for each weight, the span (within 0–100) over which
 * the leader stays first, with a tick at the weight's current value.
 */
export function WeightRangeChart({
  rows,
  leader,
  leaderColorIndex,
}: {
  rows: readonly WeightRangeRow[];
  leader: string;
  leaderColorIndex: number;
}) {
  const color = offerColor(leaderColorIndex);
  return (
    <ChartFigure
      title="How far each weight can move"
      size="sm"
      description={`Each bar spans the shares of the weights at which ${leader} stays on top, each weight moved alone; the tick is today's share.`}
      table={tableOf(rows, leader)}
      legend={
        <ChartLegend
          items={[
            { label: `${leader} on top`, color },
            { label: 'another offer leads', color: 'var(--surface-3)' },
            { label: 'today', color: 'var(--text)', mark: 'tick' },
          ]}
        />
      }
    >
      <BarRows>
        {rows.map((row) => (
          <BarRow
            key={row.factor}
            name={<strong className="range-name">{FACTOR_LABELS[row.factor]}</strong>}
            title={FACTOR_LABELS[row.factor]}
            value={rangeText(row)}
          >
            <title>{describe(row, leader)}</title>
            <rect x="0" y="5" width="100%" height="14" className="bar-background" />
            <rect
              x={`${row.low}%`}
              y="5"
              width={`${Math.max(0, row.high - row.low)}%`}
              height="14"
              fill={color}
            />
            <line
              x1={`${row.current}%`}
              x2={`${row.current}%`}
              y1="0"
              y2="24"
              className="range-tick"
            />
          </BarRow>
        ))}
        <BarAxis />
      </BarRows>
    </ChartFigure>
  );
}
