import type { TradeoffDocument, Weights } from '../../domain';
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

    expect(selectFactorChart(after)).toBe(selectFactorChart(before));
    expect(selectYearlyChart(after, true)).toBe(selectYearlyChart(before, true));
    expect(selectContributions(after)).not.toBe(selectContributions(before));
  });

  it('draw other factor rows once a weight puts other offers among the best twenty', () => {
    const before = makeDocument({ offers: offers(25), settings: { weights: { growth: 0 } } });
    const after = withWeights(before, { compensation: 0, growth: 100 });
    const drawn = (doc: TradeoffDocument) => selectFactorChart(doc).series.map((s) => s.offerId);

    expect(drawn(before)).toHaveLength(20);
    expect(drawn(before)).toContain('o0');
    expect(drawn(after)).not.toEqual(drawn(before));
    // Pay year by year shows the best-paid, which no weight changes.
    expect(selectYearlyChart(after, true)).toBe(selectYearlyChart(before, true));
  });

  it('recompute the yearly rows when the cost-of-living adjustment is switched', () => {
    const doc = makeDocument({ offers: offers(2) });
    expect(selectYearlyChart(doc, false)).not.toBe(selectYearlyChart(doc, true));
    expect(selectYearlyChart(doc, false).adjusted).toBe(false);
  });
});
