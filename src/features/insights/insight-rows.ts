import { FACTORS, type Factor, type Offer, type Weights } from '../../domain/document/schema';
import { weightShareAt } from '../../domain/scoring/scoring';
import { type WeightFlip } from '../../domain/trade-offs/weight-flips';
import { type WinProbability } from '../../domain/trade-offs/win-probability';
import type { UnsureMoney } from '../../domain/trade-offs/money-uncertainty';
import { wholeShares } from '../../domain/trade-offs/swing-weights';
import { listOf } from '../../lib/list';

/*
 * Rows for the insight charts. Pure functions: the chart components only
 * draw what these return, and the numbers are tested here.
 */

/** Who takes the lead once a weight passes a flip point. */
export interface FlipPoint {
  company: string;
  /** The raw weight at which that offer ties the leader. */
  to: number;
}

export interface WeightRangeRow {
  factor: Factor;
  /** The factor's raw weight now. */
  current: number;
  /** Lowest weight (0 to 100) at which the leader is still on top, other weights held. */
  low: number;
  /** Highest weight (0 to 100) at which the leader is still on top. */
  high: number;
  /** The flip at `low`; `null` when the leader stays on top all the way down to 0. */
  lowFlip: FlipPoint | null;
  /** The flip at `high`; `null` when the leader stays on top all the way up to 100. */
  highFlip: FlipPoint | null;
  /** Stack for a floating bar: an invisible `offset`, then `below` and `above` the current weight. */
  offset: number;
  below: number;
  above: number;
}

/**
 * How far each weight can move before the leader changes: per factor, the
 * nearest flip below and above its current weight (the leader's margin over
 * each other offer is linear in one weight, so the first tie met is where the
 * lead is lost). Factors keep their usual order, so the rows do not jump
 * around while a slider is dragged.
 */
export const weightRangeRows = (flips: readonly WeightFlip[], weights: Weights): WeightRangeRow[] =>
  FACTORS.map((factor) => {
    const current = weights[factor];
    let lowFlip: FlipPoint | null = null;
    let highFlip: FlipPoint | null = null;
    for (const { factor: f, company, to } of flips) {
      if (f !== factor) continue;
      if (to <= current && (lowFlip === null || to > lowFlip.to)) lowFlip = { company, to };
      if (to >= current && (highFlip === null || to < highFlip.to)) highFlip = { company, to };
    }
    // People read weights as shares of 100 %: every figure below is one.
    const share = (raw: number) => weightShareAt(weights, factor, raw);
    const low = share(lowFlip?.to ?? 0);
    const high = share(highFlip?.to ?? 100);
    const now = share(current);
    return {
      factor,
      current: now,
      low,
      high,
      lowFlip: lowFlip && { ...lowFlip, to: low },
      highFlip: highFlip && { ...highFlip, to: high },
      offset: low,
      below: now - low,
      above: high - now,
    };
  });

export interface WinRow {
  offerId: string;
  company: string;
  /** Position in document.offers, for the offer's stable colour. */
  colorIndex: number;
  /** Share of the draws won, as a percent (0 to 100). */
  percent: number;
  /** `percent` in whole numbers that add up to 100 over every offer: what is written. */
  shown: number;
}

export interface WinChartData {
  rows: WinRow[];
  /** The offers beyond the limit, summed, so the shares still add up to 100 %. */
  others: { count: number; percent: number; shown: number } | null;
  /** Companies whose pay the tries draw too, and in what; empty for the weights alone. */
  moneyOf?: readonly UnsureMoney[];
}

/** "Lumen’s equity and bonus", "Lumen’s equity and Acme’s bonus"; `wrap` dresses each company. */
export const moneyWords = (
  unsure: readonly UnsureMoney[],
  wrap: (company: string) => string = (company) => company,
): string => listOf(unsure.map(({ company, of }) => `${wrap(company)}’s ${listOf(of)}`));

/**
 * Each offer's chance of coming first in whole percents that add up to what
 * the exact ones do (100 % over every ranked offer): the floors, plus one for
 * the largest remainders, ties to the offer ranked first.
 */
export const wholePercents = (shares: readonly WinProbability[]): ReadonlyMap<string, number> => {
  const exact: Record<string, number> = {};
  for (const s of shares) exact[s.offerId] = s.probability * 100;
  const ids = shares.map((s) => s.offerId);
  const total = Math.round(ids.reduce((sum, id) => sum + exact[id]!, 0));
  return new Map(Object.entries(wholeShares(ids, exact, total)));
};

/**
 * Win probabilities as percents, most likely first (the ranking breaks ties),
 * the first `limit` offers as bars and the rest summed up.
 */
export const winChartData = (
  shares: readonly WinProbability[],
  offers: readonly Pick<Offer, 'id'>[],
  limit = 8,
): WinChartData => {
  const indexById = new Map(offers.map((offer, index) => [offer.id, index]));
  const whole = wholePercents(shares);
  // Array.prototype.sort is stable: equal shares keep the ranking order.
  const sorted = [...shares].sort((a, b) => b.probability - a.probability);
  const rows = sorted.slice(0, limit).map(({ offerId, company, probability }): WinRow => ({
    offerId,
    company,
    colorIndex: indexById.get(offerId) ?? 0,
    percent: probability * 100,
    shown: whole.get(offerId) ?? 0,
  }));
  const rest = sorted.slice(limit);
  return {
    rows,
    others:
      rest.length === 0
        ? null
        : {
            count: rest.length,
            percent: rest.reduce((sum, share) => sum + share.probability * 100, 0),
            shown: rest.reduce((sum, share) => sum + (whole.get(share.offerId) ?? 0), 0),
          },
  };
};

/**
 * The shares of the weights (to one decimal) that keep the leader on top,
 * rounded inward: a tie at 24.56 % above means up to 24.5 %, one at 33.21 %
 * below means from 33.3 %, as the sentences say.
 */
export const leadRange = ({ low, high, lowFlip, highFlip }: WeightRangeRow): [number, number] => {
  // Shown to one decimal, rounded inward so that every share shown keeps the leader on top.
  return [
    lowFlip ? Math.ceil(low * 10 - 1e-9) / 10 : low,
    highFlip ? Math.floor(high * 10 + 1e-9) / 10 : high,
  ];
};
