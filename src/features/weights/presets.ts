import { DEFAULT_WEIGHTS, FACTORS, type Weights } from '../../domain/document/schema';
import { weightShares } from '../../domain/scoring/scoring';

export interface WeightPreset {
  name: 'Balanced' | 'Money first' | 'Growth first' | 'Life first';
  /** One line shown as the button's tooltip. */
  hint: string;
  weights: Weights;
}

const preset = (
  name: WeightPreset['name'],
  hint: string,
  [compensation, growth, culture, workLife]: readonly [number, number, number, number],
): WeightPreset => ({ name, hint, weights: { compensation, growth, culture, workLife } });

/** Weights in the order compensation, growth, culture, work-life balance. */
export const WEIGHT_PRESETS: readonly WeightPreset[] = [
  preset('Balanced', 'Every factor counts the same', [25, 25, 25, 25]),
  preset('Money first', 'Pay counts most', [60, 15, 10, 15]),
  preset('Growth first', 'Learning and career progression count most', [20, 50, 15, 15]),
  preset('Life first', 'Hours, time off, commute and flexibility count most', [20, 15, 20, 45]),
];

export const defaultWeights = (): Weights => ({ ...DEFAULT_WEIGHTS });

/**
 * Two weightings are the same when every factor has the same share of the
 * total: 10/10/10/10 ranks exactly like 25/25/25/25, so both are "Balanced".
 */
export const sameShares = (a: Weights, b: Weights): boolean => {
  const sa = weightShares(a);
  const sb = weightShares(b);
  const aZero = FACTORS.every((f) => a[f] === 0);
  const bZero = FACTORS.every((f) => b[f] === 0);
  if (aZero || bZero) return aZero && bZero;
  return FACTORS.every((f) => Math.abs(sa[f] - sb[f]) < 1e-9);
};

/** The preset the current weights match, if any. */
export const activePreset = (weights: Weights): WeightPreset['name'] | null =>
  WEIGHT_PRESETS.find((preset) => sameShares(preset.weights, weights))?.name ?? null;
