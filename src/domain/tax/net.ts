import type { Offer, OfferTax, Settings } from '../document/schema';
import { yearlyCompensation, type OfferPay } from '../pay/compensation';
import { placeRules, type TaxRules } from './rules';
import type { PlaceRules, YearRules } from './types';

/** One horizon year in the offer's currency: gross pay, what tax takes, what is left. */
export interface NetYear {
  year: number;
  gross: number;
  /** The part of `gross` taxed as pay: salary, bonus, one-time payments and equity at vest. */
  wages: number;
  incomeTax: number;
  social: number;
  net: number;
  /** The tax year's rules used (the newest published when later ones are not); null for an own rate. */
  rules: YearRules | null;
}

export type TaxSettings = Pick<Settings, 'horizonYears' | 'household' | 'taxYear'>;

/**
 * The person's own retirement contributions in a year: taken to be what earns
 * the whole match (`matchUpToPctOfSalary` of base), none without a match.
 */
export const ownRetirementOf = (c: OfferPay['compensation'], base: number): number =>
  c.employerMatchPct > 0 ? (base * c.matchUpToPctOfSalary) / 100 : 0;

/** The rules for a tax year: its own, else the newest before it, else the oldest. */
export const rulesFor = (place: PlaceRules, year: number): YearRules => {
  let chosen = place.years[0] as YearRules;
  for (const rules of place.years) if (rules.year <= year) chosen = rules;
  return chosen;
};

/** The tax an offer's settings point at: a place, an own rate, or nothing. */
export type TaxChoice =
  { kind: 'place'; place: string } | { kind: 'rate'; ratePct: number } | { kind: 'none' };

export const taxChoice = (tax: Partial<OfferTax> | null | undefined): TaxChoice => {
  if (tax?.place) return { kind: 'place', place: tax.place };
  if (typeof tax?.effectiveRatePct === 'number') {
    return { kind: 'rate', ratePct: tax.effectiveRatePct };
  }
  return { kind: 'none' };
};

/**
 * Pay after tax, year by year (scoring.md §11), for an offer whose tax is
 * `place` or an own rate. Salary, bonus, one-time payments and equity at
 * vest are ordinary income; the employer's retirement money and benefits are
 * not taxed now, so they pass to net as they are. The person's own
 * contributions are taken to be what earns the whole match
 * (`matchUpToPctOfSalary` of base), and lower the income taxed where the
 * place allows it.
 */
export const netYears = (
  offer: OfferPay & { tax?: Partial<OfferTax> | null },
  settings: TaxSettings,
  place: PlaceRules | null,
): NetYear[] | null => {
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none' || (choice.kind === 'place' && place === null)) return null;
  const c = offer.compensation;
  return yearlyCompensation(offer, settings).map((row): NetYear => {
    const wages = row.base + row.bonus + row.oneTime + row.equity;
    const ownRetirement = ownRetirementOf(c, row.base);
    let due = { incomeTax: 0, social: 0 };
    let rules: YearRules | null = null;
    if (choice.kind === 'rate') {
      due = { incomeTax: (wages * choice.ratePct) / 100, social: 0 };
    } else if (place) {
      rules = rulesFor(place, settings.taxYear + row.year - 1);
      due = rules.tax({ wages, ownRetirement }, settings.household);
    }
    return {
      year: row.year,
      gross: row.total,
      wages,
      incomeTax: due.incomeTax,
      social: due.social,
      net: row.total - due.incomeTax - due.social,
      rules,
    };
  });
};

/** Why an offer naming a place cannot be compared after tax while its rules are not at hand. */
export const TAX_RULES_LOADING = 'Its tax rules are still loading.';

/** Each horizon year's pay after tax in the offer's currency, or why it cannot be known. */
export type NetPay = { ok: true; years: readonly number[] } | { ok: false; reason: string };

/** Net pay of a complete offer with `rules` at hand, or why it cannot be known. */
export const netPay = (offer: Offer, settings: TaxSettings, rules: TaxRules): NetPay => {
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none') {
    return {
      ok: false,
      reason: 'Needs a tax place or your own tax rate to be compared after tax.',
    };
  }
  const place = choice.kind === 'place' ? (placeRules(rules, choice.place) ?? null) : null;
  if (choice.kind === 'place' && !place) return { ok: false, reason: TAX_RULES_LOADING };
  const years = netYears(offer, settings, place);
  return years
    ? { ok: true, years: years.map((y) => y.net) }
    : { ok: false, reason: 'Its pay after tax cannot be worked out.' };
};
