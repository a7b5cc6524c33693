import { TIE_TOLERANCE } from './ranking';
import { seededRandom } from './random';
import { FACTORS, type Weights } from './schema';
import type { ScoredOffer } from './scoring';

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

/**
 * How often each offer comes first when the weights wobble (scoring.md §7).
 * Factor scores do not depend on the top-level weights, so only the weighted
 * sum is redone per draw. Ties for first split the draw evenly, so the
 * shares add up to 1 whenever there is at least one offer.
 */
export const winProbabilities = (
  scored: readonly ScoredOffer[],
  weights: Weights,
): WinProbability[] => {
  const n = scored.length;
  const factorRows = scored.map((offer) => FACTORS.map((f) => offer.factors[f]));
  const wins = new Array<number>(n).fill(0);
  const totals = new Array<number>(n).fill(0);
  const drawn = FACTORS.map(() => 0);
  const random = seededRandom(SEED);
  const span = WEIGHT_JITTER.max - WEIGHT_JITTER.min;

  for (let draw = 0; draw < WIN_PROBABILITY_DRAWS && n > 0; draw++) {
    let sum = 0;
    FACTORS.forEach((f, i) => {
      const w = weights[f] * (WEIGHT_JITTER.min + span * random());
      drawn[i] = w;
      sum += w;
    });
    let best = -Infinity;
    for (let o = 0; o < n; o++) {
      let weighted = 0;
      const row = factorRows[o]!;
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
