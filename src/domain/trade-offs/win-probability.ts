import { TIE_TOLERANCE } from '../scoring/ranking';
import { runSteps, type Steps } from '../steps';
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
/** Weightings drawn between two pauses of `winProbabilitySteps`. */
const DRAWS_PER_STEP = 50;
/** Fixed so that the same document always gives the same figures. */
const SEED = 20_261_201;
/**
 * The money's own seed, apart from the weights', so that drawing it changes
 * no weight; each offer's sequence mixes its id into it (money-uncertainty.ts).
 */
export const MONEY_SEED = 20_261_202;

/**
 * How often each offer comes first when the weights wobble (scoring.md §7)
 * and, given `pay`, the money too: per scored offer, its mean yearly pay `M`
 * in each draw (null where it is sure), so each draw takes every offer's
 * compensation score as `100 × M / max M` of that draw. The pay is drawn
 * apart from the weights, so a weight step reuses it. Factor scores do not
 * depend on the top-level weights, so only the weighted sum is redone per
 * draw. Ties for first split the draw evenly, so the shares add up to 1
 * whenever there is at least one offer. Pauses after every 50 draws.
 */
export function* winProbabilitySteps(
  scored: readonly ScoredOffer[],
  weights: Weights,
  pay?: readonly (Float64Array | null)[] | null,
): Steps<WinProbability[]> {
  const n = scored.length;
  const k = FACTORS.length;
  // Row-major factor scores: offer o's factor i at o * k + i (FACTORS[0] is compensation).
  const factors = new Float64Array(n * k);
  scored.forEach((offer, o) => FACTORS.forEach((f, i) => (factors[o * k + i] = offer.factors[f])));
  const drawnPay = pay?.some((row) => row !== null) ? pay : null;
  const means = Float64Array.from(scored, (offer) => offer.meanCompensation);
  const wins = new Float64Array(n);
  const totals = new Float64Array(n);
  const drawn = new Float64Array(k);
  const random = seededRandom(SEED);
  const span = WEIGHT_JITTER.max - WEIGHT_JITTER.min;

  /** One weighting drawn: who comes first in it. */
  const drawOne = (draw: number) => {
    let sum = 0;
    for (let i = 0; i < k; i++) {
      const w = weights[FACTORS[i]!] * (WEIGHT_JITTER.min + span * random());
      drawn[i] = w;
      sum += w;
    }
    let max = 0;
    if (drawnPay) {
      for (let o = 0; o < n; o++) {
        const row = drawnPay[o];
        if (row) means[o] = row[draw]!;
        max = Math.max(max, means[o]!);
      }
    }
    let best = -Infinity;
    for (let o = 0; o < n; o++) {
      const at = o * k;
      if (drawnPay) factors[at] = max === 0 ? 0 : 100 * (means[o]! / max);
      let weighted = 0;
      for (let i = 0; i < k; i++) weighted += drawn[i]! * factors[at + i]!;
      totals[o] = sum === 0 ? 0 : weighted / sum;
      best = Math.max(best, totals[o]!);
    }
    let firsts = 0;
    for (let o = 0; o < n; o++) if (best - totals[o]! <= TIE_TOLERANCE) firsts++;
    for (let o = 0; o < n; o++) if (best - totals[o]! <= TIE_TOLERANCE) wins[o]! += 1 / firsts;
  };
  for (let draw = 0; draw < WIN_PROBABILITY_DRAWS && n > 0; draw++) {
    drawOne(draw);
    if (draw % DRAWS_PER_STEP === DRAWS_PER_STEP - 1) yield;
  }

  return scored.map((offer, o) => ({
    offerId: offer.offerId,
    company: offer.company,
    probability: wins[o]! / WIN_PROBABILITY_DRAWS,
  }));
}

/** `winProbabilitySteps` run to the end at once. */
export const winProbabilities = (
  ...args: Parameters<typeof winProbabilitySteps>
): WinProbability[] => runSteps(winProbabilitySteps(...args));
