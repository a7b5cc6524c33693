import {
  rankScored,
  scoreDocument,
  taxRulesVersion,
  type ScoreResult,
  type ScoredOffer,
  type TradeoffDocument,
} from '../domain/core';
import { derive } from '../lib/derive';

export interface DocumentScores extends ScoreResult {
  /** Scored offers best first, with their competition rank. */
  ranked: (ScoredOffer & { rank: number })[];
  /** Rank and total by offer id, for cards and tables. */
  byId: ReadonlyMap<string, ScoredOffer & { rank: number }>;
}

/**
 * Scores a document once per version of it: every panel that shows a score
 * reads the same result, so a slider move ranks the offers once. After tax,
 * the loaded tax rules are an input too (see tax-rules.ts).
 */
export const selectScores = derive(
  (document: TradeoffDocument) => [document, taxRulesVersion()],
  (document): DocumentScores => {
    const result = scoreDocument(document);
    const ranked = rankScored(result.scored);
    return {
      ...result,
      ranked,
      byId: new Map(ranked.map((offer) => [offer.offerId, offer])),
    };
  },
);
