import { NO_TAX_RULES, type TradeoffDocument, type Weights } from '../../domain';

const none = NO_TAX_RULES;
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { selectContributions, selectFactorChart, selectYearlyChart } from './select-charts';

const withWeights = (doc: TradeoffDocument, weights: Partial<Weights>): TradeoffDocument => ({
  ...doc,
  settings: { ...doc.settings, weights: { ...doc.settings.weights, ...weights } },
});

/** Offers that differ in pay (a, b, c…: best paid first) and in growth (the other way round). */
const offers = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeOffer({
      id: `o${i}`,
      company: `Offer ${i}`,
      compensation: { baseSalary: 200_000 - i * 5_000 },
      growth: { learning: 1 + (i % 5) },
    }),
  );

describe('comparison chart selectors', () => {
  it('keep the factor and yearly rows when only a weight moves, and follow it with the contributions', () => {
    const before = makeDocument({ offers: offers(3) });
    const after = withWeights(before, { compensation: 10 });

    expect(selectFactorChart(after, none)).toBe(selectFactorChart(before, none));
    expect(selectYearlyChart(after, none, true)).toBe(selectYearlyChart(before, none, true));
    expect(selectContributions(after, none)).not.toBe(selectContributions(before, none));
  });

  it('draw other factor rows once a weight puts other offers among the best twenty', () => {
    const before = makeDocument({ offers: offers(25), settings: { weights: { growth: 0 } } });
    const after = withWeights(before, { compensation: 0, growth: 100 });
    const drawn = (doc: TradeoffDocument) =>
      selectFactorChart(doc, none).series.map((s) => s.offerId);

    expect(drawn(before)).toHaveLength(20);
    expect(drawn(before)).toContain('o0');
    expect(drawn(after)).not.toEqual(drawn(before));
    // Pay year by year shows the best-paid, which no weight changes.
    expect(selectYearlyChart(after, none, true)).toBe(selectYearlyChart(before, none, true));
  });

  it('recompute the yearly rows when the cost-of-living adjustment is switched', () => {
    const doc = makeDocument({ offers: offers(2) });
    expect(selectYearlyChart(doc, none, false)).not.toBe(selectYearlyChart(doc, none, true));
    expect(selectYearlyChart(doc, none, false).adjusted).toBe(false);
  });
});
