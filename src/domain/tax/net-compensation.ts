import { createSettings } from '../document/factory';
import type { Household, OfferTax } from '../document/schema';
import type { OfferPay } from '../pay/compensation';
import { netYears, taxChoice, type NetYear, type TaxSettings } from './net';
import { placeRules, type TaxRules } from './rules';
import type { YearRules } from './types';

/** Pay after tax year by year, with the words that say how it was worked out. */
export interface NetCompensation {
  years: NetYear[];
  /** "estimate · US federal + WA · 2026 rules · single" */
  label: string;
}

const HOUSEHOLD_WORDS: Record<Household, string> = {
  single: 'single',
  joint: 'married filing jointly',
};

/**
 * Net pay for any offer and settings, missing fields taking their defaults,
 * and its label: the place, the tax years whose rules were used and, where
 * it matters, the household. Null for an offer with no tax place or own
 * rate, or whose place is not among `rules`.
 */
export const netCompensationWith = (
  rules: TaxRules,
  offer: OfferPay & { tax?: Partial<OfferTax> | null },
  partial: Partial<TaxSettings> = {},
): NetCompensation | null => {
  const settings = { ...createSettings(), ...partial };
  const choice = taxChoice(offer.tax);
  const place = choice.kind === 'place' ? (placeRules(rules, choice.place) ?? null) : null;
  const years = netYears(offer, settings, place);
  if (years === null) return null;
  if (choice.kind !== 'place' || place === null) {
    const rate = choice.kind === 'rate' ? choice.ratePct : 0;
    return { years, label: `estimate · your own rate of ${rate} % · no social contributions` };
  }
  const used = [...new Set(years.map((y) => y.rules).filter((r): r is YearRules => r !== null))];
  const parts = ['estimate', place.name, `${used.map((r) => r.yearLabel).join(', ')} rules`];
  if (years.some((y) => y.rules?.year !== settings.taxYear + y.year - 1)) {
    parts[2] += ' (also for later years)';
  }
  if (place.householdMatters) parts.push(HOUSEHOLD_WORDS[settings.household]);
  return { years, label: parts.join(' · ') };
};
