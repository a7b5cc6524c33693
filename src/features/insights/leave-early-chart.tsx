import { memo, useState, type CSSProperties, type PointerEvent } from 'react';
import { offerColor } from '../../components/palette';
import { formatMoney } from '../../lib/format';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend, Swatch, type LegendItem } from '../../components/chart-legend';
import { TOOLTIP_STYLE, initialDimension } from '../../components/chart-theme';
import { useWidth } from '../../components/use-width';
import type { LeaveEarlyChartData } from './leave-early-rows';
import {
  Backdrop,
  FIRST_MONTH,
  HEIGHT,
  Lines,
  PLOT,
  chartLayout,
  monthAt,
} from './leave-early-drawing';

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

/** Each offer's value on leaving after `month`, best first, as the hover shows it. */
function MonthTooltip({
  data,
  month,
  style,
}: {
  data: LeaveEarlyChartData;
  month: number;
  style: CSSProperties;
}) {
  const lines = data.series
    .map((s) => ({ s, point: s.points[month - FIRST_MONTH]! }))
    .sort((a, b) => b.point.net - a.point.net);
  return (
    <div className="leave-early-tooltip" aria-hidden="true" style={{ ...TOOLTIP_STYLE, ...style }}>
      <strong>
        Leaving after {monthsText(month)}, {data.afterTax ? 'after tax' : 'before tax'}
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
 * Where the tooltip sits: at the top of the plot, as recharts put it, beside
 * the month pointed at on the side with more room.
 */
const tooltipPlace = (x: number, width: number): CSSProperties => ({
  top: PLOT.top + 6,
  ...(x < width / 2
    ? { left: x + 10, maxWidth: width - x - 10 }
    : { right: width - x + 10, maxWidth: x - 10 }),
});

/**
 * The drawing at the width of its container, and on hover the month nearest
 * the pointer: a cursor, a dot on each line and the tooltip. Visual only: the
 * figure's table of numbers stands in for it.
 */
function Plot({ data, month }: { data: LeaveEarlyChartData; month: number }) {
  const [plot, width] = useWidth<HTMLDivElement>(initialDimension(HEIGHT).width);
  const [hover, setHover] = useState<number | null>(null);
  const layout = chartLayout(data, width);

  // The month nearest the pointer while it is over the plot.
  const point = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHover(monthAt(layout, event.clientX - box.left, event.clientY - box.top));
  };

  const hoverX = hover === null ? 0 : layout.x(hover);
  return (
    <div className="leave-early-plot" ref={plot}>
      <svg
        width={width}
        height={HEIGHT}
        role="presentation"
        onPointerMove={point}
        onPointerDown={point}
        onPointerLeave={(event) => {
          // A finger lifted leaves the plot at once: its tooltip stays until the next touch.
          if (event.pointerType !== 'touch') setHover(null);
        }}
      >
        <Backdrop layout={layout} cliffs={data.cliffs} month={month} />
        {hover !== null && (
          <line
            className="leave-early-cursor"
            x1={hoverX}
            x2={hoverX}
            y1={PLOT.top}
            y2={PLOT.bottom}
            stroke="var(--border-strong)"
          />
        )}
        <Lines layout={layout} />
        {hover !== null && (
          <g className="leave-early-dots">
            {layout.lines.map(({ s, color }) => (
              <circle
                key={s.key}
                cx={hoverX}
                cy={layout.y(s.points[hover - FIRST_MONTH]!.net)}
                r={4}
                fill={color}
                stroke="var(--surface)"
                strokeWidth={2}
              />
            ))}
          </g>
        )}
      </svg>
      {hover !== null && (
        <MonthTooltip data={data} month={hover} style={tooltipPlace(hoverX, width)} />
      )}
    </div>
  );
}

/**
 * What each offer leaves a person with on leaving after 1 to 48 months.
 * A jump shows the equity cliff; a dashed line above a solid one shows the
 * signing bonus that would be paid back, until the clawback ends. Drawn as
 * plain SVG rather than with recharts: a weight step that changes which
 * offers rank best draws it again, and a dozen paths redraw within a frame.
 */
export const LeaveEarlyChart = memo(function LeaveEarlyChart({
  data,
  month,
}: {
  data: LeaveEarlyChartData;
  /** The month picked below the chart, marked with a line. */
  month: number;
}) {
  const { series, currency, afterTax } = data;
  const hasClawback = series.some((s) => s.clawbackEnds !== null);
  return (
    <ChartFigure
      title="What you walk away with, by month of leaving"
      size="sm"
      description={
        afterTax
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
      <Plot data={data} month={month} />
    </ChartFigure>
  );
});
