import { CURRENT_VERSION, FORMAT, type TradeoffDocument } from '../../domain/document/schema';
import { leavingNow } from '../../domain/pay/leave-early';
import { basisWords } from '../../domain/scoring/basis';
import { afterTaxShare, taxShares } from '../../domain/tax/leave-early-tax';
import type { TaxRules } from '../../domain/tax/rules';
import { analyzeDecision } from '../../domain/trade-offs/insights';
import { moneyEquivalents } from '../../domain/trade-offs/money-equivalents';
import { recruiterQuestions } from '../../domain/trade-offs/recruiter-questions';
import { compareWithStaying } from '../../domain/trade-offs/staying';
import { derive, keepEqual } from '../../lib/derive';
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
 * The ranking's order of offer ids, past six offers only (up to six, every
 * offer is drawn and the order does not matter). A weight step that leaves
 * the order as it was returns the same array.
 */
const selectPreferredIfMany = keepEqual(
  (document: TradeoffDocument, rules: TaxRules): readonly string[] | null =>
    document.offers.length > LEAVE_EARLY_LIMIT
      ? selectScores(document, rules).ranked.map((r) => r.offerId)
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
