import { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from '../../domain/trade-offs/win-probability';
import { BarAxis, BarRow, BarRows } from '../../components/bar-rows';
import { ChartFigure } from '../../components/chart-figure';
import { offerColor } from '../../components/palette';
import { formatNumber, formatPercent } from '../../lib/format';
import { moneyWords, type WinChartData } from './insight-rows';

/** A share written in whole percents; one that is not exactly 0 or 100 never reads as one. */
const percent = ({ percent: value, shown }: { percent: number; shown: number }): string => {
  if (value > 0 && shown === 0) return '< 1 %';
  if (value < 100 && shown === 100) return '> 99 %';
  return formatPercent(shown);
};

/**
 * Share of the jittered weightings in which each offer comes first. Plain
 * SVG bars: the chart follows every weight change, and a handful of
 * rectangles redraw within a frame.
 */
export function WinChart({ data }: { data: WinChartData }) {
  const { rows, others, moneyOf = [] } = data;
  const money =
    moneyOf.length > 0
      ? `, and ${moneyWords(moneyOf)} drawn from your ranges and exit scenarios`
      : '';
  const jitter = formatPercent((WEIGHT_JITTER.max - 1) * 100);
  const tableRows = rows.map((row) => [row.company, percent(row)]);
  if (others) tableRows.push([`${others.count} other offers`, percent(others)]);
  return (
    <ChartFigure
      title="Chance of coming first"
      size="sm"
      description={`Share of ${formatNumber(WIN_PROBABILITY_DRAWS)} tries with every weight nudged at random by up to ±${jitter}${money}.`}
      table={{
        caption: 'Chance of coming first when the weights wobble',
        columns: ['Offer', 'Comes first'],
        rows: tableRows,
      }}
    >
      <BarRows>
        {rows.map((row, place) => (
          // Keyed by place: when the order changes the bars are redrawn where they stand.
          <BarRow key={place} name={row.company} title={row.company} value={percent(row)}>
            <rect x="0" y="3" width="100%" height="18" rx="4" className="bar-background" />
            <rect
              x="0"
              y="3"
              // A share above 0 stays visible, however small.
              width={`${row.percent > 0 ? Math.max(row.percent, 0.75) : 0}%`}
              height="18"
              rx="4"
              fill={offerColor(row.colorIndex)}
            />
          </BarRow>
        ))}
        <BarAxis format={(tick) => `${tick} %`} />
      </BarRows>
      {others && (
        <p className="small muted">
          {others.count} other offers: {percent(others)} together.
        </p>
      )}
    </ChartFigure>
  );
}
