import { completeDocument, completeSettings } from '../domain/document/defaults';
import { FORMAT, type TradeoffDocument } from '../domain/document/schema';
import { rankScored } from '../domain/scoring/ranking';
import {
  firstYearCompensation,
  scoreDocument,
  type ScoreResult,
  type ScoredOffer,
} from '../domain/scoring/scoring';
import { NO_TAX_RULES, type TaxRules } from '../domain/tax/rules';
import { derive } from '../lib/derive';

export interface DocumentScores extends ScoreResult {
  /** Scored offers best first, with their competition rank. */
  ranked: (ScoredOffer & { rank: number })[];
  /** Rank and total by offer id, for cards and tables. */
  byId: ReadonlyMap<string, ScoredOffer & { rank: number }>;
}

/**
 * The tax rules a document's figures depend on: those at hand when it
 * compares after tax, none before tax (so rules loading for a place does
 * not recompute anything gross).
 */
export const rulesInUse = (document: TradeoffDocument, rules: TaxRules): TaxRules =>
  document.settings.compareOn === 'net' ? rules : NO_TAX_RULES;

export const withRanks = (result: ScoreResult): DocumentScores => {
  const ranked = rankScored(result.scored);
  return { ...result, ranked, byId: new Map(ranked.map((offer) => [offer.offerId, offer])) };
};

/**
 * Scores a document once per version of it and of the tax rules in use:
 * every panel that shows a score reads the same result, so a slider move
 * ranks the offers once.
 */
export const selectScores = derive(
  (document: TradeoffDocument, rules: TaxRules) => [document, rulesInUse(document, rules)],
  (document, rules): DocumentScores => withRanks(scoreDocument(document, rules)),
);

/**
 * Year 1's pay of each offer on the basis compared (as `firstYearCompensation`
 * counts it; null where it cannot be known), by offer id: once per version
 * of the offers and of the settings that move pay, so a weight step reuses it.
 */
export const selectFirstYears = derive(
  (document: TradeoffDocument, rules: TaxRules) => {
    const {
      horizonYears,
      currency,
      exchangeRates,
      compareOn,
      household,
      taxYear,
      pensionAsSavingsPct,
    } = completeSettings(document.settings);
    return [
      document.offers,
      exchangeRates,
      rulesInUse(document, rules),
      document.version,
      horizonYears,
      currency,
      compareOn,
      household,
      taxYear,
      pensionAsSavingsPct,
    ];
  },
  (
    offers,
    exchangeRates,
    rules,
    version,
    horizonYears,
    currency,
    compareOn,
    household,
    taxYear,
    pensionAsSavingsPct,
  ) => {
    const settings = completeSettings({
      horizonYears,
      currency,
      exchangeRates,
      compareOn,
      household,
      taxYear,
      pensionAsSavingsPct,
    });
    const complete = completeDocument({ format: FORMAT, version, offers: [...offers], settings });
    return new Map(
      complete.offers.map((offer) => [
        offer.id,
        firstYearCompensation(offer, complete.settings, rules),
      ]),
    );
  },
);
