import { memo } from 'react';
import { FACTORS } from '../../domain';
import { FACTOR_COLORS, FACTOR_LABELS } from '../../components/palette';
import { formatScore } from '../../lib/format';
import { ChartFigure, ChartLegend } from './chart-figure';
import { stackSegments, type ContributionRow } from './chart-data';
import { BarAxis, BarRow, BarRows } from '../../components/bar-rows';
import { shortName } from '../../components/chart-theme';

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
      table={<ContributionTable rows={rows} />}
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

function ContributionTable({ rows }: { rows: ContributionRow[] }) {
  return (
    <table>
      <caption>Total score by factor, in points out of 100, best first</caption>
      <thead>
        <tr>
          <th scope="col">Offer</th>
          <th scope="col">Rank</th>
          {FACTORS.map((f) => (
            <th key={f} scope="col">
              {FACTOR_LABELS[f]}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.offerId}>
            <th scope="row">{row.company}</th>
            <td>{row.rank}</td>
            {FACTORS.map((f) => (
              <td key={f}>{formatScore(row[f])}</td>
            ))}
            <td>{formatScore(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
