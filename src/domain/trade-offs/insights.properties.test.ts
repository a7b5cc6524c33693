import fc from 'fast-check';
import {
  FACTORS,
  MONEY_LIMIT,
  TIE_TOLERANCE,
  analyzeDecision,
  createDocument,
  createOffer,
  createSettings,
  scoreDocument,
  type Offer,
  type TradeoffDocument,
  type Weights,
} from '../index';

const rating = fc.integer({ min: 1, max: 5 });
// Subnormal weights (below about 1e-308) keep too few digits for any tie to
// be exact; sliders never produce them, so the fractional weights start at 1e-6.
const weight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 100 }),
  fc.double({ min: 1e-6, max: 100, noNaN: true }),
);

/** Offers varied in everything the totals depend on; a third are in EUR. */
const offerArb = (index: number) =>
  fc
    .record({
      currency: fc.constantFrom('USD', 'USD', 'EUR'),
      baseSalary: fc.integer({ min: 0, max: 400_000 }),
      bonusTargetPct: fc.integer({ min: 0, max: 30 }),
      signingBonus: fc.integer({ min: 0, max: 50_000 }),
      employerBaseContributionPct: fc.integer({ min: 0, max: 6 }),
      retirementMatchCap: fc.option(fc.integer({ min: 0, max: 10_000 })),
      costOfLivingIndex: fc.integer({ min: 60, max: 160 }),
      grantValue: fc.integer({ min: 0, max: 400_000 }),
      growth: fc.tuple(rating, rating, rating, rating),
      culture: fc.tuple(rating, rating, rating),
      hoursPerWeek: fc.integer({ min: 30, max: 70 }),
      ptoDays: fc.integer({ min: 0, max: 40 }),
      flexibility: rating,
    })
    .map((r): Offer => {
      const offer = createOffer({
        id: `o${index}`,
        company: `Company ${index}`,
        currency: r.currency,
      });
      const [learning, careerProgression, mentorship, companyOutlook] = r.growth;
      const [manager, team, values] = r.culture;
      return {
        ...offer,
        compensation: {
          ...offer.compensation,
          baseSalary: r.baseSalary,
          bonusTargetPct: r.bonusTargetPct,
          signingBonus: r.signingBonus,
          employerBaseContributionPct: r.employerBaseContributionPct,
          retirementMatchCap: r.retirementMatchCap,
          costOfLivingIndex: r.costOfLivingIndex,
          equity: { ...offer.compensation.equity, kind: 'rsu', grantValue: r.grantValue },
        },
        growth: { learning, careerProgression, mentorship, companyOutlook },
        culture: { manager, team, values },
        workLife: {
          ...offer.workLife,
          hoursPerWeek: r.hoursPerWeek,
          ptoDays: r.ptoDays,
          flexibility: r.flexibility,
        },
      };
    });

const documentArb = fc
  .record({
    count: fc.integer({ min: 0, max: 6 }),
    weights: fc.record({ compensation: weight, growth: weight, culture: weight, workLife: weight }),
    withRate: fc.boolean(),
  })
  .chain(({ count, weights, withRate }) =>
    fc
      .tuple(...Array.from({ length: count }, (_, i) => offerArb(i)))
      .map((offers): TradeoffDocument =>
        createDocument({
          settings: createSettings({ weights, exchangeRates: withRate ? { EUR: 1.08 } : {} }),
          offers,
        }),
      ),
  );

const totalsOf = (document: TradeoffDocument) =>
  new Map(scoreDocument(document).scored.map((s) => [s.offerId, s.total]));

const withWeights = (document: TradeoffDocument, weights: Weights): TradeoffDocument => ({
  ...document,
  settings: { ...document.settings, weights },
});

const withBase = (document: TradeoffDocument, offerId: string, baseSalary: number) => ({
  ...document,
  offers: document.offers.map((o) =>
    o.id === offerId ? { ...o, compensation: { ...o.compensation, baseSalary } } : o,
  ),
});

/** Runner-up's total minus the leader's once the document is changed. */
const gapAfter = (changed: TradeoffDocument, leaderId: string, offerId: string) => {
  const totals = totalsOf(changed);
  return totals.get(offerId)! - totals.get(leaderId)!;
};

describe('analyzeDecision properties', () => {
  it('ties the offer with the leader when a reported flip weight is applied', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const { margin, flips } = analyzeDecision(document);
        for (const flip of flips.all) {
          expect(flip.to).toBeGreaterThanOrEqual(0);
          expect(flip.to).toBeLessThanOrEqual(100);
          const weights = { ...document.settings.weights, [flip.factor]: flip.to };
          const gap = gapAfter(
            withWeights(document, weights),
            margin!.leader.offerId,
            flip.offerId,
          );
          expect(Math.abs(gap)).toBeLessThanOrEqual(1e-6);
        }
        const moves = flips.all.map((f) => f.move);
        expect(flips.smallest?.move ?? null).toBe(moves.length ? Math.min(...moves) : null);
      }),
    );
  });

  it('makes the offer tie or lead with the break-even raise, and not with 100 less', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const { margin, breakEven } = analyzeDecision(document);
        for (const { offerId, baseSalary, raise } of breakEven) {
          const leaderId = margin!.leader.offerId;
          const gap = (base: number) =>
            gapAfter(withBase(document, offerId, base), leaderId, offerId);
          if (raise === null) {
            expect(gap(MONEY_LIMIT - 100)).toBeLessThan(-TIE_TOLERANCE);
            continue;
          }
          expect(raise % 100).toBe(0);
          expect(baseSalary + raise).toBeLessThan(MONEY_LIMIT);
          expect(gap(baseSalary + raise)).toBeGreaterThanOrEqual(-TIE_TOLERANCE);
          if (raise >= 100) expect(gap(baseSalary + raise - 100)).toBeLessThan(-TIE_TOLERANCE);
        }
      }),
    );
  });

  it('gives win probabilities between 0 and 1 that add up to 1', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const { winProbability } = analyzeDecision(document);
        expect(winProbability).toHaveLength(scoreDocument(document).scored.length);
        for (const { probability } of winProbability) {
          expect(probability).toBeGreaterThanOrEqual(0);
          expect(probability).toBeLessThanOrEqual(1);
        }
        const sum = winProbability.reduce((s, w) => s + w.probability, 0);
        if (winProbability.length > 0) expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });

  it('never reports a flip for a factor on which the two offers score the same', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const { margin, flips } = analyzeDecision(document);
        const scored = new Map(scoreDocument(document).scored.map((s) => [s.offerId, s]));
        for (const flip of flips.all) {
          const leader = scored.get(margin!.leader.offerId)!;
          const other = scored.get(flip.offerId)!;
          expect(FACTORS).toContain(flip.factor);
          expect(leader.factors[flip.factor]).not.toBe(other.factors[flip.factor]);
        }
      }),
    );
  });
});
