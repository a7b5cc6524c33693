import type { TradeoffDocument } from '../../domain/core';
import {
  analyzeDecision,
  compareWithStaying,
  leavingNow,
  moneyEquivalents,
  recruiterQuestions,
} from '../../domain/trade-offs';
import { derive } from '../../lib/derive';
import { selectScores } from '../../store/scores';
import { leaveEarlyChartData } from './leave-early-rows';
import { stayingText } from './staying-sentences';

/** Past this many offers the chart keeps the best-ranked ones. */
const LEAVE_EARLY_LIMIT = 6;

/**
 * The decision insights of one version of the document, computed once: the
 * win probability replays 2,000 weightings of every offer, which adds up
 * with many offers, and several components read the result.
 */
export const selectInsights = derive((document: TradeoffDocument) => [document], analyzeDecision);

/**
 * What the weights make each rating, day and hour worth in yearly pay. It
 * depends on the offers and every setting, so on the document as a whole.
 */
export const selectMoney = derive((document: TradeoffDocument) => [document], moneyEquivalents);

/** What to ask each recruiter next: it depends on the offers and the settings (pay `M`). */
export const selectQuestions = derive(
  (document: TradeoffDocument) => [document.offers, document.settings],
  recruiterQuestions,
);

/** The ids of the best-ranked offers the chart keeps, as one value; '' while it keeps them all. */
const keptOffers = (document: TradeoffDocument): string =>
  document.offers.length > LEAVE_EARLY_LIMIT
    ? JSON.stringify(
        selectScores(document)
          .ranked.slice(0, LEAVE_EARLY_LIMIT)
          .map((r) => r.offerId)
          .sort(),
      )
    : '';

/**
 * The leave-early chart; past six offers, the best-ranked. It depends on the
 * offers and the currency settings, not on the weights (unless they change
 * which offers are the best six), so a weight drag keeps the same rows and
 * the line chart is not drawn again.
 */
export const selectLeaveEarly = derive(
  (document: TradeoffDocument) => [
    document.offers,
    document.settings.currency,
    document.settings.exchangeRates,
    keptOffers(document),
  ],
  (document) =>
    leaveEarlyChartData(document, {
      preferred: selectScores(document).ranked.map((r) => r.offerId),
      limit: LEAVE_EARLY_LIMIT,
    }),
);

/** The offers against the current job, in words; `null` without a ranked current job. */
export const selectStaying = derive(
  (document: TradeoffDocument) => [document],
  (document) => {
    const comparison = compareWithStaying(document);
    if (!comparison) return null;
    const current = document.offers.find((offer) => offer.id === comparison.current.offerId);
    return stayingText(
      comparison,
      document.settings.currency,
      current ? leavingNow(current) : null,
    );
  },
);
