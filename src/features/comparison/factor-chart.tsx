import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FACTORS, type Factor } from '../../domain/document/schema';
import { FACTOR_LABELS, offerColor } from '../../components/palette';
import { formatScore } from '../../lib/format';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { useInView } from '../../components/use-in-view';
import { ChartLegend } from '../../components/chart-legend';
import type { FactorRow, OfferSeries } from './chart-data';
import * as theme from '../../components/chart-theme';

const HEIGHT = 260;

const tableOf = (series: readonly OfferSeries[], rows: readonly FactorRow[]): DataTable => ({
  caption: 'Factor scores out of 100, per offer',
  columns: ['Offer', ...FACTORS.map((f) => FACTOR_LABELS[f])],
  rows: series.map((s) => [s.company, ...rows.map((row) => formatScore(Number(row[s.key] ?? 0)))]),
});
const SHORT: Record<Factor, string> = {
  compensation: 'Pay',
  growth: 'Growth',
  culture: 'Culture',
  workLife: 'Work-life',
};

/** Every offer's four factor scores side by side: its profile before weighting. */
export const FactorChart = memo(function FactorChart({
  series,
  rows,
}: {
  series: OfferSeries[];
  rows: FactorRow[];
}) {
  // Drawn once it comes near the screen, as the yearly small multiples are: recharts measures
  // every tick's text in the page, and on a phone, where the chart is screens below the ranking,
  // drawing it was the start's longest task (docs/performance.md).
  const [plot, near] = useInView<HTMLDivElement>({ initial: false, once: true });
  return (
    <ChartFigure
      title="Factor scores"
      description="How each offer scores on each factor, 0–100, before your weights are applied."
      legend={
        <ChartLegend
          items={series.map((s) => ({ label: s.company, color: offerColor(s.colorIndex) }))}
        />
      }
      table={tableOf(series, rows)}
    >
      <div ref={plot}>
        {!near ? (
          <div style={{ height: HEIGHT }} />
        ) : (
          <ResponsiveContainer
            width="100%"
            height={HEIGHT}
            initialDimension={{ width: 640, height: HEIGHT }}
          >
            <BarChart
              data={rows}
              margin={{ top: 8, right: 8, bottom: 4, left: -12 }}
              barCategoryGap="18%"
              barGap={2}
              accessibilityLayer={false}
            >
              <CartesianGrid zIndex={0} vertical={false} stroke={theme.GRID_STROKE} />
              <XAxis
                dataKey="factor"
                tick={theme.AXIS_TICK}
                tickFormatter={(f: Factor) => SHORT[f] ?? f}
                stroke={theme.GRID_STROKE}
                interval={0}
              />
              <YAxis
                domain={[0, 100]}
                ticks={[0, 25, 50, 75, 100]}
                tick={theme.AXIS_TICK}
                stroke={theme.GRID_STROKE}
              />
              <Tooltip
                cursor={theme.CURSOR}
                contentStyle={theme.TOOLTIP_STYLE}
                labelStyle={theme.TOOLTIP_LABEL_STYLE}
                labelFormatter={(f) => FACTOR_LABELS[f as Factor] ?? String(f)}
                formatter={(value) => (typeof value === 'number' ? formatScore(value) : value)}
              />
              {series.map((s) => (
                <Bar
                  zIndex={0}
                  key={s.key}
                  dataKey={s.key}
                  name={s.company}
                  fill={offerColor(s.colorIndex)}
                  radius={[3, 3, 0, 0]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
    </ChartFigure>
  );
});
