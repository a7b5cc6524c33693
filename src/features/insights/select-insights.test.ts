import fc from 'fast-check';
import {
  ALL_TAX_RULES,
  NO_TAX_RULES,
  analyzeDecision,
  documentSchema,
  moneyEquivalents,
  type TradeoffDocument,
  type Weights,
} from '../../domain';
import { runInSlices } from '../../lib/slices';
import { arbitraryDocument, makeDocument, makeOffer } from '../../testing/domain-factories';
import { selectMoneyDrawing } from '../../store/pay-memo';
import { selectPayBasis } from '../../store/scores';
import { selectScores } from '../../store/scores';
import { worstCaseDocument } from '../../testing/worst-case-document';
import {
  insightsAtOnce,
  selectInsights,
  selectInsightsWork,
  selectLeaveEarly,
  selectMoney,
  selectPanelWork,
  selectQuestions,
} from './select-insights';

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

  it('keeps the same rows when a weight step reorders the six drawn among themselves', () => {
    // Six well paid offers, the better paid the less to learn, ahead of three poor ones.
    const six = Array.from({ length: 6 }, (_, i) =>
      makeOffer({
        id: `top${i}`,
        company: `Top ${i}`,
        compensation: { baseSalary: 200_000 - i * 10_000 },
        growth: { learning: 5 - Math.floor(i / 2), careerProgression: i < 3 ? 3 : 5 },
      }),
    );
    const rest = Array.from({ length: 3 }, (_, i) =>
      makeOffer({
        id: `low${i}`,
        company: `Low ${i}`,
        compensation: { baseSalary: 40_000 },
        growth: { learning: 1 },
      }),
    );
    const before = makeDocument({
      offers: [...rest, ...six],
      settings: { weights: { compensation: 100, growth: 0 } },
    });
    const after = withWeights(before, { compensation: 20, growth: 100 });
    const top = (doc: TradeoffDocument) =>
      selectScores(doc, none)
        .ranked.slice(0, 6)
        .map((r) => r.offerId);

    expect(top(after)).not.toEqual(top(before));
    expect([...top(after)].sort()).toEqual([...top(before)].sort());
    expect(selectLeaveEarly(after, none)).toBe(selectLeaveEarly(before, none));
  });

  it('draws other offers once a weight puts them among the best six', () => {
    const before = makeDocument({ offers: offers(9), settings: { weights: { growth: 0 } } });
    const after = withWeights(before, { compensation: 0, growth: 100 });

    expect(drawn(before)).toContain('o0');
    expect(drawn(after)).not.toEqual(drawn(before));
  });
});

describe('the questions for the recruiter', () => {
  it('stay the same object through a weight step: they do not depend on the weights', () => {
    const before = makeDocument({ offers: offers(3) });
    const after = withWeights(before, { compensation: 90 });
    expect(selectQuestions(after, none)).toBe(selectQuestions(before, none));
    const longer = { ...before, settings: { ...before.settings, horizonYears: 2 } };
    expect(selectQuestions(longer, none)).not.toBe(selectQuestions(before, none));
  });
});

describe('the insights worked out in slices', () => {
  // After tax in four countries, with bonus and share-price ranges and two startups' exits.
  const worst = documentSchema().parse(worstCaseDocument(8, 4)) as TradeoffDocument;

  it('gives exactly the figures worked out at once, for the same seeds', async () => {
    const expected = analyzeDecision(worst, ALL_TAX_RULES);
    expect(insightsAtOnce(worst, ALL_TAX_RULES)).toBe(false);
    // Slices of a millisecond: many tasks.
    const sliced = await runInSlices(
      selectPanelWork(worst, ALL_TAX_RULES).steps(),
      new AbortController().signal,
      1,
    );
    expect(sliced).not.toBeNull();
    expect(insightsAtOnce(worst, ALL_TAX_RULES)).toBe(true);
    expect(selectInsights(worst, ALL_TAX_RULES).winProbability).toEqual(expected.winProbability);
    expect(selectInsights(worst, ALL_TAX_RULES)).toEqual(expected);
    expect(selectMoney(worst, ALL_TAX_RULES)).toEqual(moneyEquivalents(worst, ALL_TAX_RULES));
  });

  it('stops when asked, and a newer version goes on from the money drawn so far', async () => {
    const older = documentSchema().parse(worstCaseDocument(8, 4)) as TradeoffDocument;
    const controller = new AbortController();
    const work = selectInsightsWork(older, ALL_TAX_RULES).steps();
    for (let step = 0; step < 100; step++) work.next();
    controller.abort();
    expect(await runInSlices(work, controller.signal)).toBeNull();
    expect(selectInsightsWork(older, ALL_TAX_RULES).done).toBe(false);

    const newer = withWeights(older, { compensation: 90 });
    const basis = selectPayBasis(newer, ALL_TAX_RULES);
    const drawnSoFar = older.offers.filter((offer) => selectMoneyDrawing(offer, basis).done);
    expect(drawnSoFar.length).toBeGreaterThan(0);
    const sliced = await runInSlices(
      selectInsightsWork(newer, ALL_TAX_RULES).steps(),
      new AbortController().signal,
    );
    expect(sliced?.value).toEqual(analyzeDecision(newer, ALL_TAX_RULES));
  });

  it('gives the same figures however the work is cut and whichever version is left behind', () => {
    fc.assert(
      fc.property(
        arbitraryDocument({ maxOffers: 3 }),
        fc.nat({ max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (first, steps, compensation) => {
          // Some steps of one version, then a weight step's version taken over at once.
          const work = selectInsightsWork(first, NO_TAX_RULES).steps();
          for (let step = 0; step < steps; step++) work.next();
          const next = withWeights(first, { compensation });
          expect(selectInsightsWork(next, NO_TAX_RULES).result()).toEqual(
            analyzeDecision(next, NO_TAX_RULES),
          );
          expect(selectInsightsWork(first, NO_TAX_RULES).result()).toEqual(
            analyzeDecision(first, NO_TAX_RULES),
          );
        },
      ),
      { numRuns: 15 },
    );
  });
});
