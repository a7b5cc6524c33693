import { DEFAULT_WEIGHTS, FACTORS, weightShares, type Weights } from '../../domain';

export interface WeightPreset {
  name: 'Balanced' | 'Money first' | 'Growth first' | 'Life first';
  /** One line shown as the button's tooltip. */
  hint: string;
  weights: Weights;
}

export const WEIGHT_PRESETS: readonly WeightPreset[] = [
  {
    name: 'Balanced',
    hint: 'Every factor counts the same',
    weights: { compensation: 25, growth: 25, culture: 25, workLife: 25 },
  },
  {
    name: 'Money first',
    hint: 'Pay counts most',
    weights: { compensation: 60, growth: 15, culture: 10, workLife: 15 },
  },
  {
    name: 'Growth first',
    hint: 'Learning and career progression count most',
    weights: { compensation: 20, growth: 50, culture: 15, workLife: 15 },
  },
  {
    name: 'Life first',
    hint: 'Hours, time off, commute and flexibility count most',
    weights: { compensation: 20, growth: 15, culture: 20, workLife: 45 },
  },
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
