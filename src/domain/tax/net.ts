// Through the core barrel, not its modules: a lazy chunk that reached into
// single modules would split the first render's domain chunk in two (+1 kB).
import {
  createSettings,
  installNetCalculator,
  yearlyCompensation,
  type Household,
  type NetPay,
  type Offer,
  type OfferPay,
  type OfferTax,
  type Settings,
} from '../core';
import type { PlaceRules, YearRules } from './types';

/** One horizon year in the offer's currency: gross pay, what tax takes, what is left. */
export interface NetYear {
  year: number;
  gross: number;
  incomeTax: number;
  social: number;
  net: number;
  /** The tax year whose rules were used (the newest published when later ones are not). */
  rulesYear: number | null;
}

export interface NetCompensation {
  years: NetYear[];
  /** "estimate · US federal + WA · 2026 rules · single" */
  label: string;
}

export type TaxSettings = Pick<Settings, 'horizonYears' | 'household' | 'taxYear'>;

/** The rules for a tax year: its own, else the newest before it, else the oldest. */
export const rulesFor = (place: PlaceRules, year: number): YearRules => {
  let chosen = place.years[0] as YearRules;
  for (const rules of place.years) if (rules.year <= year) chosen = rules;
  return chosen;
};

const HOUSEHOLD_WORDS: Record<Household, string> = {
  single: 'single',
  joint: 'married filing jointly',
};

const rulesWords = (used: readonly YearRules[]): string =>
  `${[...new Set(used)].map((r) => r.yearLabel).join(', ')} rules`;

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
): NetCompensation | null => {
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none' || (choice.kind === 'place' && place === null)) return null;
  const c = offer.compensation;
  const used: YearRules[] = [];
  const years = yearlyCompensation(offer, settings).map((row): NetYear => {
    const wages = row.base + row.bonus + row.oneTime + row.equity;
    const ownRetirement = c.employerMatchPct > 0 ? (row.base * c.matchUpToPctOfSalary) / 100 : 0;
    let due = { incomeTax: 0, social: 0 };
    let rulesYear: number | null = null;
    if (choice.kind === 'rate') {
      due = { incomeTax: (wages * choice.ratePct) / 100, social: 0 };
    } else if (place) {
      const rules = rulesFor(place, settings.taxYear + row.year - 1);
      used.push(rules);
      rulesYear = rules.year;
      due = rules.tax({ wages, ownRetirement }, settings.household);
    }
    return {
      year: row.year,
      gross: row.total,
      incomeTax: due.incomeTax,
      social: due.social,
      net: row.total - due.incomeTax - due.social,
      rulesYear,
    };
  });
  let label: string;
  if (choice.kind === 'rate') {
    label = `estimate · your own rate of ${choice.ratePct} % · no social contributions`;
  } else {
    const p = place as PlaceRules;
    const parts = ['estimate', p.name, rulesWords(used)];
    const reused = years.some((y) => y.rulesYear !== settings.taxYear + y.year - 1);
    if (reused) parts[2] += ' (also for later years)';
    if (p.householdMatters) parts.push(HOUSEHOLD_WORDS[settings.household]);
    label = parts.join(' · ');
  }
  return { years, label };
};

/** The loaded places, by id. */
export type TaxRules = ReadonlyMap<string, PlaceRules>;

/** Net pay of a complete offer with `rules` loaded, or why it cannot be known. */
export const netPay = (offer: Offer, settings: Settings, rules: TaxRules): NetPay => {
  const choice = taxChoice(offer.tax);
  if (choice.kind === 'none') {
    return {
      ok: false,
      reason: 'Needs a tax place or your own tax rate to be compared after tax.',
    };
  }
  const place = choice.kind === 'place' ? (rules.get(choice.place) ?? null) : null;
  if (choice.kind === 'place' && !place) {
    return { ok: false, reason: `No tax rules are loaded for ${choice.place}.` };
  }
  const result = netYears(offer, settings, place);
  return result
    ? { ok: true, years: result.years.map((y) => y.net) }
    : { ok: false, reason: 'Its pay after tax cannot be worked out.' };
};

const loaded = new Map<string, PlaceRules>();
let loadedSnapshot: TaxRules = new Map();

/** The places loaded so far (what scoring uses too). */
export const loadedTaxRules = (): TaxRules => loadedSnapshot;

/** Adds places to the loaded rules and gives scoring the calculator over all of them. */
export const registerTaxPlaces = (places: readonly PlaceRules[]): TaxRules => {
  for (const place of places) loaded.set(place.place, place);
  const snapshot: TaxRules = new Map(loaded);
  loadedSnapshot = snapshot;
  installNetCalculator((offer, settings) => netPay(offer, settings, snapshot));
  return snapshot;
};

/** Net pay for any offer and settings, missing fields taking their defaults. */
export const netCompensationWith = (
  rules: TaxRules,
  offer: OfferPay & { tax?: Partial<OfferTax> | null },
  settings: Partial<TaxSettings> = {},
): NetCompensation | null => {
  const choice = taxChoice(offer.tax);
  const place = choice.kind === 'place' ? (rules.get(choice.place) ?? null) : null;
  return netYears(offer, { ...createSettings(), ...settings }, place);
};
