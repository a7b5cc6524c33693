import { analyzeDecision, type DecisionInsights, type TradeoffDocument } from '../../domain';
import { selectScores } from '../../store/scores';
import { leaveEarlyChartData, type LeaveEarlyChartData } from './leave-early-rows';

const insightsCache = new WeakMap<TradeoffDocument, DecisionInsights>();
const leaveEarlyCache = new WeakMap<TradeoffDocument, LeaveEarlyChartData>();

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

/** The leave-early chart of one version of the document; past six offers, the best-ranked. */
export const selectLeaveEarly = (document: TradeoffDocument): LeaveEarlyChartData => {
  const cached = leaveEarlyCache.get(document);
  if (cached) return cached;
  const preferred = selectScores(document).ranked.map((r) => r.offerId);
  const data = leaveEarlyChartData(document, { preferred });
  leaveEarlyCache.set(document, data);
  return data;
};
