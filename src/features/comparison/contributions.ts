import { FACTORS, type Factor, type Weights } from '../../domain/document/schema';
import { weightSum, type FactorScores } from '../../domain/scoring/scoring';

/*
 * Each factor's part of an offer's total: what the ranking's bars and the
 * "Total score by factor" chart both draw. Its own small module because the
 * ranking is on the first screen and the charts' rows (chart-data.ts) are not.
 */

/** A ranked offer as the ranking and the charts read it. */
export interface RankedLike {
  offerId: string;
  company: string;
  rank: number;
  total: number;
  factors: FactorScores;
}

export type ContributionRow = {
  offerId: string;
  company: string;
  rank: number;
  total: number;
} & Record<Factor, number>;

/** Where each factor's part of a stacked bar starts and how long it is, in points of 100. */
export const stackSegments = (row: Record<Factor, number>) => {
  let start = 0;
  return FACTORS.map((factor) => {
    const segment = { factor, start, width: row[factor] };
    start += row[factor];
    return segment;
  });
};

/**
 * Each factor's part of an offer's total, `W_f * F_f / sum(W)`, so that the
 * parts of a stacked bar add up to the total; 0 each when every weight is 0.
 */
export const factorParts = (factors: FactorScores, weights: Weights): Record<Factor, number> => {
  const sum = weightSum(weights);
  const part = (f: Factor) => (sum === 0 ? 0 : (weights[f] * factors[f]) / sum);
  return {
    compensation: part('compensation'),
    growth: part('growth'),
    culture: part('culture'),
    workLife: part('workLife'),
  };
};
