import {
  analyzeDecision,
  type DecisionInsights,
  type Offer,
  type TradeoffDocument,
} from '../../domain';
import { selectScores } from '../../store/scores';
import { leaveEarlyChartData, type LeaveEarlyChartData } from './leave-early-rows';

const insightsCache = new WeakMap<TradeoffDocument, DecisionInsights>();
const leaveEarlyCache = new WeakMap<readonly Offer[], { key: string; data: LeaveEarlyChartData }>();

/** Past this many offers the chart keeps the best-ranked ones. */
const LEAVE_EARLY_LIMIT = 6;

/**
 * The decision insights of one version of the document, computed once: the
 * win probability replays 2,000 weightings of every offer, which adds up
 * with many offers, and several components read the result.
 */
export const selectInsights = (document: TradeoffDocument): DecisionInsights => {
  const cached = insightsCache.get(document);
  if (cached) return cached;
  const insights = analyzeDecision(document);
  insightsCache.set(document, insights);
  return insights;
};

/**
 * The leave-early chart; past six offers, the best-ranked. It depends on the
 * offers and the currency settings, not on the weights (unless they change
 * which offers are the best six), so a weight drag keeps the same rows and
 * the line chart is not drawn again.
 */
export const selectLeaveEarly = (document: TradeoffDocument): LeaveEarlyChartData => {
  const { offers, settings } = document;
  const preferred = selectScores(document).ranked.map((r) => r.offerId);
  const kept =
    offers.length > LEAVE_EARLY_LIMIT ? [...preferred.slice(0, LEAVE_EARLY_LIMIT)].sort() : [];
  const key = JSON.stringify([settings.currency, settings.exchangeRates, kept]);
  const cached = leaveEarlyCache.get(offers);
  if (cached?.key === key) return cached.data;
  const data = leaveEarlyChartData(document, { preferred, limit: LEAVE_EARLY_LIMIT });
  leaveEarlyCache.set(offers, { key, data });
  return data;
};
