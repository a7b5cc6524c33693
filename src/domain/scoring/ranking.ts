import { NO_TAX_RULES, type TaxRules } from '../tax/rules';
import { scoreDocument, type FactorScores, type ScoreResult, type ScoredOffer } from './scoring';
import type { TradeoffDocument } from '../document/schema';

/** Totals closer than this are a tie (scoring.md §6). */
export const TIE_TOLERANCE = 1e-9;

export interface RankedOffer {
  offerId: string;
  company: string;
  rank: number;
  total: number;
  factors: FactorScores;
}

export interface Ranking {
  ranking: RankedOffer[];
  unscored: { offerId: string; reason: string }[];
  /** Declined offers, in document order: not ranked. */
  declined: { offerId: string; company: string }[];
  allWeightsZero: boolean;
}

const byName = (a: ScoredOffer, b: ScoredOffer) =>
  a.company.localeCompare(b.company, undefined, { sensitivity: 'base' }) ||
  (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0);

/**
 * Orders scored offers best first. Offers whose totals lie within the
 * tolerance of the group's best are tied: they share its rank (competition
 * ranking 1, 1, 3) and are listed by company name, then id. `as` makes each
 * listed offer from it and its rank.
 */
const rankWith = <T extends ScoredOffer, R>(
  scored: readonly T[],
  as: (offer: T, rank: number) => R,
): R[] => {
  const sorted = [...scored].sort((a, b) => b.total - a.total);
  const ranked: R[] = [];
  let start = 0;
  while (start < sorted.length) {
    const top = sorted[start]!.total;
    let end = start + 1;
    while (end < sorted.length && top - sorted[end]!.total <= TIE_TOLERANCE) end++;
    if (end - start > 1) {
      const group = sorted.slice(start, end).sort(byName);
      for (const offer of group) ranked.push(as(offer, start + 1));
    } else ranked.push(as(sorted[start]!, start + 1));
    start = end;
  }
  return ranked;
};

/** Scored offers best first, each with its rank (see rankWith). */
export const rankScored = <T extends ScoredOffer>(scored: readonly T[]): (T & { rank: number })[] =>
  rankWith(scored, (offer, rank) => ({ ...offer, rank }));

export const rankScoreResult = (result: ScoreResult): Ranking => ({
  ranking: rankWith(result.scored, ({ offerId, company, total, factors }, rank): RankedOffer => ({
    offerId,
    company,
    rank,
    total,
    factors,
  })),
  unscored: result.unscored.map(({ offerId, reason }) => ({ offerId, reason })),
  declined: result.declined,
  allWeightsZero: result.allWeightsZero,
});

/**
 * Scores and ranks a document's offers, best first; after tax with the tax
 * places in `rules` (none by default: offers naming a place are then listed
 * as waiting for its rules).
 */
export const rankOffers = (document: TradeoffDocument, rules: TaxRules = NO_TAX_RULES): Ranking =>
  rankScoreResult(scoreDocument(document, rules));
