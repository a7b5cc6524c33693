import { NO_TAX_RULES, type TradeoffDocument, type Weights } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { selectLeaveEarly } from './select-insights';

const none = NO_TAX_RULES;

const withWeights = (doc: TradeoffDocument, weights: Partial<Weights>): TradeoffDocument => ({
  ...doc,
  settings: { ...doc.settings, weights: { ...doc.settings.weights, ...weights } },
});

/** Offers best paid first (o0) and best rated for growth last. */
const offers = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeOffer({
      id: `o${i}`,
      company: `Offer ${i}`,
      compensation: { baseSalary: 200_000 - i * 5_000 },
      growth: { learning: 1 + (i % 5) },
    }),
  );

const drawn = (doc: TradeoffDocument) => selectLeaveEarly(doc, none).series.map((s) => s.offerId);

describe('the leave-early chart past six offers', () => {
  it('keeps the same rows when a weight step leaves the ranking as it was', () => {
    const before = makeDocument({ offers: offers(9), settings: { weights: { growth: 0 } } });
    const after = withWeights(before, { compensation: 90 });

    expect(drawn(before)).toHaveLength(6);
    expect(selectLeaveEarly(after, none)).toBe(selectLeaveEarly(before, none));
  });

  it('draws other offers once a weight puts them among the best six', () => {
    const before = makeDocument({ offers: offers(9), settings: { weights: { growth: 0 } } });
    const after = withWeights(before, { compensation: 0, growth: 100 });

    expect(drawn(before)).toContain('o0');
    expect(drawn(after)).not.toEqual(drawn(before));
  });
});
