import { completeDocument, completeSettings } from '../../domain/document/defaults';
import { CURRENT_VERSION, FORMAT, type TradeoffDocument } from '../../domain/document/schema';
import { leavingNow } from '../../domain/pay/leave-early';
import { basisWords } from '../../domain/scoring/basis';
import { afterTaxShare, taxShares } from '../../domain/tax/leave-early-tax';
import type { TaxRules } from '../../domain/tax/rules';
import {
  breakEvenSteps,
  decisionOutlineSteps,
  type DecisionInsights,
  type ScoredDocument,
} from '../../domain/trade-offs/insights';
import { mayDrawMoney } from '../../domain/trade-offs/money-uncertainty';
import { moneyEquivalentSteps } from '../../domain/trade-offs/money-equivalents';
import type { Steps } from '../../domain/steps';
import { recruiterQuestions } from '../../domain/trade-offs/recruiter-questions';
import { compareWithStaying } from '../../domain/trade-offs/staying';
import { derive, keepEqual } from '../../lib/derive';
import { shareWork } from '../../lib/slices';
import { payMemo, selectMoneyDrawing } from '../../store/pay-memo';
import { rulesInUse, selectPayBasis, selectScores } from '../../store/scores';
import { PAUSE_ABOVE_OFFERS } from '../../store/use-catch-up-document';
import { leaveEarlyChartData } from './leave-early-rows';
import { stayingText } from './staying-sentences';

/** Past this many offers the chart keeps the best-ranked ones. */
const LEAVE_EARLY_LIMIT = 6;

/** A document's inputs with the tax rules its figures use (none before tax). */
const withRules = (document: TradeoffDocument, rules: TaxRules) =>
  [document, rulesInUse(document, rules)] as const;

/**
 * The document as the insights start from it, scored by the ranking's own
 * scores (selectScores) rather than scored again for the outline and the raises.
 */
const selectScored = derive(withRules, (document, rules): ScoredDocument => {
  const result = selectScores(document, rules);
  return { document: completeDocument(document), result, ranked: result.ranked };
});

/**
 * Working out what the decision charts draw for one version of the document,
 * once: the win probability replays 2,000 weightings of every offer, which
 * adds up with many offers, and several components read the result. Each
 * offer's pay figures are remembered on the offer, so a weight step reuses
 * them. The work may be done in slices (useInsightsDocument) or at once.
 */
const selectOutlineWork = derive(withRules, (document, rules) =>
  shareWork(
    decisionOutlineSteps(document, rules, payMemo(document, rules), selectScored(document, rules)),
  ),
);

/** What the decision charts draw of one version, worked out at once if it is not yet. */
export const selectOutline = (document: TradeoffDocument, rules: TaxRules) =>
  selectOutlineWork(document, rules).result();

/** The outline, then the break-even raises: every decision insight of one version. */
function* insightSteps(document: TradeoffDocument, rules: TaxRules): Steps<DecisionInsights> {
  const outline = yield* selectOutlineWork(document, rules).steps();
  const breakEven = yield* breakEvenSteps(
    document,
    rules,
    payMemo(document, rules).meanAt,
    selectScored(document, rules),
  );
  return { ...outline, breakEven };
}

/** Working out every decision insight of one version of the document, once. */
export const selectInsightsWork = derive(withRules, (document, rules) =>
  shareWork(insightSteps(document, rules)),
);

/** The decision insights of one version of the document, worked out at once if they are not yet. */
export const selectInsights = (document: TradeoffDocument, rules: TaxRules) =>
  selectInsightsWork(document, rules).result();

/**
 * Working out what the weights make each rating, day and hour worth in
 * yearly pay. It depends on the offers and every setting, so on the document
 * as a whole.
 */
const selectMoneyWork = derive(withRules, (document, rules) =>
  shareWork(moneyEquivalentSteps(document, rules)),
);

/** What the weights make each rating, day and hour worth, worked out at once if it is not yet. */
export const selectMoney = (document: TradeoffDocument, rules: TaxRules) =>
  selectMoneyWork(document, rules).result();

/**
 * What to ask each recruiter next: it depends on the offers and the settings
 * that move pay (`M`), not on the weights, so a weight step keeps it.
 */
export const selectQuestions = derive(
  (document: TradeoffDocument, rules: TaxRules) => [
    document.offers,
    selectPayBasis(document, rules),
  ],
  (offers, { settings, rules }) =>
    recruiterQuestions(
      { format: FORMAT, version: CURRENT_VERSION, offers, settings: completeSettings(settings) },
      rules,
    ),
);

/**
 * The best-ranked offers the leave-early chart draws past six offers, their
 * ids sorted (up to six, every offer is drawn). The chart keeps document
 * order, so only which offers they are matters: a weight step that keeps the
 * same six, in whatever order, returns the same array.
 */
const selectPreferredIfMany = keepEqual(
  (document: TradeoffDocument, rules: TaxRules): readonly string[] | null =>
    document.offers.length > LEAVE_EARLY_LIMIT
      ? selectScores(document, rules)
          .ranked.slice(0, LEAVE_EARLY_LIMIT)
          .map((r) => r.offerId)
          .sort()
      : null,
  (a, b) => a !== null && b !== null && a.length === b.length && a.every((id, i) => id === b[i]),
);

/**
 * The leave-early chart, after tax when the ranking is; past six offers, the
 * best-ranked. It depends on the offers, the currency and tax settings and
 * which offers are kept, not on the weights, so a weight drag that keeps the
 * same offers keeps the same rows and the line chart is not drawn again.
 */
export const selectLeaveEarly = derive(
  (document: TradeoffDocument, rules: TaxRules) => [
    document.offers,
    document.settings.currency,
    document.settings.exchangeRates,
    selectPreferredIfMany(document, rules),
    // The tax on buying options is cash whatever the basis: the rules loaded, not those in use.
    rules,
    document.settings.household,
    document.settings.taxYear,
    document.settings.compareOn,
    document.settings.pensionAsSavingsPct,
  ],
  (
    offers,
    currency,
    exchangeRates,
    preferred,
    rules,
    household,
    taxYear,
    compareOn,
    pensionAsSavingsPct,
  ) =>
    leaveEarlyChartData(
      {
        offers,
        settings: { currency, exchangeRates, household, taxYear, compareOn, pensionAsSavingsPct },
      },
      { preferred: preferred ?? [], limit: LEAVE_EARLY_LIMIT, rules },
    ),
);

/** The offers against the current job, in words; `null` without a ranked current job. */
export const stayingFor = (document: TradeoffDocument, rules: TaxRules) => {
  const comparison = compareWithStaying(document, rules);
  if (!comparison) return null;
  const current = document.offers.find((offer) => offer.id === comparison.current.offerId);
  const { settings } = document;
  const afterTax = settings.compareOn === 'net';
  // After tax, what leaving gives up is what it would have left after this year's tax.
  const shares = current && afterTax ? taxShares(current, settings, rules) : null;
  const share = shares?.ok ? (shares.shares[0] ?? 0) : 0;
  return stayingText(
    comparison,
    settings.currency,
    current ? afterTaxShare(leavingNow(current), share) : null,
    basisWords(settings.compareOn),
  );
};

export const selectStaying = derive(withRules, stayingFor);

/** Working out everything the insights panel shows of one version, a step at a time. */
function* panelSteps(document: TradeoffDocument, rules: TaxRules): Steps<void> {
  yield* selectInsightsWork(document, rules).steps();
  yield* selectMoneyWork(document, rules).steps();
  for (const select of [selectQuestions, selectLeaveEarly, selectStaying]) {
    select(document, rules);
    yield;
  }
}

/** Working out what the insights panel shows of one version: started by whoever needs it first. */
export const selectPanelWork = derive(withRules, (document, rules) =>
  shareWork(panelSteps(document, rules)),
);

/**
 * Whether what the insights panel shows is ready or takes only a few
 * milliseconds: up to 40 offers with every ranked offer's money drawn (a
 * weight step, or nothing unsure). Past that, or with money to draw, it is
 * worked out in slices (selectPanelWork).
 */
export const insightsAtOnce = (document: TradeoffDocument, rules: TaxRules): boolean => {
  if (selectPanelWork(document, rules).done) return true;
  if (document.offers.length > PAUSE_ABOVE_OFFERS) return false;
  const { byId } = selectScores(document, rules);
  const basis = selectPayBasis(document, rules);
  // The offers as the insights draw them: a hand-built document's are completed first.
  return completeDocument(document).offers.every(
    (offer) => !byId.has(offer.id) || !mayDrawMoney(offer) || selectMoneyDrawing(offer, basis).done,
  );
};
