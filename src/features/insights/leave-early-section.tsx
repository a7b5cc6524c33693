import { memo, useId, useState } from 'react';
import { LEAVE_EARLY_MONTHS } from '../../domain/pay/leave-early';
import { offerColor } from '../../components/palette';
import { formatMoney, formatNumber } from '../../lib/format';
import type { ExerciseTax } from '../../domain/tax/exercise';
import { ChartSkeleton } from '../../components/chart-skeleton';
import { Swatch } from '../../components/chart-legend';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { ScrollRegion } from '../../components/scroll-region';
import type { LeaveEarlyChartData, LeaveEarlyPoint, LeaveEarlySeries } from './leave-early-rows';
import { Isolated, UserText } from '../../components/isolated';
import { isolate } from '../../lib/isolate';

// The panel's line chart loads on its own: the rest of the panel shows without it.
const LeaveEarlyChart = retryableLazy(
  () => import('./leave-early-chart'),
  (m) => m.LeaveEarlyChart,
);

/** A year: the first cliff and the usual clawback period. */
const DEFAULT_MONTH = 12;

const monthsText = (months: number) => `${months} ${months === 1 ? 'month' : 'months'}`;

/** What the tax on buying the options adds, in words (scoring.md §12). */
const exerciseTaxText = (tax: ExerciseTax, money: (amount: number) => string): string => {
  switch (tax.kind) {
    case 'taxed':
      return tax.own
        ? ` plus ${money(tax.tax)} of tax on the ${money(tax.spread)} they are worth over their price (your own rate, ${formatNumber(tax.ratePct, 1)} %)`
        : ` plus ${money(tax.tax)} of tax on the ${money(tax.spread)} they are worth over their price (US, non-qualified options: ${formatNumber(tax.ratePct, 1)} % at the margin of that year's pay)`;
    case 'iso':
      return ` (incentive stock options: no regular tax when bought, but the alternative minimum tax may be due on the ${money(tax.spread)} they are worth over their price, not counted here)`;
    case 'unknown':
      return tax.why === 'outside-us'
        ? ` (tax on buying them is not counted outside the US)`
        : tax.why === 'loading'
          ? ` (tax on buying them is counted once the tax rules have loaded)`
          : ` (give a tax place or your own rate to count the tax on buying them)`;
    case 'none':
      return '';
  }
};

/**
 * What keeping an offer's vested options takes. A private company's are
 * bought whether an exit comes or not, and bring money only at one.
 */
const exerciseText = (
  { company, exerciseWindowDays: days }: LeaveEarlySeries,
  { exerciseCost: cost, exerciseWorth: worth, exerciseTax: tax, vested }: LeaveEarlyPoint,
  money: (amount: number) => string,
): string => {
  const taxDue = tax.kind === 'taxed' ? tax.tax : 0;
  const pay = `${money(cost)}${exerciseTaxText(tax, money)} within ${days} days of leaving`;
  const who = isolate(company);
  const total = cost + taxDue;
  if (worth === null)
    return `To keep ${who}’s vested options you would pay ${pay}; your vested equity may then be worth ${money(vested)}. Tax on exercising is not counted.`;
  return worth > total
    ? `To keep ${who}’s vested options you would pay ${pay}, exit or not; on your exit scenarios they bring ${money(worth)} on average, ${money(worth - total)} more than they cost.`
    : `Buying ${who}’s vested options would cost ${pay} and bring ${money(worth)} on average on your exit scenarios: not worth it in expectation, so they count as nothing here.`;
};

type MonthRow = { s: LeaveEarlySeries; point: LeaveEarlyPoint };

/** The amounts behind each line at the month picked, best first. */
const LeaveEarlyTable = ({
  at,
  month,
  afterTax,
  money,
}: {
  at: readonly MonthRow[];
  month: number;
  afterTax: boolean;
  money: (amount: number) => string;
}) => {
  // The column earns its place only while some bonus would go back.
  const anyClawback = at.some(({ point }) => point.clawback > 0);
  const anyExercise = at.some(({ point }) => point.exerciseCost > 0);
  // After tax, the pay columns stay before tax and the tax is its own column.
  const gross = afterTax ? ', before tax' : '';
  return (
    <ScrollRegion className="table-wrap" label="If you leave early, the numbers">
      <table className="data-table leave-early-table">
        <caption>
          Leaving after {monthsText(month)}, {afterTax ? 'after tax' : 'before tax'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Offer</th>
            <th scope="col">You keep{afterTax && ', after tax'}</th>
            <th scope="col">Pay received{gross}</th>
            <th scope="col">Equity vested{gross}</th>
            {afterTax && <th scope="col">Tax</th>}
            {anyClawback && <th scope="col">Paid back</th>}
            {anyExercise && <th scope="col">Cash to keep options</th>}
          </tr>
        </thead>
        <tbody>
          {at.map(({ s, point }) => (
            <tr key={s.key}>
              <th scope="row">
                <span className="insight-offer">
                  <Swatch color={offerColor(s.colorIndex)} />
                  <UserText>{s.company}</UserText>
                </span>
              </th>
              <td className="num leave-early-net">{money(point.net)}</td>
              <td className="num">{money(point.paid)}</td>
              <td className="num">{money(point.vested)}</td>
              {afterTax && (
                <td className="num">
                  {point.tax - point.taxBack > 0 ? `−${money(point.tax - point.taxBack)}` : '—'}
                </td>
              )}
              {anyClawback && (
                <td className="num">{point.clawback > 0 ? `−${money(point.clawback)}` : '—'}</td>
              )}
              {anyExercise && (
                <td className="num">{point.exerciseCost > 0 ? money(point.exerciseCost) : '—'}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
};

/** The offers the chart leaves out, and why. */
const LeftOut = ({ data }: { data: LeaveEarlyChartData }) => {
  const { excluded, untaxed, omitted, series } = data;
  if (excluded.length === 0 && untaxed.length === 0 && omitted === 0) return null;
  return (
    <p className="muted small">
      {excluded.length > 0 && (
        <Isolated
          text={`Not shown without an exchange rate: ${excluded.map((e) => `${isolate(e.company)} (${e.currency})`).join(', ')}. `}
        />
      )}
      {untaxed.length > 0 && (
        <Isolated
          text={`Not shown after tax: ${untaxed.map((e) => `${isolate(e.company)} (${e.reason})`).join(', ')}. `}
        />
      )}
      {omitted > 0 &&
        `Showing the ${series.length} best-ranked offers; ${omitted} more are left out.`}
    </p>
  );
};

/**
 * "What if I leave after N months?": the chart over 1–48 months and, for the
 * month picked on the slider, the amounts behind each offer's line.
 */
export const LeaveEarlySection = memo(function LeaveEarlySection({
  data,
}: {
  data: LeaveEarlyChartData;
}) {
  const headingId = useId();
  const sliderId = useId();
  const [month, setMonth] = useState(DEFAULT_MONTH);
  const { series, currency, excluded, afterTax } = data;
  const money = (amount: number) => formatMoney(amount, currency);
  const at = series
    .map((s) => ({ s, point: s.points[month - LEAVE_EARLY_MONTHS.min]! }))
    .sort((a, b) => b.point.net - a.point.net);
  // Options must be bought within their window after leaving, or they are lost.
  const toExercise = at.filter(({ point }) => point.exerciseCost > 0);

  return (
    <section className="insight-section" aria-labelledby={headingId}>
      <h3 id={headingId}>If you leave early</h3>
      <p className="small muted">
        {afterTax
          ? `What you keep is after tax (the tax on the pay received by then, at each year’s share of tax), in ${currency}.`
          : `Amounts before tax, in ${currency}.`}
      </p>
      {series.length === 0 ? (
        <p className="muted small">
          {excluded.length > 0
            ? 'Set the missing exchange rates to see what each offer leaves you with.'
            : 'Give the offers a tax place or your own tax rate to see what each leaves you with after tax.'}
        </p>
      ) : (
        <>
          <PanelBoundary
            name="The leave-early chart"
            loading={<ChartSkeleton height={360} label="Loading the leave-early chart" />}
          >
            <LeaveEarlyChart data={data} month={month} />
          </PanelBoundary>
          <div className="leave-early-month">
            <label htmlFor={sliderId}>Leave after</label>
            <input
              id={sliderId}
              type="range"
              min={LEAVE_EARLY_MONTHS.min}
              max={LEAVE_EARLY_MONTHS.max}
              step={1}
              value={month}
              aria-valuetext={monthsText(month)}
              onChange={(event) => setMonth(Number(event.target.value))}
            />
            <output htmlFor={sliderId} className="num">
              {monthsText(month)}
            </output>
          </div>
          <LeaveEarlyTable at={at} month={month} afterTax={afterTax} money={money} />
          {toExercise.map(({ s, point }) => (
            <p key={s.key} className="small leave-early-exercise">
              <Isolated text={exerciseText(s, point, money)} />
            </p>
          ))}
        </>
      )}
      <LeftOut data={data} />
    </section>
  );
});
