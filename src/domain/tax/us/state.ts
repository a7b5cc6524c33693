import type { Household } from '../../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type Source, type TaxInput } from '../types';
import { SOURCES_2026, US_2026, federalYear } from './federal';

/**
 * A state that taxes wages: its own standard deduction and brackets on wages
 * less own 401(k) deferrals, an optional surtax on taxable income over a
 * line, and optional payroll contributions on wages (social).
 */
export interface StateRules {
  code: string;
  /** What the label adds after "US federal + ", e.g. "CA (2025 state tables)". */
  name: string;
  sources: readonly Source[];
  deduction: Record<Household, number>;
  brackets: Record<Household, readonly Bracket[]>;
  surtax?: { over: number; ratePct: number };
  /** Employee payroll contributions (social): each `pct` of wages, up to `cap` of wages if any. */
  payroll?: readonly { pct: number; cap?: number }[];
  /** Own 401(k) deferrals are taxed too (Pennsylvania). */
  taxesDeferrals?: true;
  /** New York's recapture of its lower brackets (Tax Law § 601(d)). */
  recapture?: true;
  /** A city's resident tax on the same taxable income (New York City). */
  city?: Record<Household, readonly Bracket[]>;
  /**
   * Exemptions that shrink as AGI (wages less own deferrals) grows, on top
   * of `deduction`: rows [AGI up to, amount]; over the last row, nothing.
   */
  agiDeduction?: Record<Household, readonly (readonly [number, number])[]>;
  /**
   * A deduction that phases out evenly as AGI passes `from`, gone `width`
   * later (South Carolina's income adjusted deduction).
   */
  phasedDeduction?: {
    amount: Record<Household, number>;
    from: Record<Household, number>;
    width: Record<Household, number>;
  };
  /**
   * The year's federal income tax is deducted too: all of it (Alabama), or
   * at most a cap that falls with AGI, rows [AGI up to, cap] (Oregon).
   */
  deductsFederalTax?: true | Record<Household, readonly (readonly [number, number])[]>;
  /** A credit that depends on AGI alone, rows [AGI up to, credit] (Oregon's exemption credit). */
  agiCredit?: Record<Household, readonly (readonly [number, number])[]>;
  /** A fixed tax owed as soon as taxable income passes `over` (Ohio's schedule). */
  step?: { over: number; amount: number };
  /** A credit of `amount` less `pct` of taxable income over `over`, never below 0 (Utah). */
  credit?: { amount: Record<Household, number>; over: Record<Household, number>; pct: number };
}

/**
 * New York's supplemental tax (§ 601(d)), as the tax computation worksheets
 * of the IT-201/IT-2105 instructions work it out for AGI over $107,650: from
 * the bracket holding $107,650 up, the bracket holding AGI is reached in
 * turn; over $50,000 of AGI from that bracket's start (from $107,650 for
 * the first) the tax moves from the schedule (plus what earlier steps took
 * back, the "recapture base") to that bracket's rate on all taxable income.
 * The recapture base is the previous rate on the bracket's start less the
 * schedule's tax there (the worksheets print it: $494 and $919 in 2015's
 * single ones). AGI here is wages less own
 * deferrals; the worksheets' rounding of the fraction to 4 places is not
 * copied.
 */
const recaptured = (b: readonly Bracket[], taxable: number, agi: number): number => {
  const sched = bracketTax(b, taxable);
  const first = 107_650;
  if (agi <= first) return sched;
  const at = (x: number) => b.findLastIndex((r) => r.from < x);
  const k0 = at(first);
  const k = Math.max(k0, at(agi));
  const start = (b[k] as Bracket).from;
  const base = k === k0 ? 0 : ((b[k - 1] as Bracket).ratePct * start) / 100 - bracketTax(b, start);
  const share = Math.min(1, (agi - (k === k0 ? first : start)) / 50_000);
  return sched + base + share * (((b[k] as Bracket).ratePct * taxable) / 100 - sched - base);
};

/** The amount of the first row whose AGI limit `agi` does not pass; 0 past the last. */
const byAgi = (rows: readonly (readonly [number, number])[] | undefined, agi: number): number =>
  rows?.find(([upTo]) => agi <= upTo)?.[1] ?? 0;

/** What is left of a phasing-out deduction (`StateRules.phasedDeduction`) at `agi`. */
const phasedOn = (d: StateRules['phasedDeduction'], agi: number, household: Household): number =>
  d
    ? d.amount[household] *
      Math.min(1, Math.max(0, 1 - (agi - d.from[household]) / d.width[household]))
    : 0;

/** The part of the federal income tax a state lets residents deduct (`StateRules.deductsFederalTax`). */
const federalDeduction = (
  rule: StateRules['deductsFederalTax'],
  federalIncomeTax: number,
  agi: number,
  household: Household,
): number =>
  rule === undefined
    ? 0
    : rule === true
      ? federalIncomeTax
      : Math.min(federalIncomeTax, byAgi(rule[household], agi));

/** A phasing-out credit (`StateRules.credit`) on `taxable`. */
const creditOn = (credit: StateRules['credit'], taxable: number, household: Household): number =>
  credit
    ? Math.max(
        0,
        credit.amount[household] -
          (Math.max(0, taxable - credit.over[household]) * credit.pct) / 100,
      )
    : 0;

/** Taxable income: AGI less every deduction and exemption the state allows. */
const taxableIncome = (
  state: StateRules,
  agi: number,
  household: Household,
  federalIncomeTax: number,
): number =>
  Math.max(
    0,
    agi -
      state.deduction[household] -
      byAgi(state.agiDeduction?.[household], agi) -
      phasedOn(state.phasedDeduction, agi, household) -
      federalDeduction(state.deductsFederalTax, federalIncomeTax, agi, household),
  );

const stateTax = (
  state: StateRules,
  input: TaxInput,
  household: Household,
  federalIncomeTax: number,
) => {
  const deferral = state.taxesDeferrals
    ? 0
    : Math.min(input.ownRetirement, US_2026.deferralLimit, input.wages);
  const agi = input.wages - deferral;
  const taxable = taxableIncome(state, agi, household, federalIncomeTax);
  const surtax = state.surtax
    ? (Math.max(0, taxable - state.surtax.over) * state.surtax.ratePct) / 100
    : 0;
  const step = state.step && taxable > state.step.over ? state.step.amount : 0;
  const b = state.brackets[household];
  const tax = state.recapture ? recaptured(b, taxable, agi) : bracketTax(b, taxable);
  return {
    incomeTax:
      Math.max(
        0,
        tax +
          step -
          creditOn(state.credit, taxable, household) -
          byAgi(state.agiCredit?.[household], agi),
      ) +
      surtax +
      (state.city ? bracketTax(state.city[household], taxable) : 0),
    social: (state.payroll ?? []).reduce(
      (sum, p) => sum + (Math.min(input.wages, p.cap ?? Infinity) * p.pct) / 100,
      0,
    ),
  };
};

export const withState = (state: StateRules): PlaceRules => {
  const fed = federalYear(US_2026, 2026, SOURCES_2026);
  return {
    place: `US-${state.code}`,
    name: `US federal + ${state.name}`,
    currency: 'USD',
    householdMatters: true,
    healthPreTax: true,
    years: [
      {
        ...fed,
        sources: [...fed.sources, ...state.sources],
        brackets: {
          ...fed.brackets,
          [`${state.code} single`]: state.brackets.single,
          [`${state.code} joint`]: state.brackets.joint,
          ...(state.city && { 'city single': state.city.single, 'city joint': state.city.joint }),
        },
        tax: (input, household) => {
          const f = fed.tax(input, household);
          const s = stateTax(state, input, household, f.incomeTax);
          // The states' payroll contributions (disability, family leave, transit) are other.
          return {
            incomeTax: f.incomeTax + s.incomeTax,
            social: f.social + s.social,
            socialParts: f.socialParts,
          };
        },
      },
    ],
  };
};

/** Lower edges of taxable income and rates, from pairs [from, ratePct]. */
export const table = (pairs: readonly (readonly [number, number])[]): Bracket[] =>
  pairs.map(([from, ratePct]) => ({ from, ratePct }));

/** A flat rate on wages less own deferrals and a deduction (or exemption). */
export const flat = (
  code: string,
  ratePct: number,
  deduction: Record<Household, number>,
  sources: readonly Source[],
  surtax?: StateRules['surtax'],
): StateRules => ({
  code,
  name: code,
  sources,
  deduction,
  brackets: { single: table([[0, ratePct]]), joint: table([[0, ratePct]]) },
  ...(surtax && { surtax }),
});
