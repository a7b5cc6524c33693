import type { Offer, OfferTax, Settings } from '../document/schema';
import { yearlyCompensation, type OfferPay } from '../pay/compensation';
import { ownRetirementOf, rulesFor, taxChoice } from './net';
import { placeRules, type TaxRules } from './rules';

/**
 * The tax due on buying a private company's vested options after leaving
 * (docs/scoring.md §12), where Tradeoff knows it:
 * - `taxed`: US non-qualified options (or of a kind not given): the spread
 *   over the 409A price is pay of the year of leaving, taxed at the margin of
 *   that year's pay by the offer's place (income tax and payroll taxes), or
 *   at the offer's own rate;
 * - `iso`: US incentive stock options: no regular tax when bought; the
 *   alternative minimum tax may apply and is not worked out;
 * - `unknown`: outside the US, or with no tax place or own rate, or rules not
 *   loaded: not counted, and said so;
 * - `none`: no spread (the 409A price at or under the strike), or no private
 *   company's options.
 */
export type ExerciseTax =
  | { kind: 'none' }
  | { kind: 'taxed'; spread: number; tax: number; ratePct: number; own: boolean }
  | { kind: 'iso'; spread: number }
  | { kind: 'unknown'; spread: number; why: 'outside-us' | 'no-tax' | 'loading' };

export type ExerciseSettings = Pick<Settings, 'household' | 'taxYear'>;

type TaxedOffer = OfferPay & { tax?: Partial<OfferTax> | null };

/** A place's income tax and payroll taxes on a year's wages. */
const dueOn = (
  year: ReturnType<typeof rulesFor>,
  wages: number,
  ownRetirement: number,
  household: Settings['household'],
) => {
  const due = year.tax({ wages, ownRetirement }, household);
  return due.incomeTax + due.social;
};

/**
 * The tax on buying `vestedOptions` options on leaving at the end of month
 * `months` (1–48), in the offer's currency.
 */
export const exerciseTax = (
  offer: TaxedOffer & Pick<Offer, 'currency'>,
  settings: ExerciseSettings,
  rules: TaxRules,
  months: number,
  vestedOptions: number,
): ExerciseTax => {
  const { equity } = offer.compensation;
  if (equity.kind !== 'options' || equity.market !== 'private') return { kind: 'none' };
  const spread = vestedOptions * Math.max(0, equity.private.commonPrice - equity.strikePrice);
  if (spread <= 0) return { kind: 'none' };
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none') return { kind: 'unknown', spread, why: 'no-tax' };
  if (choice.kind === 'place' && !choice.place.startsWith('US-'))
    return { kind: 'unknown', spread, why: 'outside-us' };
  if (equity.private.optionType === 'iso') return { kind: 'iso', spread };
  if (choice.kind === 'rate') {
    const tax = (spread * choice.ratePct) / 100;
    return { kind: 'taxed', spread, tax, ratePct: choice.ratePct, own: true };
  }
  const place = placeRules(rules, choice.place);
  if (!place) return { kind: 'unknown', spread, why: 'loading' };
  // The year of leaving: its pay and its rules, the spread on top.
  const y = Math.ceil(months / 12);
  const row = yearlyCompensation(offer, { horizonYears: y })[y - 1];
  // The year's pay as if earned in full (the rest of it elsewhere); the grant itself is not pay.
  const wages = row ? row.base + row.bonus + row.oneTime : 0;
  const ownRetirement = row ? ownRetirementOf(offer.compensation, row.base) : 0;
  const year = rulesFor(place, settings.taxYear + y - 1);
  const tax =
    dueOn(year, wages + spread, ownRetirement, settings.household) -
    dueOn(year, wages, ownRetirement, settings.household);
  return { kind: 'taxed', spread, tax, ratePct: (tax / spread) * 100, own: false };
};

/** The cash the tax adds to buying the options: 0 where it is not counted. */
export const exerciseTaxDue = (tax: ExerciseTax): number => (tax.kind === 'taxed' ? tax.tax : 0);
