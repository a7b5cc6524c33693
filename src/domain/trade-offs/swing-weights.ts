import { FACTORS, type Factor } from '../document/schema';
import type { ScoredOffer } from '../scoring/scoring';

/** One factor's (or criterion's) range of scores among the offers compared. */
export interface Swing {
  /** The lowest score (0–100) any offer has on it. */
  worst: number;
  /** The highest. */
  best: number;
  /** `best - worst`; 0 when every offer scores the same. */
  spread: number;
}

/** Below this a spread counts as none: the offers are equal on it. */
export const NO_SPREAD = 1e-9;

/** The swing of each factor across the scored offers (scoring.md §8). */
export const factorSwings = (scored: readonly ScoredOffer[]): Record<Factor, Swing> => {
  const swing = (factor: Factor): Swing => {
    if (scored.length === 0) return { worst: 0, best: 0, spread: 0 };
    let worst = Infinity;
    let best = -Infinity;
    for (const s of scored) {
      worst = Math.min(worst, s.factors[factor]);
      best = Math.max(best, s.factors[factor]);
    }
    return { worst, best, spread: best - worst };
  };
  return {
    compensation: swing('compensation'),
    growth: swing('growth'),
    culture: swing('culture'),
    workLife: swing('workLife'),
  };
};

export interface SwingInput<K extends string> {
  /** The factors (or a factor's criteria) in display order. */
  keys: readonly K[];
  /** Each key's spread of scores among the offers (`Swing.spread`). */
  spreads: Readonly<Record<K, number>>;
  /**
   * How much raising each key from the worst to the best of the offers is
   * worth, 0–100, the most wanted one at 100. Keys without spread are ignored.
   */
  ratings: Readonly<Partial<Record<K, number>>>;
  /** The weights now (raw, any scale): keys without spread keep their share. */
  current: Readonly<Record<K, number>>;
}

export type SwingResult<K extends string> =
  | {
      ok: true;
      /** The weights the answers give, exactly, as shares adding up to 100. */
      exact: Record<K, number>;
      /** The same rounded to whole shares that still add up to 100 (what is applied). */
      weights: Record<K, number>;
      /** Keys on which every offer is equal: not asked about, their share kept. */
      skipped: K[];
    }
  | {
      ok: false;
      /** `no-spread`: the offers are equal on every key; `no-rating`: every answer is 0. */
      reason: 'no-spread' | 'no-rating';
      skipped: K[];
    };

const sumOf = <K extends string>(
  keys: readonly K[],
  values: Readonly<Partial<Record<K, number>>>,
) => keys.reduce((sum, k) => sum + (values[k] ?? 0), 0);

/**
 * Whole numbers adding up to `total`, each within 1 of its exact value: the
 * floors, plus one for the largest remainders (ties to the earlier key).
 */
export const wholeShares = <K extends string>(
  keys: readonly K[],
  exact: Readonly<Record<K, number>>,
  total = 100,
): Record<K, number> => {
  const result = {} as Record<K, number>;
  for (const k of keys) result[k] = Math.floor(exact[k] + 1e-9);
  let left = total - sumOf(keys, result);
  const byRemainder = [...keys].sort(
    (a, b) => exact[b] - result[b] - (exact[a] - result[a]) || keys.indexOf(a) - keys.indexOf(b),
  );
  for (const k of byRemainder) {
    if (left <= 0) break;
    result[k] += 1;
    left -= 1;
  }
  return result;
};

/**
 * Swing weighting (scoring.md §8). A key's effect on the total is its weight
 * times its spread among the offers, so the weight that makes the effect of
 * each swing proportional to its rating is `rating / spread`. Keys whose
 * spread is 0 cannot change the order of the offers whatever their weight:
 * they keep their current share of the total (or 0, if they held all of it),
 * and the rated keys share the rest in proportion to `rating / spread`.
 */
export const swingWeights = <K extends string>({
  keys,
  spreads,
  ratings,
  current,
}: SwingInput<K>): SwingResult<K> => {
  const skipped = keys.filter((k) => !(spreads[k] > NO_SPREAD));
  const rated = keys.filter((k) => spreads[k] > NO_SPREAD);
  if (rated.length === 0) return { ok: false, reason: 'no-spread', skipped };

  const raw = {} as Record<K, number>;
  for (const k of rated) raw[k] = Math.min(100, Math.max(0, ratings[k] ?? 0)) / spreads[k];
  const rawSum = sumOf(rated, raw);
  if (!(rawSum > 0)) return { ok: false, reason: 'no-rating', skipped };

  const currentSum = sumOf(keys, current);
  const ratedNow = sumOf(rated, current);
  // Shares the skipped keys keep; none when the rated keys hold no weight now.
  const keep = (k: K) => (currentSum > 0 && ratedNow > 0 ? (current[k] / currentSum) * 100 : 0);
  const kept = skipped.reduce((sum, k) => sum + keep(k), 0);

  const exact = {} as Record<K, number>;
  for (const k of keys) exact[k] = rated.includes(k) ? ((100 - kept) * raw[k]) / rawSum : keep(k);
  return { ok: true, exact, weights: wholeShares(keys, exact), skipped };
};

/** `swingWeights` for the four factors of the scored offers. */
export const factorSwingWeights = (
  scored: readonly ScoredOffer[],
  ratings: Partial<Record<Factor, number>>,
  current: Record<Factor, number>,
): SwingResult<Factor> => {
  const swings = factorSwings(scored);
  const spreads = {} as Record<Factor, number>;
  for (const f of FACTORS) spreads[f] = swings[f].spread;
  return swingWeights({ keys: FACTORS, spreads, ratings, current });
};
