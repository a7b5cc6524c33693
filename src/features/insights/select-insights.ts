import { CURRENT_VERSION, FORMAT, type TradeoffDocument } from '../../domain/document/schema';
import { leavingNow } from '../../domain/pay/leave-early';
import type { TaxRules } from '../../domain/tax/rules';
import { analyzeDecision } from '../../domain/trade-offs/insights';
import { moneyEquivalents } from '../../domain/trade-offs/money-equivalents';
import { recruiterQuestions } from '../../domain/trade-offs/recruiter-questions';
import { compareWithStaying } from '../../domain/trade-offs/staying';
import { derive } from '../../lib/derive';
import { payMemo } from '../../store/pay-memo';
import { rulesInUse, selectScores } from '../../store/scores';
import { leaveEarlyChartData } from './leave-early-rows';
import { stayingText } from './staying-sentences';

/** Past this many offers the chart keeps the best-ranked ones. */
const LEAVE_EARLY_LIMIT = 6;

/** A document's inputs with the tax rules its figures use (none before tax). */
const withRules = (document: TradeoffDocument, rules: TaxRules) =>
  [document, rulesInUse(document, rules)] as const;

/**
 * The decision insights of one version of the document, computed once: the
 * win probability replays 2,000 weightings of every offer, which adds up
 * with many offers, and several components read the result. Each offer's
 * pay figures are remembered on the offer, so a weight step reuses them.
 */
export const selectInsights = derive(withRules, (document, rules) =>
  analyzeDecision(document, rules, payMemo(document, rules)),
);

/**
 * What the weights make each rating, day and hour worth in yearly pay. It
 * depends on the offers and every setting, so on the document as a whole.
 */
export const selectMoney = derive(withRules, moneyEquivalents);

/** What to ask each recruiter next: it depends on the offers and the settings (pay `M`). */
export const selectQuestions = derive(
  (document: TradeoffDocument, rules: TaxRules) => [
    document.offers,
    document.settings,
    rulesInUse(document, rules),
  ],
  (offers, settings, rules) =>
    recruiterQuestions({ format: FORMAT, version: CURRENT_VERSION, offers, settings }, rules),
);

/**
 * The leave-early chart; past six offers, the best-ranked. Up to six it
 * depends on the offers and the currency settings, not on the weights, so a
 * weight drag keeps the same rows and the line chart is not drawn again.
 */
export const selectLeaveEarly = derive(
  (document: TradeoffDocument, rules: TaxRules) => {
    const many = document.offers.length > LEAVE_EARLY_LIMIT;
    return [
      document.offers,
      document.settings.currency,
      document.settings.exchangeRates,
      // Which six are kept follows the ranking: everything it depends on.
      many ? document : null,
      many ? rulesInUse(document, rules) : null,
    ];
  },
  (offers, currency, exchangeRates, ranked, rules) =>
    leaveEarlyChartData(
      { offers, settings: { currency, exchangeRates } },
      {
        preferred: ranked ? selectScores(ranked, rules!).ranked.map((r) => r.offerId) : [],
        limit: LEAVE_EARLY_LIMIT,
      },
    ),
);

/** The offers against the current job, in words; `null` without a ranked current job. */
export const selectStaying = derive(withRules, (document, rules) => {
  const comparison = compareWithStaying(document, rules);
  if (!comparison) return null;
  const current = document.offers.find((offer) => offer.id === comparison.current.offerId);
  return stayingText(comparison, document.settings.currency, current ? leavingNow(current) : null);
});
