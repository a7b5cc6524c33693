import {
  analyzeDecision,
  createDocument,
  createOffer,
  createSettings,
  type Offer,
  type TradeoffDocument,
  type Weights,
  withExampleOffers,
} from '../index';

interface OfferSpec {
  company?: string;
  currency?: string;
  base?: number;
  /** Every growth rating. */
  growth?: number;
}

/** Offers that differ only in base salary and growth ratings; everything else is default. */
const makeOffer = (
  id: string,
  { company = id, currency = 'USD', base = 0, growth = 3 }: OfferSpec,
) => {
  const offer = createOffer({ id, company, currency });
  return {
    ...offer,
    compensation: { ...offer.compensation, baseSalary: base },
    growth: {
      learning: growth,
      careerProgression: growth,
      mentorship: growth,
      companyOutlook: growth,
    },
  } satisfies Offer;
};

const makeDocument = (
  offers: Offer[],
  weights: Partial<Weights> = {},
  exchangeRates: Record<string, number> = {},
): TradeoffDocument =>
  createDocument({
    settings: createSettings({
      weights: { compensation: 50, growth: 50, culture: 0, workLife: 0, ...weights },
      exchangeRates,
    }),
    offers,
  });

// Worked by hand. Pay utilities: A 100, B 50. Growth: A 50 (all 3s), B 75 (all 4s).
// Totals with weights 50/50: A = 75, B = 62.5.
const payVersusGrowth = () =>
  makeDocument([
    makeOffer('a', { company: 'Acme', base: 100_000, growth: 3 }),
    makeOffer('b', { company: 'Beta', base: 50_000, growth: 4 }),
  ]);

describe('analyzeDecision: margin', () => {
  it('names the leader, the runner-up and the gap between their totals', () => {
    const { margin } = analyzeDecision(payVersusGrowth());
    expect(margin?.leader).toMatchObject({ offerId: 'a', company: 'Acme' });
    expect(margin?.leader.total).toBeCloseTo(75, 9);
    expect(margin?.runnerUp?.offerId).toBe('b');
    expect(margin?.gap).toBeCloseTo(12.5, 9);
    expect(margin?.tied).toBe(false);
  });

  it('reports a tie at the top with the leader first by name', () => {
    const doc = makeDocument([
      makeOffer('z', { company: 'Zeta', base: 80_000 }),
      makeOffer('y', { company: 'Alpha', base: 80_000 }),
    ]);
    const { margin, flips, breakEven, winProbability } = analyzeDecision(doc);
    expect(margin).toMatchObject({ leader: { company: 'Alpha' }, gap: 0, tied: true });
    expect(flips).toEqual({ all: [], smallest: null });
    expect(breakEven.map((b) => b.raise)).toEqual([0]);
    expect(winProbability.map((w) => w.probability)).toEqual([0.5, 0.5]);
  });

  it('has no runner-up with a single scored offer', () => {
    const insights = analyzeDecision(makeDocument([makeOffer('a', { base: 1 })]));
    expect(insights.margin).toMatchObject({ runnerUp: null, gap: null, tied: false });
    expect(insights.flips.smallest).toBeNull();
    expect(insights.breakEven).toEqual([]);
    expect(insights.winProbability).toEqual([{ offerId: 'a', company: 'a', probability: 1 }]);
  });

  it('has nothing to say without any scored offer', () => {
    expect(analyzeDecision(makeDocument([]))).toEqual({
      margin: null,
      flips: { all: [], smallest: null },
      breakEven: [],
      winProbability: [],
      unsureAbout: [],
      allWeightsZero: false,
    });
  });

  it('leaves out an offer whose exchange rate is missing', () => {
    const doc = payVersusGrowth();
    doc.offers.push(makeOffer('gbp', { currency: 'GBP', base: 900_000, growth: 5 }));
    const insights = analyzeDecision(doc);
    expect(insights.margin?.leader.offerId).toBe('a');
    expect(insights.winProbability.map((w) => w.offerId)).toEqual(['a', 'b']);
    expect(insights.breakEven.map((b) => b.offerId)).toEqual(['b']);
    expect(insights.flips.all.every((f) => f.offerId === 'b')).toBe(true);
  });
});

describe('analyzeDecision: weight flips', () => {
  it('finds the weight at which the runner-up ties, per factor that separates them', () => {
    // Pay: W* = -(50 · -25) / 50 = 25. Growth: W* = -(50 · 50) / -25 = 100.
    const { flips } = analyzeDecision(payVersusGrowth());
    expect(flips.all).toHaveLength(2);
    const [pay, growth] = flips.all;
    expect(pay).toMatchObject({ offerId: 'b', factor: 'compensation', from: 50 });
    expect(pay?.to).toBeCloseTo(25, 9);
    expect(pay?.move).toBeCloseTo(25, 9);
    expect(growth).toMatchObject({ offerId: 'b', factor: 'growth', from: 50 });
    expect(growth?.to).toBeCloseTo(100, 9);
    expect(flips.smallest).toBe(pay);
  });

  it('leaves out a flip that would need a weight above 100', () => {
    // Growth would need -(80 · 50) / -25 = 160.
    const { flips } = analyzeDecision(
      makeDocument(payVersusGrowth().offers, { compensation: 80, growth: 50 }),
    );
    expect(flips.all.map((f) => f.factor)).toEqual(['compensation']);
    expect(flips.smallest?.to).toBeCloseTo(25, 9);
  });

  it('reports no flips when every weight is 0', () => {
    const doc = makeDocument(payVersusGrowth().offers, { compensation: 0, growth: 0 });
    const insights = analyzeDecision(doc);
    expect(insights.allWeightsZero).toBe(true);
    expect(insights.flips).toEqual({ all: [], smallest: null });
    expect(insights.winProbability.map((w) => w.probability)).toEqual([0.5, 0.5]);
  });
});

describe('analyzeDecision: break-even raise', () => {
  it('is the raise that brings the runner-up level, rounded up to 100', () => {
    // B needs a pay utility of 75: a salary of 75,000, so 24,950 more, rounded up to 25,000.
    const doc = makeDocument([
      makeOffer('a', { base: 100_000, growth: 3 }),
      makeOffer('b', { base: 50_050, growth: 4 }),
    ]);
    expect(analyzeDecision(doc).breakEven).toEqual([
      { offerId: 'b', company: 'b', currency: 'USD', baseSalary: 50_050, raise: 25_000 },
    ]);
  });

  it("is in the runner-up's own currency", () => {
    // 1 EUR = 1.25 USD: B must reach 75,000 USD = 60,000 EUR, from 40,010 EUR.
    const doc = makeDocument(
      [
        makeOffer('a', { base: 100_000, growth: 3 }),
        makeOffer('b', { currency: 'EUR', base: 40_010, growth: 4 }),
      ],
      {},
      { EUR: 1.25 },
    );
    expect(analyzeDecision(doc).breakEven[0]).toMatchObject({ currency: 'EUR', raise: 20_000 });
  });

  it("lowers the leader's pay score once the runner-up becomes the best paid", () => {
    // A: pay 100, growth 100 → 100. B: pay 90, growth 75 → 82.5. B needs
    // 100 - 100 · 100,000 / b ≥ 25, so b ≥ 133,333.33: a raise of 43,400.
    const doc = makeDocument([
      makeOffer('a', { base: 100_000, growth: 5 }),
      makeOffer('b', { base: 90_000, growth: 4 }),
    ]);
    expect(analyzeDecision(doc).breakEven[0]?.raise).toBe(43_400);
  });

  it('is null when even an unbounded salary cannot close the gap', () => {
    // At best B scores 10 · 100 / 100 = 10 and A 90 · 100 / 100 = 90.
    const doc = makeDocument(
      [makeOffer('a', { base: 100_000, growth: 5 }), makeOffer('b', { base: 50_000, growth: 1 })],
      { compensation: 10, growth: 90 },
    );
    expect(analyzeDecision(doc).breakEven[0]?.raise).toBeNull();
  });

  it('is null when pay carries no weight', () => {
    const doc = makeDocument(payVersusGrowth().offers, { compensation: 0, growth: 50 });
    expect(analyzeDecision(doc).margin?.leader.offerId).toBe('b');
    expect(analyzeDecision(doc).breakEven[0]?.raise).toBeNull();
  });
});

describe('analyzeDecision: win probability', () => {
  it('gives every draw to an offer that leads by more than any wobble can undo', () => {
    // A - B ∝ 50·50·u₁ - 25·50·u₂ > 0 for every u in [0.75, 1.25].
    const shares = analyzeDecision(payVersusGrowth()).winProbability;
    expect(shares.map((w) => [w.offerId, w.probability])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
  });

  it('matches the share worked out from the uniform wobble', () => {
    // Weights 30/50: A wins when 1500·u₁ > 1250·u₂, i.e. u₂ < 1.2·u₁, which
    // holds with probability 1 - 0.0510417 / 0.25 ≈ 0.7958.
    const doc = makeDocument(payVersusGrowth().offers, { compensation: 30, growth: 50 });
    const [a, b] = analyzeDecision(doc).winProbability;
    expect(Math.abs(a!.probability - 0.7958)).toBeLessThan(0.03);
    expect(a!.probability + b!.probability).toBeCloseTo(1, 12);
  });

  it('gives the same figures every time for the same document', () => {
    const doc = makeDocument(payVersusGrowth().offers, { compensation: 30, growth: 50 });
    expect(analyzeDecision(doc)).toEqual(analyzeDecision(structuredClone(doc)));
  });
});

describe('margin of the decision', () => {
  it('is the smallest weight move that makes another offer tie the leader', () => {
    const insights = analyzeDecision(
      withExampleOffers(createDocument(), '2026-11-25T00:00:00.000Z'),
    );
    expect(insights.flips.smallest).not.toBeNull();
    expect(insights.margin?.marginOfDecision).toBe(insights.flips.smallest?.move);
  });
});
