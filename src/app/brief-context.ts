import type { Offer, TradeoffDocument } from '../domain/document/schema';
import { privateOutlook } from '../domain/pay/equity-outlook';
import { taxPlaceLabel } from '../domain/tax/places';
import type { BriefContextLine } from '../features/brief/brief-data';
import type { StayingText } from '../features/insights/staying-sentences';
import { formatMoney, formatNumber, formatPercent } from '../lib/format';
import { isolate } from '../lib/isolate';

/*
 * What a reader of the brief needs to take its figures as they are meant: the
 * basis of pay and its horizon, the currency and the rates, the tax places,
 * each equity grant in one line, and the comparison with staying.
 */

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);

/** "After tax (estimates), a year on average over 4 years, in USD". */
const basisLine = ({ settings }: TradeoffDocument): string =>
  `${settings.compareOn === 'net' ? 'After tax (estimates from each offer’s tax place or own rate)' : 'Before tax'}, a year on average over ${years(settings.horizonYears)}, adjusted for cost of living, in ${settings.currency}.`;

/** "1 EUR = 1.08 USD", for each currency an offer is in other than the display one. */
const ratesLine = ({ offers, settings }: TradeoffDocument): string[] => {
  const foreign = [...new Set(offers.map((o) => o.currency))].filter(
    (c) => c !== settings.currency,
  );
  const line = foreign
    .map((currency) => {
      const rate = settings.exchangeRates[currency];
      return rate === undefined
        ? `${currency}: no rate set (left out of the ranking)`
        : `1 ${currency} = ${formatNumber(rate, 6)} ${settings.currency}`;
    })
    .join(' · ');
  return line ? [line] : [];
};

const taxOf = (offer: Offer): string => {
  if (offer.tax?.place) return taxPlaceLabel(offer.tax.place);
  if (offer.tax?.effectiveRatePct != null)
    return `own rate ${formatPercent(offer.tax.effectiveRatePct, 1)}`;
  return 'none given';
};

const taxLine = ({ offers, settings }: TradeoffDocument): string[] => {
  if (settings.compareOn !== 'net' || offers.length === 0) return [];
  const places = offers.map((o) => `${isolate(o.company)}: ${taxOf(o)}`).join('; ');
  const household = settings.household === 'joint' ? 'married filing jointly' : 'single';
  return [`${places}. Household: ${household}; tax year ${settings.taxYear}.`];
};

const vesting = (schedule: readonly number[], cliffMonths: number) =>
  `vesting ${schedule.map((p) => formatNumber(p, 1)).join('/')} % over ${years(schedule.length)}${cliffMonths > 0 ? `, ${cliffMonths}-month cliff` : ''}`;

/** One grant in a line, in the offer's currency; null without equity. */
export const grantLine = (offer: Offer): string | null => {
  const { equity } = offer.compensation;
  if (equity.kind === 'none') return null;
  const money = (amount: number, digits: 'whole' | 'cents' = 'whole') =>
    formatMoney(amount, offer.currency, undefined, digits);
  const count = formatNumber(equity.shares, 0);
  const schedule = vesting(equity.vestingSchedule, equity.cliffMonths);
  const refresh =
    equity.annualRefresher > 0 ? `; refreshers ${money(equity.annualRefresher)} a year` : '';
  const outlook = privateOutlook(equity);
  if (outlook) {
    const what =
      equity.kind === 'options'
        ? `${count} options at a ${money(equity.strikePrice, 'cents')} strike`
        : `${count} RSUs`;
    const worth =
      outlook.outcomes.length === 0
        ? 'no exit scenario, so it counts as nothing'
        : `${money(outlook.expected)} expected for the whole grant at exit, before tax`;
    return `${what} in a private company (${formatNumber(outlook.ownershipPct, 3)} % of it today), ${schedule}: ${worth}${refresh}.`;
  }
  if (equity.kind === 'options')
    return `${count} options at a ${money(equity.strikePrice, 'cents')} strike, shares ${money(equity.sharePrice, 'cents')} today, ${schedule}${refresh}.`;
  return `RSUs worth ${money(equity.grantValue)} at grant, ${schedule}${refresh}.`;
};

/** "Acme is the current job. Globex pays $18,400 a year more than staying, after tax. …" */
const stayingLine = (staying: StayingText | null): string[] => {
  if (!staying || staying.lines.length === 0) return [];
  const lines = staying.lines.map((line) => `${isolate(line.company)} ${line.text}`);
  return [
    `${isolate(staying.current)} is the current job.`,
    ...lines,
    staying.leaving ?? '',
  ].filter(Boolean);
};

/** The brief's "What the figures are" lines, in reading order; lines with nothing to say are left out. */
export const briefContext = (
  document: TradeoffDocument,
  staying: StayingText | null,
): BriefContextLine[] => {
  const grants = document.offers.flatMap((offer) => {
    const line = grantLine(offer);
    return line ? [`${isolate(offer.company)}: ${line}`] : [];
  });
  const parts: BriefContextLine[] = [
    { label: 'Pay', lines: [basisLine(document)] },
    { label: 'Exchange rates', lines: ratesLine(document) },
    { label: 'Tax', lines: taxLine(document) },
    { label: 'Equity', lines: grants },
    { label: 'Against staying', lines: stayingLine(staying) },
  ];
  return parts.filter((part) => part.lines.length > 0);
};
