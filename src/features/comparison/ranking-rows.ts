import type { FactorScores } from '../../domain/scoring/scoring';
import type { TradeoffDocument } from '../../domain/document/schema';
import type { RankedLike } from './contributions';

/** Top two offers closer than this many points are a close call. */
export const CLOSE_CALL_POINTS = 2;

export interface RankingRow {
  offerId: string;
  company: string;
  role: string;
  rank: number;
  total: number;
  /** Each factor's score, 0–100 (the bar shows each one's part of the total). */
  factors: FactorScores;
  /** Another offer shares this rank. */
  tied: boolean;
  /** Position in document.offers, for the offer's stable colour. */
  colorIndex: number;
  /** The person's current job: read as "staying". */
  current: boolean;
  accepted: boolean;
}

export const rankingRows = (
  document: TradeoffDocument,
  ranked: readonly RankedLike[],
): RankingRow[] => {
  const indexById = new Map(document.offers.map((offer, index) => [offer.id, index]));
  const countByRank = new Map<number, number>();
  for (const r of ranked) countByRank.set(r.rank, (countByRank.get(r.rank) ?? 0) + 1);
  return ranked.map(({ offerId, company, rank, total, factors }) => {
    const colorIndex = indexById.get(offerId) ?? 0;
    const offer = document.offers[colorIndex];
    return {
      offerId,
      company,
      role: offer?.role ?? '',
      rank,
      total,
      factors,
      tied: (countByRank.get(rank) ?? 0) > 1,
      colorIndex,
      current: offer?.current === true,
      accepted: offer?.status === 'accepted',
    };
  });
};

export interface CloseCall {
  first: string;
  second: string;
  /** Points between the top two, unrounded. */
  gap: number;
}

/**
 * The top two are within CLOSE_CALL_POINTS of each other: small changes in
 * weights or inputs could swap them. Not reported when every total is 0
 * because all weights are 0 — that has its own message.
 */
export const closeCall = (
  ranked: readonly RankedLike[],
  allWeightsZero = false,
): CloseCall | null => {
  const [first, second] = ranked;
  if (!first || !second || allWeightsZero) return null;
  const gap = first.total - second.total;
  return gap <= CLOSE_CALL_POINTS ? { first: first.company, second: second.company, gap } : null;
};
