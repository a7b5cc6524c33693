import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { FACTORS } from '../../domain';
import { FACTOR_COLORS, FACTOR_LABELS } from '../../components/palette';
import { formatScore } from '../../lib/format';
import { ChartFigure, ChartLegend } from './chart-figure';
import type { ContributionRow } from './chart-data';
import {
  AXIS_TICK,
  CURSOR,
  GRID_STROKE,
  TOOLTIP_LABEL_STYLE,
  TOOLTIP_STYLE,
  shortName,
} from '../../components/chart-theme';

const ROW_HEIGHT = 44;

/** Ranked totals, each split into what every factor adds. */
export const ContributionChart = memo(function ContributionChart({
  rows,
}: {
  rows: ContributionRow[];
}) {
  const height = rows.length * ROW_HEIGHT + 48;
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
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
          barCategoryGap="22%"
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
          />
          <YAxis
            type="category"
            dataKey="company"
            width={104}
            tick={AXIS_TICK}
            tickFormatter={(name: string) => shortName(name)}
            stroke={GRID_STROKE}
          />
          <Tooltip
            cursor={CURSOR}
            contentStyle={TOOLTIP_STYLE}
            labelStyle={TOOLTIP_LABEL_STYLE}
            formatter={(value) => (typeof value === 'number' ? formatScore(value) : value)}
          />
          {FACTORS.map((factor, i) => (
            <Bar
              key={factor}
              dataKey={factor}
              name={FACTOR_LABELS[factor]}
              stackId="total"
              fill={FACTOR_COLORS[factor]}
              isAnimationActive={false}
            >
              {i === FACTORS.length - 1 && (
                <LabelList
                  dataKey="total"
                  position="right"
                  fill="var(--text)"
                  fontSize={13}
                  fontWeight={700}
                  formatter={(value) => (typeof value === 'number' ? formatScore(value) : '')}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
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
