import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { offerColor } from '../../components/palette';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend, Swatch, type LegendItem } from '../../components/chart-legend';
import {
  AXIS_TICK,
  GRID_STROKE,
  TOOLTIP_STYLE,
  initialDimension,
} from '../../components/chart-theme';
import type { LeaveEarlyChartData } from './leave-early-rows';

const HEIGHT = 300;
const MONTH_TICKS = [1, 6, 12, 18, 24, 30, 36, 42, 48];
const CLAWBACK_LEGEND: LegendItem = {
  label: 'if the signing bonus were not paid back',
  color: 'var(--text-muted)',
  mark: 'dash',
};

const monthsText = (months: number) => `${months} ${months === 1 ? 'month' : 'months'}`;

const tableOf = ({ series, currency }: LeaveEarlyChartData): DataTable => ({
  caption: `Value walked away with on leaving after each month, in ${currency}`,
  columns: ['Months', ...series.map((s) => s.company)],
  rows: series[0]!.points.map((point, i) => [
    String(point.month),
    ...series.map((s) => formatMoney(s.points[i]!.net, currency)),
  ]),
});

function MonthTooltip({
  active,
  payload,
  label,
  data,
}: TooltipContentProps & { data: LeaveEarlyChartData }) {
  if (!active || typeof label !== 'number') return null;
  const shown = new Set((payload ?? []).map((item) => item.dataKey));
  const lines = data.series
    .filter((s) => shown.has(s.key))
    .map((s) => ({ s, point: s.points[label - 1]! }))
    .sort((a, b) => b.point.net - a.point.net);
  return (
    <div style={TOOLTIP_STYLE}>
      <strong>
        Leaving after {monthsText(label)}, {data.afterTax ? 'after tax' : 'before tax'}
      </strong>
      <ul className="insight-tooltip-list">
        {lines.map(({ s, point }) => (
          <li key={s.key}>
            <Swatch color={offerColor(s.colorIndex)} />
            <span>{s.company}</span>
            <span className="num">{formatMoney(point.net, data.currency)}</span>
            {point.clawback > 0 && (
              <span className="insight-tooltip-note">
                after paying back {formatMoney(point.clawback, data.currency)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What each offer leaves a person with on leaving after 1 to 48 months.
 * A jump shows the equity cliff; a dashed line above a solid one shows the
 * signing bonus that would be paid back, until the clawback ends.
 */
export function LeaveEarlyChart({
  data,
  month,
}: {
  data: LeaveEarlyChartData;
  /** The month picked below the chart, marked with a line. */
  month: number;
}) {
  const { series, rows, cliffs, currency } = data;
  const hasClawback = series.some((s) => s.clawbackEnds !== null);
  return (
    <ChartFigure
      title="What you walk away with, by month of leaving"
      size="sm"
      description={
        data.afterTax
          ? `Pay received plus equity vested, minus any signing bonus paid back and the tax on the pay, in ${currency}: after tax.`
          : `Pay received plus equity vested, minus any signing bonus paid back, in ${currency}: before tax.`
      }
      table={tableOf(data)}
      legend={
        <ChartLegend
          items={[
            ...series.map((s) => ({ label: s.company, color: offerColor(s.colorIndex) })),
            ...(hasClawback ? [CLAWBACK_LEGEND] : []),
          ]}
        />
      }
    >
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={initialDimension(HEIGHT)}>
        <LineChart
          data={rows}
          margin={{ top: 18, right: 22, bottom: 0, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid zIndex={0} vertical={false} stroke={GRID_STROKE} />
          <XAxis
            dataKey="month"
            type="number"
            domain={[1, 48]}
            ticks={MONTH_TICKS}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            tickFormatter={(m: number) => `${m} mo`}
          />
          <YAxis
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            width={64}
            tickFormatter={(value: number) => formatMoneyCompact(value, currency)}
          />
          <Tooltip
            content={(props) => <MonthTooltip {...props} data={data} />}
            cursor={{ stroke: 'var(--border-strong)' }}
            isAnimationActive={false}
          />
          {cliffs.map((cliff) => (
            <ReferenceLine
              zIndex={0}
              key={cliff.month}
              x={cliff.month}
              stroke="var(--border-strong)"
              strokeDasharray="3 3"
              label={{
                value: 'cliff',
                position: 'top',
                fill: 'var(--chart-text)',
                fontSize: 11,
              }}
            />
          ))}
          <ReferenceLine
            zIndex={0}
            x={month}
            stroke="var(--text)"
            strokeOpacity={0.45}
            strokeWidth={2}
          />
          {series.map((s) =>
            s.clawbackEnds === null ? null : (
              <Line
                zIndex={0}
                key={s.keptKey}
                dataKey={s.keptKey}
                type="linear"
                stroke={offerColor(s.colorIndex)}
                strokeWidth={1.5}
                strokeDasharray="5 4"
                strokeOpacity={0.8}
                dot={false}
                activeDot={false}
                isAnimationActive={false}
                legendType="none"
              />
            ),
          )}
          {series.map((s) => (
            <Line
              zIndex={0}
              key={s.key}
              dataKey={s.key}
              name={s.company}
              type="linear"
              stroke={offerColor(s.colorIndex)}
              strokeWidth={2.25}
              dot={false}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
