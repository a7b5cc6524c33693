import { bench, describe } from 'vitest';
import { analyzeDecision, documentSchema, rankOffers, type TradeoffDocument } from '../src/domain';
import { ALL_TAX_RULES } from '../src/domain/tax/all';
import { payMemo } from '../src/store/pay-memo';
import { worstCaseDocument } from '../src/testing/worst-case-document';
import { medianTable } from './median';

/*
 * The worst realistic document (issue 29): after tax in four countries, half
 * the offers with bonus and share-price ranges, a tenth private grants with
 * three exit scenarios. A weight step is the same document with another
 * compensation weight: the money drawn for the win probability is cached on
 * each offer, as the app caches it, so a step re-scores from it.
 */

const parsed = (document: TradeoffDocument) => documentSchema().parse(document) as TradeoffDocument;
const withWeight = (document: TradeoffDocument, compensation: number): TradeoffDocument => ({
  ...document,
  settings: { ...document.settings, weights: { ...document.settings.weights, compensation } },
});
/** The same offers with nothing unsure: no ranges, no private grants, before tax. */
const plain = (document: TradeoffDocument): TradeoffDocument => ({
  ...document,
  settings: { ...document.settings, compareOn: 'gross' },
  offers: document.offers.map((offer) => ({
    ...offer,
    compensation: {
      ...offer.compensation,
      bonusPayoutLowPct: null,
      bonusPayoutHighPct: null,
      equity: {
        ...offer.compensation.equity,
        market: 'listed',
        sharePriceLow: null,
        sharePriceHigh: null,
      },
    },
  })),
});

const SIZES = [
  { count: 20, document: parsed(worstCaseDocument(20, 4)) },
  { count: 200, document: parsed(worstCaseDocument(200)) },
];
const WEIGHTS = [15, 65, 30, 80, 45, 5, 55, 90];

const medians = medianTable('Worst realistic case', SIZES.length * 3 + 1);

describe('worst realistic case', () => {
  for (const { count, document } of SIZES) {
    let step = 0;
    const memo = payMemo(document, ALL_TAX_RULES);
    analyzeDecision(document, ALL_TAX_RULES, memo);
    bench(
      `${count} offers: analyzeDecision, a weight step (money cached)`,
      () => {
        const next = withWeight(document, WEIGHTS[step++ % WEIGHTS.length]!);
        analyzeDecision(next, ALL_TAX_RULES, memo);
      },
      medians.options({ iterations: 20 }),
    );
    const without = plain(document);
    bench(
      `${count} offers: the same step, nothing unsure and before tax`,
      () => {
        analyzeDecision(withWeight(without, WEIGHTS[step++ % WEIGHTS.length]!));
      },
      medians.options({ iterations: 20 }),
    );
    bench(
      `${count} offers: analyzeDecision, the money drawn afresh`,
      () => {
        analyzeDecision(document, ALL_TAX_RULES);
      },
      medians.options({ iterations: count > 20 ? 3 : 10, time: 0 }),
    );
  }
  const ranked = SIZES[1]!.document;
  bench(
    '200 offers: rankOffers after tax',
    () => {
      rankOffers(ranked, ALL_TAX_RULES);
    },
    medians.options({ iterations: 50 }),
  );
});
