import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_TAX_RULES,
  NO_TAX_RULES,
  analyzeDecision,
  type Settings,
  type TaxRules,
  type TradeoffDocument,
} from '../domain';
import {
  arbitraryDocument,
  arbitraryOffer,
  arbitrarySettings,
  makeDocument,
  makeOffer,
} from '../testing/domain-factories';
import { payMemo, selectOfferMoney } from './pay-memo';
import { selectPayBasis } from './scores';

/** A bonus paid out somewhere between 0 % and 200 % of its target: its pay is unsure. */
const ranged = (id: string, baseSalary: number) =>
  makeOffer({
    id,
    company: id,
    compensation: {
      baseSalary,
      bonusTargetPct: 20,
      bonusPayoutLowPct: 0,
      bonusPayoutHighPct: 200,
    },
  });

const withWeights = (document: TradeoffDocument, weights: Settings['weights']) => ({
  ...document,
  settings: { ...document.settings, weights },
});

describe('the insights’ pay figures, remembered per offer', () => {
  it('draws an offer’s money once: a weight step and another offer’s edit reuse it', () => {
    const document = makeDocument({ offers: [ranged('a', 150_000), ranged('b', 160_000)] });
    const money = selectOfferMoney(document.offers[0]!, selectPayBasis(document, NO_TAX_RULES));
    expect(money?.of).toEqual(['bonus']);

    const stepped = withWeights(document, { ...document.settings.weights, compensation: 90 });
    const edited = { ...stepped, offers: [stepped.offers[0]!, ranged('b', 170_000)] };
    for (const next of [stepped, edited]) {
      expect(selectOfferMoney(next.offers[0]!, selectPayBasis(next, NO_TAX_RULES))).toBe(money);
    }
    // A setting that moves pay draws it again.
    const longer = { ...document, settings: { ...document.settings, horizonYears: 2 } };
    expect(selectOfferMoney(longer.offers[0]!, selectPayBasis(longer, NO_TAX_RULES))).not.toBe(
      money,
    );
  });

  it('gives the same insights as working everything out afresh, over any run of changes', () => {
    // A run of documents as a session makes them: weight steps, an offer replaced, a setting
    // changed, the rules switched; each answered with the memo the earlier ones filled.
    const change = fc.oneof(
      fc.record({ weights: arbitrarySettings().map((s) => s.weights) }),
      fc.record({ offer: arbitraryOffer(), at: fc.nat() }),
      fc.record({
        settings: arbitrarySettings(),
        compareOn: fc.constantFrom<Settings['compareOn']>('gross', 'net'),
      }),
      fc.record({ rules: fc.constantFrom<TaxRules>(NO_TAX_RULES, ALL_TAX_RULES) }),
    );
    fc.assert(
      fc.property(
        arbitraryDocument({ maxOffers: 4 }),
        fc.array(change, { maxLength: 5 }),
        (first, changes) => {
          let document = first;
          let rules: TaxRules = NO_TAX_RULES;
          const check = () =>
            expect(analyzeDecision(document, rules, payMemo(document, rules))).toEqual(
              analyzeDecision(document, rules),
            );
          check();
          for (const c of changes) {
            if ('weights' in c) document = withWeights(document, c.weights);
            else if ('offer' in c && document.offers.length > 0) {
              const at = c.at % document.offers.length;
              const old = document.offers[at]!;
              const offers = document.offers.map((o, i) =>
                i === at ? { ...c.offer, id: old.id, current: old.current } : o,
              );
              document = { ...document, offers };
            } else if ('settings' in c) {
              const settings = { ...c.settings, compareOn: c.compareOn };
              document = { ...document, settings };
            } else if ('rules' in c) rules = c.rules;
            check();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
