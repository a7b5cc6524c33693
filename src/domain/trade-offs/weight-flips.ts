import { FACTORS, type Factor, type Weights } from '../document/schema';
import { weightSum, type ScoredOffer } from '../scoring/scoring';

export interface WeightFlip {
  /** The offer that would tie the leader. */
  offerId: string;
  company: string;
  factor: Factor;
  /** The factor's raw weight now. */
  from: number;
  /** The raw weight (0 to 100) at which the offer ties the leader, every other weight held. */
  to: number;
  /** How far that weight has to move: `|to - from|`. */
  move: number;
}

export interface WeightFlips {
  /** One entry per other offer and factor that can tie the leader within 0 to 100. */
  all: WeightFlip[];
  /** The smallest move of all: the margin of the decision. `null` when no weight can flip it. */
  smallest: WeightFlip | null;
}

/**
 * Factor scores closer than this count as equal: a difference left over by
 * rounding would otherwise give a meaningless, enormous flip weight.
 */
const SAME_SCORE = 1e-9;

/**
 * For each other offer B and factor f, the weight W_f* at which
 * sum_g W_g (F_A,g - F_B,g) = 0 with the other weights held (scoring.md §7):
 * W_f* = -sum_{g != f} W_g d_g / d_f.
 */
export const weightFlips = (
  leader: ScoredOffer,
  others: readonly ScoredOffer[],
  weights: Weights,
): WeightFlips => {
  const all: WeightFlip[] = [];
  // With every weight at 0 every total is 0 by convention: no weight "flips" anything.
  if (weightSum(weights) === 0) return { all, smallest: null };
  for (const other of others) {
    const d = (f: Factor) => leader.factors[f] - other.factors[f];
    const weighted = FACTORS.reduce((sum, f) => sum + weights[f] * d(f), 0);
    for (const factor of FACTORS) {
      const df = d(factor);
      if (Math.abs(df) <= SAME_SCORE) continue;
      const rest = weighted - weights[factor] * df;
      const to = -rest / df + 0; // + 0 turns -0 into 0
      if (!(to >= 0 && to <= 100)) continue;
      // Moving the only non-zero weight to 0 "ties" everyone at 0: not a real flip.
      if (weightSum(weights) - weights[factor] + to === 0) continue;
      const from = weights[factor];
      all.push({
        offerId: other.offerId,
        company: other.company,
        factor,
        from,
        to,
        move: Math.abs(to - from),
      });
    }
  }
  const smallest = all.reduce<WeightFlip | null>(
    (best, flip) => (best === null || flip.move < best.move ? flip : best),
    null,
  );
  return { all, smallest };
};
