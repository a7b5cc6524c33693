import { TIE_TOLERANCE } from '../scoring/ranking';
import { seededRandom } from './random';
import { FACTORS, type Weights } from '../document/schema';
import type { ScoredOffer } from '../scoring/scoring';

export interface WinProbability {
  offerId: string;
  company: string;
  /** Share of the draws in which the offer ranked first (0 to 1). */
  probability: number;
}

export const WIN_PROBABILITY_DRAWS = 2000;
/** Each raw weight is multiplied by a factor drawn uniformly from this range. */
export const WEIGHT_JITTER = { min: 0.75, max: 1.25 } as const;
/** Fixed so that the same document always gives the same figures. */
const SEED = 20_261_201;
/** The money's own sequence, apart from the weights', so that drawing it changes no weight. */
const MONEY_SEED = 20_261_202;

/**
 * How often each offer comes first when the weights wobble (scoring.md §7)
 * and, given `drawCompensation`, the money too: each draw then takes every
 * offer's compensation score from it, with a random sequence of its own, so
 * the weights drawn are the same either way. Factor scores do not depend on
 * the top-level weights, so only the weighted sum is redone per draw. Ties
 * for first split the draw evenly, so the shares add up to 1 whenever there
 * is at least one offer.
 */
export const winProbabilities = (
  scored: readonly ScoredOffer[],
  weights: Weights,
  drawCompensation?: ((random: () => number) => readonly number[]) | null,
): WinProbability[] => {
  const n = scored.length;
  const factorRows = scored.map((offer) => FACTORS.map((f) => offer.factors[f]));
  const wins = new Array<number>(n).fill(0);
  const totals = new Array<number>(n).fill(0);
  const drawn = FACTORS.map(() => 0);
  const random = seededRandom(SEED);
  const moneyRandom = seededRandom(MONEY_SEED);
  const span = WEIGHT_JITTER.max - WEIGHT_JITTER.min;

  for (let draw = 0; draw < WIN_PROBABILITY_DRAWS && n > 0; draw++) {
    let sum = 0;
    FACTORS.forEach((f, i) => {
      const w = weights[f] * (WEIGHT_JITTER.min + span * random());
      drawn[i] = w;
      sum += w;
    });
    const compensation = drawCompensation?.(moneyRandom);
    let best = -Infinity;
    for (let o = 0; o < n; o++) {
      let weighted = 0;
      const row = factorRows[o]!;
      // FACTORS[0] is compensation.
      if (compensation) row[0] = compensation[o]!;
      for (let i = 0; i < drawn.length; i++) weighted += drawn[i]! * row[i]!;
      totals[o] = sum === 0 ? 0 : weighted / sum;
      best = Math.max(best, totals[o]!);
    }
    let firsts = 0;
    for (let o = 0; o < n; o++) if (best - totals[o]! <= TIE_TOLERANCE) firsts++;
    for (let o = 0; o < n; o++) if (best - totals[o]! <= TIE_TOLERANCE) wins[o]! += 1 / firsts;
  }

  return scored.map((offer, o) => ({
    offerId: offer.offerId,
    company: offer.company,
    probability: wins[o]! / WIN_PROBABILITY_DRAWS,
  }));
};
