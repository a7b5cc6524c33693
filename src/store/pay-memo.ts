import type { Offer, TradeoffDocument } from '../domain/document/schema';
import type { TaxRules } from '../domain/tax/rules';
import { salaryMean } from '../domain/trade-offs/break-even';
import type { PayMemo } from '../domain/trade-offs/insights';
import { offerMoneySteps } from '../domain/trade-offs/money-uncertainty';
import { derive } from '../lib/derive';
import { shareWork } from '../lib/slices';
import { selectPayBasis, type PayBasis } from './scores';

/*
 * The insights' pay figures, cached per offer: an offer's pay in each of the
 * win probability's draws, and its pay at the base salaries the break-even
 * raise tries, depend on the offer, the settings that move pay and the tax
 * rules in use, never on the weights, so a weight step (or an edit of
 * another offer) works few of them out again.
 */

/**
 * Drawing one offer's money, once per offer and pay basis: whoever needs it
 * first (the insights in slices, or all at once) draws it, and every later
 * caller continues where the last stopped.
 */
export const selectMoneyDrawing = derive(
  (offer: Offer, basis: PayBasis) => [offer, basis],
  (offer, { settings, rules }) => shareWork(offerMoneySteps(offer, settings, rules)),
);

/** One offer's money in the draws, drawn at once if it is not yet. */
export const selectOfferMoney = (offer: Offer, basis: PayBasis) =>
  selectMoneyDrawing(offer, basis).result();

/** Base salaries remembered per offer and basis; past this many the table starts again. */
const SALARIES_KEPT = 4096;

/** An offer's pay at base salaries tried so far, per pay basis. */
const selectSalaryTable = derive(
  (offer: Offer, basis: PayBasis) => [offer, basis],
  (_offer, _basis): Map<number, number | null> => new Map(),
);

/** The pay figures of a document's offers the insights need, each remembered on the offer. */
export const payMemo = (document: TradeoffDocument, rules: TaxRules): PayMemo => {
  const basis = selectPayBasis(document, rules);
  const mean = salaryMean(basis.settings, basis.rules);
  return {
    moneyOf: (offer) => selectMoneyDrawing(offer, basis).steps(),
    meanAt: (offer, baseSalary) => {
      const table = selectSalaryTable(offer, basis);
      if (table.has(baseSalary)) return table.get(baseSalary)!;
      if (table.size >= SALARIES_KEPT) table.clear();
      const value = mean(offer, baseSalary);
      table.set(baseSalary, value);
      return value;
    },
  };
};
