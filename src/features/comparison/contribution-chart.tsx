import { memo } from 'react';
import { FACTORS } from '../../domain/document/schema';
import { FACTOR_COLORS, FACTOR_LABELS } from '../../components/palette';
import { formatScore } from '../../lib/format';
import { BarAxis, BarRow, BarRows } from '../../components/bar-rows';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend } from '../../components/chart-legend';
import { shortName } from '../../components/chart-theme';
import { stackSegments, type ContributionRow } from './chart-data';

const tableOf = (rows: readonly ContributionRow[]): DataTable => ({
  caption: 'Total score by factor, in points out of 100, best first',
  columns: ['Offer', 'Rank', ...FACTORS.map((f) => FACTOR_LABELS[f]), 'Total'],
  rows: rows.map((row) => [
    row.company,
    String(row.rank),
    ...FACTORS.map((f) => formatScore(row[f])),
    formatScore(row.total),
  ]),
});

/**
 * Ranked totals, each split into what every factor adds. Drawn as plain SVG
 * rather than with recharts: this is the chart that follows a dragged weight
 * slider, and a few rectangles per offer redraw within a frame.
 */
export const ContributionChart = memo(function ContributionChart({
  rows,
}: {
  rows: ContributionRow[];
}) {
  return (
    <ChartFigure
      title="Total score by factor"
      description="Each bar is an offer’s total out of 100, split into what each factor adds (its share of the weights × its score). Best first."
      legend={
        <ChartLegend
          items={FACTORS.map((f) => ({ label: FACTOR_LABELS[f], color: FACTOR_COLORS[f] }))}
        />
      }
      table={tableOf(rows)}
    >
      <BarRows>
        {rows.map((row, place) => (
          // Keyed by place, not offer: when the order changes the bars are
          // redrawn where they stand instead of being moved around the DOM.
          <BarRow
            key={place}
            name={shortName(row.company, 18)}
            title={row.company}
            value={<strong>{formatScore(row.total)}</strong>}
          >
            {stackSegments(row).map(({ factor, start, width }) => (
              <rect
                key={factor}
                x={`${start}%`}
                y="3"
                width={`${width}%`}
                height="18"
                fill={FACTOR_COLORS[factor]}
              >
                <title>{`${FACTOR_LABELS[factor]}: ${formatScore(width)}`}</title>
              </rect>
            ))}
          </BarRow>
        ))}
        <BarAxis />
      </BarRows>
    </ChartFigure>
  );
});
