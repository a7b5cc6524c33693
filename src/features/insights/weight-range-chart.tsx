import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';
import { FACTOR_LABELS, offerColor } from '../../components/palette';
import { formatNumber } from '../../lib/format';
import { ChartFigure, type DataTable } from './chart-figure';
import {
  AXIS_TICK,
  GRID_STROKE,
  TOOLTIP_STYLE,
  initialDimension,
} from '../../components/chart-theme';
import { leadRange, type WeightRangeRow } from './insight-rows';

const ROW_HEIGHT = 48;
const AXIS_HEIGHT = 28;
const weight = (value: number) => formatNumber(value, 1);
const rangeText = (row: WeightRangeRow) => leadRange(row).map(weight).join('–');

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

type ChartRow = WeightRangeRow & { label: string; rest: number };

function RangeTooltip({ active, payload, leader }: TooltipContentProps & { leader: string }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div style={{ ...TOOLTIP_STYLE, maxWidth: 260 }}>
      <strong>
        {row.label}: now {weight(row.current)}
      </strong>
      <div>{describe(row, leader)}</div>
    </div>
  );
}

/** The factor's name with the range that keeps the leader on top under it. */
function FactorTick({
  x,
  y,
  payload,
  rows,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value: unknown };
  rows: readonly ChartRow[];
}) {
  const row = rows.find((r) => r.label === payload?.value);
  if (!row) return null;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={12}>
      <tspan x={x} dy={-2} fill="var(--text)" fontWeight={600}>
        {row.label}
      </tspan>
      <tspan x={x} dy={15} fill="var(--chart-text)" className="num">
        {rangeText(row)}
      </tspan>
    </text>
  );
}

/**
 * One side of a range, with the tick for the current weight where the two
 * sides meet. Bars of zero width are not drawn, so the part below the weight
 * carries the tick, and the part above only when nothing lies below.
 */
function RangePart({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  fill,
  payload,
  tickAt,
}: BarShapeProps & { tickAt: 'start' | 'end' }) {
  const row = payload as ChartRow;
  const showTick = tickAt === 'end' || row.below === 0;
  const tickX = tickAt === 'end' ? x + width : x;
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={fill} />
      {showTick && (
        <rect
          x={tickX - 1.5}
          y={y - 5}
          width={3}
          height={height + 10}
          rx={1.5}
          fill="var(--text)"
        />
      )}
    </g>
  );
}

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
  // Beyond the range the track is a bar too: recharts skips empty bars and their backgrounds.
  const data: ChartRow[] = rows.map((row) => ({
    ...row,
    label: FACTOR_LABELS[row.factor],
    rest: 100 - row.high,
  }));
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT;
  return (
    <ChartFigure
      title="How far each weight can move"
      description={`Each bar spans the weights at which ${leader} stays on top, the others held; the tick is today's weight.`}
      table={tableOf(rows, leader)}
      legend={
        <ul className="insight-legend" aria-hidden="true">
          <li>
            <span className="insight-swatch" style={{ background: color }} /> {leader} on top
          </li>
          <li>
            <span className="insight-swatch insight-swatch-track" /> another offer leads
          </li>
          <li>
            <span className="insight-swatch insight-swatch-tick" /> today
          </li>
        </ul>
      }
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={initialDimension(height)}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 12, bottom: 0, left: 4 }}
          barSize={14}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tick={AXIS_TICK}
            stroke={GRID_STROKE}
            height={AXIS_HEIGHT - 4}
          />
          <YAxis
            type="category"
            dataKey="label"
            tick={(props) => <FactorTick {...props} rows={data} />}
            width={128}
            stroke={GRID_STROKE}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            cursor={false}
            content={(props) => <RangeTooltip {...props} leader={leader} />}
            isAnimationActive={false}
          />
          <Bar dataKey="offset" stackId="range" fill="var(--surface-3)" isAnimationActive={false} />
          <Bar
            dataKey="below"
            stackId="range"
            fill={color}
            isAnimationActive={false}
            // Above its neighbours, so the tick at its end is not half covered.
            zIndex={320}
            shape={(props: BarShapeProps) => <RangePart {...props} tickAt="end" />}
          />
          <Bar
            dataKey="above"
            stackId="range"
            fill={color}
            isAnimationActive={false}
            zIndex={310}
            shape={(props: BarShapeProps) => <RangePart {...props} tickAt="start" />}
          />
          <Bar dataKey="rest" stackId="range" fill="var(--surface-3)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
