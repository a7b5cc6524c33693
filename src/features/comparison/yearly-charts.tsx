import { memo, useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COMPENSATION_PARTS, type CompensationPart } from '../../domain/pay/compensation';
import { PART_COLORS, PART_LABELS, offerColor } from '../../components/palette';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend } from '../../components/chart-legend';
import { useInView } from '../../components/use-in-view';
import {
  niceScale,
  partsInUse,
  type OfferYears,
  type YearRow,
  type YearlyChartData,
} from './chart-data';
import * as theme from '../../components/chart-theme';

const HEIGHT = 190;

/** Tax and contributions: hatched, unlike any part of pay (the pattern is drawn once, below). */
const TAX_LABEL = 'Tax and contributions';
const TAX_FILL = 'url(#yearly-tax)';
const TAX_SWATCH = 'repeating-linear-gradient(45deg, var(--chart-text) 0 1.5px, transparent 0 4px)';
/** Ordinary income: the parts tax is taken from (scoring.md §11). */
const TAXED = ['base', 'bonus', 'oneTime', 'equity'] as const;

/** Whether any offer's pay is unsure: the table then shows each year's lowest and highest. */
const hasBand = (data: YearlyChartData) =>
  data.offers.some((offer) => offer.years.some((year) => year.range));

const tableOf = (data: YearlyChartData): DataTable => {
  const band = hasBand(data);
  const money = (value: number) => formatMoney(value, data.currency);
  return {
    caption: `Compensation per year in ${data.currency}${
      data.adjusted ? ', cost-of-living adjusted' : ', before cost-of-living adjustment'
    }`,
    columns: [
      'Offer',
      'Year',
      ...COMPENSATION_PARTS.map((p) => PART_LABELS[p]),
      'Total',
      ...(data.tax ? [TAX_LABEL, 'After tax'] : []),
      ...(band ? ['Low', 'High'] : []),
    ],
    rows: data.offers.flatMap((offer) =>
      offer.years.map((year) => [
        offer.company,
        String(year.year),
        ...COMPENSATION_PARTS.map((p) => money(year[p])),
        money(year.total),
        ...(data.tax ? [money(year.tax), money(year.total - year.tax)] : []),
        ...(band ? [money(year.low ?? year.total), money(year.high ?? year.total)] : []),
      ]),
    ),
  };
};

/** Small multiples: one stacked chart per offer, on one shared scale. */
export const YearlyCharts = memo(function YearlyCharts({
  data,
  onAdjustedChange,
}: {
  data: YearlyChartData;
  /** Stable (a state setter), so a weight drag does not redraw these charts. */
  onAdjustedChange: (adjusted: boolean) => void;
}) {
  const toggleId = useId();
  const parts = partsInUse(data);
  const scale = { ...niceScale(data.max), min: data.min };
  const basis = data.adjusted
    ? 'cost-of-living adjusted, as the score uses it'
    : 'as paid, before any cost-of-living adjustment';
  return (
    <ChartFigure
      title="Compensation year by year"
      description={
        <>
          Per year in {data.currency}, {basis}. Year 1 includes one-time payments; equity follows
          the vesting schedule and cliff, and a private company’s equity is its expected value,
          counted from the year of its exit.
          {data.tax &&
            ' After tax, the hatched top of a bar is tax and social contributions, taken from the taxed parts.'}
          {data.min < 0 && ' Your health costs are drawn under the axis and taken from the total.'}
          {hasBand(data) &&
            ' A thin mark over a bar spans the lowest to the highest pay that year, from your share price and bonus ranges and the exit scenarios.'}
          {data.excluded.length > 0 &&
            ` Not shown until their exchange rate is set: ${data.excluded
              .map((o) => `${o.company} (${o.currency})`)
              .join(', ')}.`}
        </>
      }
      actions={
        <label className="chart-toggle small" htmlFor={toggleId}>
          <input
            id={toggleId}
            type="checkbox"
            checked={data.adjusted}
            onChange={(event) => onAdjustedChange(event.currentTarget.checked)}
          />
          Adjust for cost of living
        </label>
      }
      legend={
        <ChartLegend
          items={parts
            .map((p) => ({ label: PART_LABELS[p], color: PART_COLORS[p] }))
            .concat(data.tax ? [{ label: TAX_LABEL, color: TAX_SWATCH }] : [])}
        />
      }
      table={tableOf(data)}
    >
      {data.tax && (
        <svg width="0" height="0" aria-hidden="true" className="yearly-defs">
          <pattern
            id="yearly-tax"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="1.5" height="4" fill="var(--chart-text)" />
          </pattern>
        </svg>
      )}
      <div className="yearly-grid">
        {data.offers.map((offer) => (
          <OfferYearsChart
            key={offer.offerId}
            offer={offer}
            parts={parts}
            currency={data.currency}
            scale={scale}
            tax={data.tax}
          />
        ))}
      </div>
    </ChartFigure>
  );
});

/** A year as drawn after tax: each taxed part less its share of the tax, which goes on top. */
const afterTax = (year: YearRow): YearRow => {
  const wages = TAXED.reduce((sum, p) => sum + year[p], 0);
  const keep = wages > 0 ? Math.max(0, wages - year.tax) / wages : 1;
  const row = { ...year };
  for (const p of TAXED) row[p] = year[p] * keep;
  return row;
};

/** A thin vertical line with short caps, from the year's lowest to its highest pay. */
function RangeMark({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
}: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}) {
  const mid = x + width / 2;
  const cap = Math.min(5, width / 2);
  return (
    <path
      d={`M${mid - cap},${y}h${2 * cap}M${mid},${y}v${height}M${mid - cap},${y + height}h${2 * cap}`}
      stroke={theme.RANGE_STROKE}
      strokeWidth={1.5}
      fill="none"
    />
  );
}

interface OfferYearsProps {
  offer: OfferYears;
  parts: CompensationPart[];
  currency: string;
  scale: { max: number; ticks: number[]; min: number };
  /** Draw each year's tax and contributions on top, the taxed parts less their share of it. */
  tax: boolean;
}

const sameYears = (a: OfferYears, b: OfferYears): boolean =>
  a === b ||
  (a.offerId === b.offerId &&
    a.company === b.company &&
    a.colorIndex === b.colorIndex &&
    a.expectedEquity === b.expectedEquity &&
    a.years.length === b.years.length &&
    a.years.every((year, index) => {
      const other = b.years[index]!;
      return (
        year.total === other.total &&
        year.tax === other.tax &&
        year.low === other.low &&
        year.high === other.high &&
        COMPENSATION_PARTS.every((p) => year[p] === other[p])
      );
    }));

/**
 * Each small multiple is a recharts chart of its own, and recharts' redraw is
 * most of what the page waits for when offers change (docs/performance.md):
 * a chart is drawn again only when its own numbers, its colour or the shared
 * scale change, not because another offer was added or edited.
 */
const sameChart = (a: OfferYearsProps, b: OfferYearsProps): boolean =>
  a.currency === b.currency &&
  a.tax === b.tax &&
  a.scale.max === b.scale.max &&
  a.scale.min === b.scale.min &&
  a.offer.netMean === b.offer.netMean &&
  a.parts.join() === b.parts.join() &&
  sameYears(a.offer, b.offer);

const OfferYearsChart = memo(function OfferYearsChart({
  offer,
  parts,
  currency,
  scale,
  tax,
}: OfferYearsProps) {
  // Drawn once it comes near the screen: twenty small multiples are thousands of SVG elements.
  const [card, near] = useInView<HTMLDivElement>({ initial: false, once: true });
  const money = (value: unknown) =>
    typeof value === 'number' ? formatMoney(value, currency) : String(value);
  const banded = offer.years.some((year) => year.range);
  return (
    <div className="yearly-card" ref={card}>
      <div className="yearly-card-head">
        <span className="yearly-company">
          <span className="ranking-swatch" style={{ background: offerColor(offer.colorIndex) }} />
          <span className="yearly-company-name">{offer.company}</span>
        </span>
        <span className="yearly-mean small muted num">
          {offer.netMean === undefined
            ? `avg ${formatMoneyCompact(offer.mean, currency)}/yr before tax`
            : `avg ${formatMoneyCompact(offer.netMean, currency)}/yr after tax`}{' '}
          ({offer.years.length === 1 ? '1 yr' : `${offer.years.length} yrs`})
        </span>
      </div>
      {!near ? (
        <div className="yearly-placeholder" style={{ height: HEIGHT }} />
      ) : (
        <ResponsiveContainer
          width="100%"
          height={HEIGHT}
          initialDimension={{ width: 300, height: HEIGHT }}
        >
          <BarChart
            data={tax ? offer.years.map(afterTax) : offer.years}
            margin={{ top: 6, right: 4, bottom: 0, left: 0 }}
            barCategoryGap="20%"
            // Health costs (a negative part) are stacked under the axis, the rest above it.
            stackOffset="sign"
            accessibilityLayer={false}
          >
            <CartesianGrid zIndex={0} vertical={false} stroke={theme.GRID_STROKE} />
            <XAxis
              dataKey="year"
              tick={theme.AXIS_TICK}
              tickFormatter={(y: number) => `Y${y}`}
              stroke={theme.GRID_STROKE}
            />
            <YAxis
              domain={[scale.min, scale.max]}
              ticks={scale.ticks}
              tick={theme.AXIS_TICK}
              tickFormatter={(v: number) => formatMoneyCompact(v, currency)}
              width={56}
              stroke={theme.GRID_STROKE}
            />
            <Tooltip
              cursor={theme.CURSOR}
              contentStyle={theme.TOOLTIP_STYLE}
              labelStyle={theme.TOOLTIP_LABEL_STYLE}
              // The year's total first, then its parts always in the legend's order.
              labelFormatter={(y) => {
                const row = offer.years.find((r) => r.year === y);
                if (!row) return `Year ${String(y)}`;
                const range =
                  row.range && row.low !== undefined && row.high !== undefined
                    ? ` (${money(row.low)} to ${money(row.high)})`
                    : '';
                return `Year ${String(y)} · ${money(row.total)} in all${range}${
                  tax ? `, ${money(row.total - row.tax)} after tax` : ''
                }`;
              }}
              // Tax and contributions (not a part) last, as on the bar.
              itemSorter={(item) => {
                const i = parts.indexOf(item.dataKey as CompensationPart);
                return i < 0 ? parts.length : i;
              }}
              formatter={money}
            />
            {parts.map((part) => (
              <Bar
                zIndex={0}
                key={part}
                dataKey={part}
                name={
                  part === 'equity' && offer.expectedEquity
                    ? 'Equity (expected)'
                    : PART_LABELS[part]
                }
                stackId="pay"
                fill={PART_COLORS[part]}
                isAnimationActive={false}
              />
            ))}
            {tax && (
              <Bar
                zIndex={0}
                dataKey="tax"
                name={TAX_LABEL}
                stackId="pay"
                fill={TAX_FILL}
                stroke="var(--chart-text)"
                isAnimationActive={false}
              />
            )}
            {/* The low–high range, on an axis of its own so that it lies over the pay's bar. */}
            {banded && <XAxis xAxisId="range" dataKey="year" hide />}
            {banded && (
              <Bar
                zIndex={0}
                xAxisId="range"
                dataKey="range"
                tooltipType="none"
                shape={RangeMark}
                isAnimationActive={false}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}, sameChart);
