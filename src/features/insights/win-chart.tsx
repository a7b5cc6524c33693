import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from '../../domain';
import { offerColor } from '../../components/palette';
import { formatNumber, formatPercent } from '../../lib/format';
import { ChartFigure } from './chart-figure';
import { AXIS_TICK, GRID_STROKE, initialDimension } from '../../components/chart-theme';
import type { WinChartData } from './insight-rows';

const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 28;

/** A share that is not exactly 0 or 100 never reads as one. */
const percent = (value: number): string => {
  if (value > 0 && value < 0.5) return '< 1 %';
  if (value < 100 && value > 99.5) return '> 99 %';
  return formatPercent(value);
};

/** Share of the jittered weightings in which each offer comes first. */
export function WinChart({ data }: { data: WinChartData }) {
  const { rows, others } = data;
  // A no-break space: an SVG label would otherwise wrap "100 %" onto two lines.
  const chartRows = rows.map((row) => ({
    ...row,
    label: percent(row.percent).replace(' ', '\u00a0'),
  }));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  const jitter = formatPercent((WEIGHT_JITTER.max - 1) * 100);
  const tableRows = rows.map((row) => [row.company, percent(row.percent)]);
  if (others) tableRows.push([`${others.count} other offers`, percent(others.percent)]);
  return (
    <ChartFigure
      title="Chance of coming first"
      description={`Share of ${formatNumber(WIN_PROBABILITY_DRAWS)} tries with every weight nudged at random by up to ±${jitter}.`}
      table={{
        caption: 'Chance of coming first when the weights wobble',
        columns: ['Offer', 'Comes first'],
        rows: tableRows,
      }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension(height)}>
        <BarChart
          data={chartRows}
          layout="vertical"
          margin={{ top: 4, right: 52, bottom: 0, left: 4 }}
          barSize={18}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => `${value} %`}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            height={AXIS_HEIGHT - 4}
          />
          <YAxis
            type="category"
            dataKey="company"
            tick={AXIS_TICK}
            width={118}
            stroke={GRID_STROKE}
            tickLine={false}
          />
          <Bar
            dataKey="percent"
            radius={[0, 4, 4, 0]}
            background={{ fill: 'var(--surface-2)', radius: 4 }}
            isAnimationActive={false}
            minPointSize={2}
          >
            {chartRows.map((row) => (
              <Cell key={row.offerId} fill={offerColor(row.colorIndex)} />
            ))}
            <LabelList
              dataKey="label"
              position="right"
              fill="var(--text)"
              fontSize={12}
              fontWeight={600}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {others && (
        <p className="small muted">
          {others.count} other offers: {percent(others.percent)} together.
        </p>
      )}
    </ChartFigure>
  );
}
