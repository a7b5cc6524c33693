import { TIE_TOLERANCE } from '../scoring/ranking';
import { MONEY_LIMIT, type Offer, type Settings } from '../document/schema';
import {
  meanCompensation,
  totalScore,
  type PaySettings,
  type ScoredOffer,
} from '../scoring/scoring';
import type { TaxRules } from '../tax/rules';

export interface BreakEven {
  offerId: string;
  company: string;
  /** The offer's own currency: the raise is in it. */
  currency: string;
  baseSalary: number;
  /**
   * The smallest raise of the base salary, a multiple of 100, after which the
   * offer ties or leads the current leader; 0 when it already ties; `null`
   * when salary alone cannot get it there.
   */
  raise: number | null;
}

/** Raises are rounded up to this step, in the offer's own currency. */
export const RAISE_STEP = 100;

export interface BreakEvenInput {
  leader: ScoredOffer;
  challenger: ScoredOffer;
  challengerOffer: Offer;
  /** Every scored offer, the two above included. */
  scored: readonly ScoredOffer[];
  settings: Settings;
  /** The tax rules the offers were scored with. */
  rules: TaxRules;
  /**
   * The challenger's mean pay `M` with its base salary at the amount given,
   * as `meanCompensation` works it out; a caller may hand in one that
   * remembers its answers for the offer, so the next weight step's bisection,
   * which mostly asks the same salaries, works few of them out again.
   */
  meanAt?: SalaryMean;
}

/** An offer's mean yearly pay `M` with its base salary at `baseSalary` (null: cannot be worked out). */
export type SalaryMean = (offer: Offer, baseSalary: number) => number | null;

/** `meanCompensation` of the offer with another base salary. */
export const salaryMean =
  (settings: PaySettings, rules: TaxRules): SalaryMean =>
  (offer, baseSalary) =>
    meanCompensation(
      { ...offer, compensation: { ...offer.compensation, baseSalary } },
      settings,
      rules,
    );

/**
 * Builds "challenger's total minus leader's total" as a function of the
 * challenger's base salary. Only the compensation utility moves, and it moves
 * for everyone once the challenger becomes the best paid (100 * M / max M),
 * so the leader's score is recomputed too; other factors do not depend on pay.
 */
const gapAt = ({
  leader,
  challenger,
  challengerOffer,
  scored,
  settings,
  rules,
  meanAt = salaryMean(settings, rules),
}: BreakEvenInput) => {
  const othersMax = scored.reduce(
    (max, s) => (s.offerId === challenger.offerId ? max : Math.max(max, s.meanCompensation)),
    0,
  );
  return (baseSalary: number): number => {
    // The rate is known: the challenger was scored.
    const mean = meanAt(challengerOffer, baseSalary) ?? 0;
    const max = Math.max(othersMax, mean);
    const utility = (m: number) => (max === 0 ? 0 : (100 * m) / max);
    const total = (s: ScoredOffer, m: number) =>
      totalScore({ ...s.factors, compensation: utility(m) }, settings.weights);
    return total(challenger, mean) - total(leader, leader.meanCompensation);
  };
};

/**
 * The break-even raise (scoring.md §7). The challenger's lead over the leader
 * never falls as its salary rises, so the smallest sufficient multiple of 100
 * is found by bisection. Whether any raise suffices is settled first: as the
 * salary grows without bound the challenger's pay utility tends to 100 and
 * the leader's to 0, and a salary must stay below the money limit.
 */
export const breakEvenRaise = (input: BreakEvenInput): number | null => {
  const { leader, challenger, challengerOffer, settings } = input;
  const gap = gapAt(input);
  const base = challengerOffer.compensation.baseSalary;
  const enough = (steps: number) => gap(base + steps * RAISE_STEP) >= -TIE_TOLERANCE;
  if (enough(0)) return 0;

  const { weights } = settings;
  const limit =
    totalScore({ ...challenger.factors, compensation: 100 }, weights) -
    totalScore({ ...leader.factors, compensation: 0 }, weights);
  if (weights.compensation === 0 || limit < -TIE_TOLERANCE) return null;

  // The highest salary the document can hold is just below the money limit.
  const maxSteps = Math.ceil((MONEY_LIMIT - base) / RAISE_STEP) - 1;
  if (maxSteps < 1 || !enough(maxSteps)) return null;

  let lo = 0; // not enough
  let hi = maxSteps; // enough
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (enough(mid)) hi = mid;
    else lo = mid;
  }
  return hi * RAISE_STEP;
};
