import { memo } from 'react';
import { offerColor } from '../../components/palette';
import { formatMoneyCompact } from '../../lib/format';
import { AXIS_TICK, GRID_STROKE } from '../../components/chart-theme';
import { scaleLinear } from '../../lib/chart-scales';
import { niceTicks } from '../../lib/chart-ticks';
import { derive } from '../../lib/derive';
import { MONTHS, type LeaveEarlyChartData } from './leave-early-rows';

/*
 * The leave-early chart's drawing in plain SVG: where everything goes at a
 * width, and the parts a hover leaves as they are.
 */

export const HEIGHT = 300;
/** Room around the plot, as the recharts version of this chart had it: its y axis 64 px wide, its x axis 30 px high. */
export const PLOT = { top: 18, right: 22, bottom: HEIGHT - 30, left: 4 + 64 } as const;
const TICK_SIZE = 6;
const TICK_MARGIN = 2;
/** Space kept between two month labels; a label that would come closer is left out. */
const TICK_GAP = 5;
/** About the width of a character of a 12 px tick label, to tell which month labels fit. */
const TICK_CHAR_WIDTH = 7;
export const FIRST_MONTH = MONTHS[0]!;
const LAST_MONTH = MONTHS.at(-1)!;
const MONTH_TICKS = [1, 6, 12, 18, 24, 30, 36, 42, 48];

const monthTick = (month: number) => `${month} mo`;
/** A coordinate to a tenth of a pixel: shorter paths, the same picture. */
const px = (value: number) => Math.round(value * 10) / 10;

/**
 * The month labels that fit: from the last, a label is kept when it stays
 * inside the drawing and clears the one kept after it (recharts' `preserveEnd`).
 */
const fittingMonthTicks = (x: (month: number) => number, width: number) => {
  const shown: { month: number; x: number; label: string }[] = [];
  let end = width;
  for (const month of [...MONTH_TICKS].reverse()) {
    const label = monthTick(month);
    const at = x(month);
    const half = (label.length * TICK_CHAR_WIDTH) / 2;
    if (at - half < 0 || at + half > end) continue;
    shown.unshift({ month, x: at, label });
    end = at - half - TICK_GAP;
  }
  return shown;
};

/**
 * Where everything goes at a width: the scales, the ticks and each line's
 * path, worked out once per data and width (a hover or a month picked on the
 * slider moves no line).
 */
export const chartLayout = derive(
  (data: LeaveEarlyChartData, width: number) => [data, width],
  ({ rows, series, currency }, width) => {
    const right = Math.max(width - PLOT.right, PLOT.left + 1);
    let low = 0;
    let high = 0;
    for (const row of rows)
      for (const s of series)
        for (const value of [row[s.key], row[s.keptKey]])
          if (value !== undefined) {
            low = Math.min(low, value);
            high = Math.max(high, value);
          }
    // From 0 (or the lowest value below it) to round ticks past the highest, as recharts drew it.
    const ticks = niceTicks(low, high);
    const yScale = scaleLinear()
      .domain([ticks[0] ?? 0, ticks.at(-1) ?? 1])
      .range([PLOT.bottom, PLOT.top]);
    const xScale = scaleLinear().domain([FIRST_MONTH, LAST_MONTH]).range([PLOT.left, right]);
    const x = (month: number) => px(xScale(month) ?? PLOT.left);
    const y = (value: number) => px(yScale(value) ?? PLOT.bottom);
    const path = (values: readonly (number | undefined)[]) =>
      values
        .flatMap((value, i) =>
          value === undefined ? [] : [`${i === 0 ? 'M' : 'L'}${x(MONTHS[i]!)},${y(value)}`],
        )
        .join('');
    return {
      width,
      right,
      x,
      y,
      yTicks: ticks.map((value) => ({
        value,
        y: y(value),
        label: formatMoneyCompact(value, currency),
      })),
      xTicks: fittingMonthTicks(x, width),
      lines: series.map((s) => ({
        s,
        color: offerColor(s.colorIndex),
        solid: path(rows.map((row) => row[s.key])),
        kept: s.clawbackEnds === null ? null : path(rows.map((row) => row[s.keptKey])),
      })),
    };
  },
);

export type Layout = ReturnType<typeof chartLayout>;

/** The grid, the cliffs and the month picked: under the hover's cursor, which leaves them as they are. */
export const Backdrop = memo(function Backdrop({
  layout,
  cliffs,
  month,
}: {
  layout: Layout;
  cliffs: LeaveEarlyChartData['cliffs'];
  month: number;
}) {
  const { x, right, yTicks } = layout;
  return (
    <>
      <g className="leave-early-grid">
        {yTicks.map((tick) => (
          <line
            key={tick.value}
            x1={PLOT.left}
            x2={right}
            y1={tick.y}
            y2={tick.y}
            stroke={GRID_STROKE}
          />
        ))}
      </g>
      {cliffs.map((cliff) => (
        <g key={cliff.month} className="leave-early-cliff">
          <line
            x1={x(cliff.month)}
            x2={x(cliff.month)}
            // Drawn upwards, so its dashes start at the axis.
            y1={PLOT.bottom}
            y2={PLOT.top}
            stroke="var(--border-strong)"
            strokeDasharray="3 3"
          />
          <text
            x={x(cliff.month)}
            y={PLOT.top - 5}
            textAnchor="middle"
            fill="var(--chart-text)"
            fontSize={11}
          >
            cliff
          </text>
        </g>
      ))}
      <line
        className="leave-early-picked"
        x1={x(month)}
        x2={x(month)}
        y1={PLOT.top}
        y2={PLOT.bottom}
        stroke="var(--text)"
        strokeOpacity={0.45}
        strokeWidth={2}
      />
    </>
  );
});

/** The lines and the axes, over the hover's cursor. */
export const Lines = memo(function Lines({ layout }: { layout: Layout }) {
  const { right, yTicks, xTicks, lines } = layout;
  return (
    <>
      {lines.map(({ s, color, kept }) =>
        kept === null ? null : (
          <path
            key={s.keptKey}
            className="leave-early-kept"
            d={kept}
            fill="none"
            stroke={color}
            strokeWidth={1.5}
            strokeDasharray="5 4"
            strokeOpacity={0.8}
          />
        ),
      )}
      {lines.map(({ s, color, solid }) => (
        <path
          key={s.key}
          className="leave-early-line"
          d={solid}
          fill="none"
          stroke={color}
          strokeWidth={2.25}
        />
      ))}
      <g className="leave-early-axis" fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
        <line x1={PLOT.left} x2={right} y1={PLOT.bottom} y2={PLOT.bottom} stroke={GRID_STROKE} />
        {xTicks.map((tick) => (
          <g key={tick.month}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={PLOT.bottom}
              y2={PLOT.bottom + TICK_SIZE}
              stroke={GRID_STROKE}
            />
            <text
              x={tick.x}
              y={PLOT.bottom + TICK_SIZE + TICK_MARGIN}
              dy="0.71em"
              textAnchor="middle"
            >
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} stroke={GRID_STROKE} />
        {yTicks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={PLOT.left - TICK_SIZE}
              x2={PLOT.left}
              y1={tick.y}
              y2={tick.y}
              stroke={GRID_STROKE}
            />
            <text x={PLOT.left - TICK_SIZE - TICK_MARGIN} y={tick.y} dy="0.355em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
    </>
  );
});

/** The month nearest a point of the drawing, while it is over the plot; else null. */
export const monthAt = ({ right }: Layout, left: number, top: number): number | null => {
  if (left < PLOT.left || left > right || top < PLOT.top || top > PLOT.bottom) return null;
  const share = (left - PLOT.left) / (right - PLOT.left);
  return Math.round(FIRST_MONTH + share * (LAST_MONTH - FIRST_MONTH));
};
