import type { Offer, OfferTax } from '../document/schema';
import type { OfferPay } from '../pay/compensation';
import { LEAVE_EARLY_MONTHS, leaveEarly, type LeavingNow } from '../pay/leave-early';
import { netYears, taxChoice, type TaxSettings } from './net';
import { placeRules, type TaxRules } from './rules';

type TaxedOffer = OfferPay & Pick<Offer, 'currency'> & { tax?: Partial<OfferTax> | null };

/** Tax is owed in cents: an amount rounded to them, so a year's tax here is the yearly model's. */
const toCents = (amount: number) => Math.round(amount * 100) / 100;

/** The employment years leaving early covers: months 1 to 48. */
const LEAVING_YEARS = Math.ceil(LEAVE_EARLY_MONTHS.max / 12);

/**
 * Each of the first four years' tax as a share of the pay taxed in it
 * (income tax and social contributions over `wages`, scoring.md §11), from
 * the offer's place or own rate; or why it cannot be known.
 */
export type TaxShares = { ok: true; shares: readonly number[] } | { ok: false; reason: string };

/** Why an offer's pay after tax cannot be known with `rules`, or null when it can be tried. */
export const leavingTaxUnknown = (offer: TaxedOffer, rules: TaxRules): string | null => {
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none') return 'needs a tax place or your own tax rate';
  if (choice.kind === 'place' && !placeRules(rules, choice.place))
    return 'its tax rules are still loading';
  return null;
};

export const taxShares = (
  offer: TaxedOffer,
  settings: Pick<TaxSettings, 'household' | 'taxYear'>,
  rules: TaxRules,
): TaxShares => {
  const unknown = leavingTaxUnknown(offer, rules);
  if (unknown !== null) return { ok: false, reason: unknown };
  const choice = taxChoice(offer.tax);
  const place = choice.kind === 'place' ? (placeRules(rules, choice.place) ?? null) : null;
  const years = netYears(offer, { ...settings, horizonYears: LEAVING_YEARS }, place);
  if (!years) return { ok: false, reason: 'its pay after tax cannot be worked out' };
  return {
    ok: true,
    shares: years.map((y) => (y.wages > 0 ? (y.incomeTax + y.social) / y.wages : 0)),
  };
};

/** The tax on what leaving early leaves, in the offer's own currency. */
export interface LeavingTax {
  /** Tax on the pay received by then, each year's part at that year's share. */
  onPay: number;
  /** What a clawback repayment takes back: it lowers the pay taxed in the year of leaving. */
  relief: number;
}

/**
 * The tax on leaving at the end of month `months` (scoring.md §7, "Leaving
 * early after tax"). Each year's pay is taxed at the share of tax in that
 * year's full pay (the model's year; a person is taken to earn at the same
 * level for the rest of it), so at month 12·y the pay left after tax agrees
 * with the yearly model's first y years. Options a person buys after leaving
 * have their own tax (`exerciseTax`) and are not taxed again here.
 */
export const leavingTax = (
  offer: TaxedOffer,
  months: number,
  shares: readonly number[],
): LeavingTax => {
  const settings = { currency: offer.currency, exchangeRates: {} };
  const leaving = leaveEarly(offer, settings, months);
  const taxedBy = (month: number) =>
    month === 0 ? 0 : month === months ? leaving.taxed : leaveEarly(offer, settings, month).taxed;
  const shareOf = (year: number) => shares[Math.min(year, shares.length) - 1] ?? 0;
  let onPay = 0;
  for (let year = 1; 12 * (year - 1) < months; year++) {
    const received = taxedBy(Math.min(months, 12 * year)) - taxedBy(12 * (year - 1));
    onPay += shareOf(year) * received;
  }
  return {
    onPay: toCents(onPay),
    relief: toCents(shareOf(Math.ceil(months / 12)) * leaving.clawback),
  };
};

/**
 * What leaving the current job now gives up, after tax: each amount less
 * `share` of it (this year's share of tax; a repayment's tax comes back).
 */
export const afterTaxShare = (now: LeavingNow, share: number): LeavingNow => {
  const keep = 1 - share;
  return {
    currency: now.currency,
    unvestedEquity: now.unvestedEquity * keep,
    unpaidBonus: now.unpaidBonus * keep,
    repay: now.repay * keep,
    total: now.total * keep,
  };
};
