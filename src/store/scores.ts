import { completeDocument, completeSettings } from '../domain/document/defaults';
import { FORMAT, type TradeoffDocument } from '../domain/document/schema';
import { rankScored } from '../domain/scoring/ranking';
import {
  firstYearCompensation,
  scoreDocument,
  type PaySettings,
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

/** The settings that move pay, each named once: a key of PaySettings left out does not compile. */
const PAY_SETTINGS: { readonly [K in keyof PaySettings]: true } = {
  horizonYears: true,
  currency: true,
  exchangeRates: true,
  compareOn: true,
  household: true,
  taxYear: true,
  pensionAsSavingsPct: true,
};
const PAY_KEYS = Object.keys(PAY_SETTINGS) as (keyof PaySettings)[];

/** What an offer's pay depends on besides the offer: one object per distinct set. */
export interface PayBasis {
  settings: PaySettings;
  rules: TaxRules;
}

/**
 * The settings that move pay and the tax rules in use, as one object that
 * stays the same while none of them changes: a weight step keeps it, so
 * whatever is cached on it (year 1's pay, the insights' draws) is reused.
 */
export const selectPayBasis = derive(
  (document: TradeoffDocument, rules: TaxRules) => {
    const settings = completeSettings(document.settings);
    return [rulesInUse(document, rules), ...PAY_KEYS.map((key) => settings[key])];
  },
  (rules, ...values): PayBasis => ({
    settings: Object.fromEntries(PAY_KEYS.map((key, i) => [key, values[i]])) as PaySettings,
    rules: rules as TaxRules,
  }),
);

/**
 * Year 1's pay of each offer on the basis compared (as `firstYearCompensation`
 * counts it; null where it cannot be known), by offer id: once per version
 * of the offers and of the settings that move pay, so a weight step reuses it.
 */
export const selectFirstYears = derive(
  (document: TradeoffDocument, rules: TaxRules) => [
    document.offers,
    selectPayBasis(document, rules),
    document.version,
  ],
  (offers, { settings, rules }, version) => {
    const complete = completeDocument({
      format: FORMAT,
      version,
      offers: [...offers],
      settings: completeSettings(settings),
    });
    return new Map(
      complete.offers.map((offer) => [
        offer.id,
        firstYearCompensation(offer, complete.settings, rules),
      ]),
    );
  },
);
