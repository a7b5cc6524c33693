import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer, makeSettings } from '../../testing/domain-factories';
import {
  commuteUtility,
  criterionUtilities,
  exchangeRate,
  factorScore,
  hoursUtility,
  meanCompensation,
  NO_TAX_RULES,
  ratingUtility,
  scoreDocument,
  timeOffUtility,
  totalScore,
  weeklyCommuteHours,
  weightShares,
} from '..';

// Expected values are worked out by hand in the comments, never recomputed.

/** An offer paid only its base salary, flat, so its mean compensation is that salary. */
const salaryOnly = (id: string, baseSalary: number, currency = 'USD') =>
  makeOffer({ id, company: id, currency, compensation: { baseSalary, annualRaisePct: 0 } });

const scoredById = (result: ReturnType<typeof scoreDocument>, id: string) => {
  const offer = result.scored.find((s) => s.offerId === id);
  if (!offer) throw new Error(`offer ${id} was not scored`);
  return offer;
};

describe('criterion utilities (scoring.md §4)', () => {
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ])('maps a rating of %i to %i', (rating, utility) => {
    // (r − 1) / 4 × 100
    expect(ratingUtility(rating)).toBe(utility);
  });

  it.each([
    [30, 100], // clamped: (65 − 30) / 30 > 1
    [35, 100], // (65 − 35) / 30 = 1
    [41, 80], // 24 / 30 = 0.8
    [50, 50], // 15 / 30 = 0.5
    [65, 0], // 0 / 30
    [80, 0], // clamped: negative
  ])('scores %i hours a week as %i', (hours, utility) => {
    expect(hoursUtility(hours)).toBeCloseTo(utility, 9);
  });

  it.each([
    [0, 0],
    [14, 40], // 14 / 35 = 0.4
    [28, 80], // 28 / 35 = 0.8
    [35, 100],
    [60, 100], // clamped
  ])('scores %i days off as %i', (days, utility) => {
    expect(timeOffUtility(days)).toBeCloseTo(utility, 9);
  });

  it('turns minutes per trip and office days into weekly commute hours', () => {
    // 2 trips × 30 min × 3 days / 60 = 3 hours
    expect(weeklyCommuteHours(30, 3)).toBe(3);
  });

  it.each([
    [30, 3, 70], // w = 3 → 100 × (1 − 0.3)
    [45, 5, 25], // w = 2 × 45 × 5 / 60 = 7.5 → 100 × 0.25
    [60, 5, 0], // w = 10 → 0
    [90, 5, 0], // w = 15 → clamped
    [120, 0, 100], // no office days, no commute
    [0, 5, 100],
  ])('scores a %i-minute commute on %i office days as %i', (minutes, days, utility) => {
    expect(commuteUtility(minutes, days)).toBeCloseTo(utility, 9);
  });

  it('gathers every criterion of an offer', () => {
    const offer = makeOffer({
      growth: { learning: 5, careerProgression: 1, mentorship: 3, companyOutlook: 4 },
      culture: { manager: 2, team: 4, values: 5 },
      workLife: {
        hoursPerWeek: 50,
        ptoDays: 35,
        commuteMinutes: 30,
        officeDaysPerWeek: 3,
        flexibility: 1,
      },
    });
    const utilities = criterionUtilities(offer);
    expect(utilities.growth).toEqual({
      learning: 100,
      careerProgression: 0,
      mentorship: 50,
      companyOutlook: 75,
    });
    expect(utilities.culture).toEqual({ manager: 25, team: 75, values: 100 });
    expect(utilities.workLife.hours).toBeCloseTo(50, 9);
    expect(utilities.workLife.timeOff).toBeCloseTo(100, 9);
    expect(utilities.workLife.commute).toBeCloseTo(70, 9);
    expect(utilities.workLife.flexibility).toBe(0);
  });
});

describe('factor scores', () => {
  const growth = { learning: 100, careerProgression: 0, mentorship: 50, companyOutlook: 75 };
  const equal = { learning: 1, careerProgression: 1, mentorship: 1, companyOutlook: 1 };

  it('averages criteria with equal weights', () => {
    // (100 + 0 + 50 + 75) / 4 = 56.25
    expect(factorScore('growth', growth, equal)).toBe(56.25);
  });

  it('weights criteria by their criterion weights', () => {
    // (3 × 100 + 0 + 50 + 75) / 6 = 425 / 6 = 70.8333…
    expect(factorScore('growth', growth, { ...equal, learning: 3 })).toBeCloseTo(70.833333, 5);
    // culture: (2 × 25 + 75 + 100) / 4 = 56.25
    const culture = { manager: 25, team: 75, values: 100 };
    expect(factorScore('culture', culture, { manager: 2, team: 1, values: 1 })).toBe(56.25);
  });

  it('lets a single criterion decide when the others weigh 0', () => {
    const onlyMentorship = { learning: 0, careerProgression: 0, mentorship: 5, companyOutlook: 0 };
    expect(factorScore('growth', growth, onlyMentorship)).toBe(50);
  });

  it('never rounds a factor above 100', () => {
    // (w × 100 + 41 × 100) / (w + 41) is 100.00000000000001 in floating point
    const workLife = { hours: 100, timeOff: 0, commute: 100, flexibility: 0 };
    const weights = { hours: 2.273736754432321e-14, timeOff: 0, commute: 41, flexibility: 0 };
    expect(factorScore('workLife', workLife, weights)).toBe(100);
  });

  it('leaves a criterion not rated out of its factor, the others sharing its weight', () => {
    // learning 100 and mentorship 50 rated, weights 3 and 1: (300 + 50) / 4 = 87.5
    const partly = { learning: 100, careerProgression: null, mentorship: 50, companyOutlook: null };
    expect(factorScore('growth', partly, { ...equal, learning: 3 })).toBe(87.5);
  });

  it('scores a factor with none of its weighted criteria rated at the middle, 50', () => {
    const none = {
      learning: null,
      careerProgression: null,
      mentorship: null,
      companyOutlook: null,
    };
    expect(factorScore('growth', none, equal)).toBe(50);
    // Only the unweighted criterion is rated: the weighted ones are all not rated.
    const onlyUnweighted = { manager: 0, team: null, values: null };
    expect(factorScore('culture', onlyUnweighted, { manager: 0, team: 1, values: 1 })).toBe(50);
  });

  it('scores 0 when every criterion weight of the factor is 0', () => {
    const none = { learning: 0, careerProgression: 0, mentorship: 0, companyOutlook: 0 };
    expect(factorScore('growth', growth, none)).toBe(0);
  });
});

describe('total score', () => {
  const factors = { compensation: 100, growth: 50, culture: 20, workLife: 0 };

  it('is the weighted mean of the factor scores', () => {
    // (40 × 100 + 25 × 50 + 15 × 20 + 20 × 0) / 100 = (4,000 + 1,250 + 300) / 100 = 55.5
    expect(totalScore(factors, { compensation: 40, growth: 25, culture: 15, workLife: 20 })).toBe(
      55.5,
    );
    // (1 × 100 + 1 × 50 + 0 + 0) / 2 = 75
    expect(totalScore(factors, { compensation: 1, growth: 1, culture: 0, workLife: 0 })).toBe(75);
  });

  it('is 0 when every weight is 0', () => {
    expect(totalScore(factors, { compensation: 0, growth: 0, culture: 0, workLife: 0 })).toBe(0);
  });

  it("shows each factor's share of the raw weights as a percent", () => {
    // 30 / 60 = 50 %, 15 / 60 = 25 %, 15 / 60 = 25 %, 0
    expect(weightShares({ compensation: 30, growth: 15, culture: 15, workLife: 0 })).toEqual({
      compensation: 50,
      growth: 25,
      culture: 25,
      workLife: 0,
    });
    expect(weightShares({ compensation: 0, growth: 0, culture: 0, workLife: 0 })).toEqual({
      compensation: 0,
      growth: 0,
      culture: 0,
      workLife: 0,
    });
  });
});

describe('mean compensation: cost of living and currency (scoring.md §2–3)', () => {
  it('averages cost-of-living adjusted totals over the horizon', () => {
    const offer = makeOffer({
      compensation: {
        baseSalary: 100_000,
        annualRaisePct: 0,
        signingBonus: 20_000,
        costOfLivingIndex: 125,
      },
    });
    // totals 120,000 and 100,000 → mean 110,000 → × 100 / 125 = 88,000
    expect(meanCompensation(offer, makeSettings({ horizonYears: 2 }), NO_TAX_RULES)).toBeCloseTo(
      88_000,
      6,
    );
  });

  it('converts into the display currency with the exchange rate', () => {
    const offer = makeOffer({
      currency: 'EUR',
      compensation: { baseSalary: 100_000, annualRaisePct: 0, costOfLivingIndex: 125 },
    });
    const settings = makeSettings({ currency: 'USD', exchangeRates: { EUR: 1.1 } });
    // 100,000 × 100 / 125 = 80,000 EUR → × 1.1 = 88,000 USD
    expect(meanCompensation(offer, settings, NO_TAX_RULES)).toBeCloseTo(88_000, 6);
  });

  it('needs no rate for an offer in the display currency', () => {
    const settings = makeSettings({ currency: 'EUR', exchangeRates: {} });
    expect(exchangeRate('EUR', settings)).toEqual({ ok: true, rate: 1 });
    expect(meanCompensation(salaryOnly('a', 50_000, 'EUR'), settings, NO_TAX_RULES)).toBe(50_000);
  });

  it('refuses to score an offer whose rate is missing, naming the currency', () => {
    const settings = makeSettings({ currency: 'USD', exchangeRates: { EUR: 1.1 } });
    const lookup = exchangeRate('GBP', settings);
    expect(lookup.ok).toBe(false);
    expect(!lookup.ok && lookup.reason).toContain('GBP');
    expect(meanCompensation(salaryOnly('a', 50_000, 'GBP'), settings, NO_TAX_RULES)).toBeNull();
  });

  it('leaves an offer with a missing rate unscored instead of scoring it at 1:1', () => {
    const document = makeDocument({
      settings: { currency: 'USD', exchangeRates: {} },
      offers: [salaryOnly('home', 100_000), salaryOnly('abroad', 200_000, 'GBP')],
    });
    const result = scoreDocument(document);
    expect(result.scored.map((s) => s.offerId)).toEqual(['home']);
    expect(result.unscored).toEqual([
      {
        offerId: 'abroad',
        company: 'abroad',
        currency: 'GBP',
        reason: expect.stringContaining('GBP'),
      },
    ]);
    // At 1:1 the GBP offer would set the maximum and 'home' would get 50.
    expect(scoredById(result, 'home').factors.compensation).toBe(100);
  });
});

describe('scoreDocument', () => {
  it('scores every factor and the total of each offer', () => {
    const a = makeOffer({
      id: 'a',
      compensation: { baseSalary: 100_000 },
      growth: { learning: 5, careerProgression: 5, mentorship: 5, companyOutlook: 5 },
      culture: { manager: 3, team: 3, values: 3 },
      workLife: { hoursPerWeek: 35, ptoDays: 35, officeDaysPerWeek: 0, flexibility: 5 },
    });
    const b = makeOffer({
      id: 'b',
      compensation: { baseSalary: 50_000 },
      growth: { learning: 1, careerProgression: 1, mentorship: 1, companyOutlook: 1 },
      culture: { manager: 5, team: 5, values: 5 },
      workLife: {
        hoursPerWeek: 65,
        ptoDays: 0,
        commuteMinutes: 60,
        officeDaysPerWeek: 5,
        flexibility: 1,
      },
    });
    const result = scoreDocument(makeDocument({ settings: { horizonYears: 1 }, offers: [a, b] }));

    // compensation: 100 × 100,000 / 100,000 = 100 and 100 × 50,000 / 100,000 = 50
    expect(scoredById(result, 'a').factors).toEqual({
      compensation: 100,
      growth: 100,
      culture: 50,
      workLife: 100,
    });
    expect(scoredById(result, 'b').factors).toEqual({
      compensation: 50,
      growth: 0,
      culture: 100,
      workLife: 0,
    });
    // a: (40 × 100 + 25 × 100 + 15 × 50 + 20 × 100) / 100 = 92.5
    expect(scoredById(result, 'a').total).toBe(92.5);
    // b: (40 × 50 + 25 × 0 + 15 × 100 + 20 × 0) / 100 = 35
    expect(scoredById(result, 'b').total).toBe(35);
    expect(scoredById(result, 'b').meanCompensation).toBe(50_000);
    expect(result.allWeightsZero).toBe(false);
  });

  it('uses the criterion weights of the settings', () => {
    const offer = makeOffer({
      growth: { learning: 5, careerProgression: 1, mentorship: 1, companyOutlook: 1 },
    });
    const settings = {
      criterionWeights: {
        growth: { learning: 1, careerProgression: 0, mentorship: 0, companyOutlook: 1 },
      },
    };
    const [scored] = scoreDocument(makeDocument({ settings, offers: [offer] })).scored;
    // (1 × 100 + 1 × 0) / 2 = 50
    expect(scored?.factors.growth).toBe(50);
  });

  it('scores a factor 0 when all its criterion weights are 0', () => {
    const offer = makeOffer({ culture: { manager: 5, team: 5, values: 5 } });
    const settings = { criterionWeights: { culture: { manager: 0, team: 0, values: 0 } } };
    const [scored] = scoreDocument(makeDocument({ settings, offers: [offer] })).scored;
    expect(scored?.factors.culture).toBe(0);
  });

  it('gives every offer a total of 0 and says so when all weights are 0', () => {
    const weights = { compensation: 0, growth: 0, culture: 0, workLife: 0 };
    const offers = [salaryOnly('a', 90_000), salaryOnly('b', 120_000)];
    const result = scoreDocument(makeDocument({ settings: { weights }, offers }));
    expect(result.scored.map((s) => s.total)).toEqual([0, 0]);
    expect(result.allWeightsZero).toBe(true);
  });

  it('still scores an offer whose cost-of-living index is nearly 0', () => {
    // 100,000 × 100 / 1e-300 overflows; the offer must still score 100, not NaN
    const cheap = makeOffer({
      id: 'cheap',
      compensation: { baseSalary: 100_000, costOfLivingIndex: 1e-300 },
    });
    const result = scoreDocument(makeDocument({ offers: [cheap, salaryOnly('plain', 100_000)] }));
    expect(scoredById(result, 'cheap').factors.compensation).toBe(100);
    expect(scoredById(result, 'plain').factors.compensation).toBeCloseTo(0, 9);
    expect(Number.isFinite(scoredById(result, 'cheap').total)).toBe(true);
  });

  it('scores compensation 0 for everyone when no offer pays anything', () => {
    const offers = [salaryOnly('a', 0), salaryOnly('b', 0)];
    const result = scoreDocument(makeDocument({ offers }));
    expect(result.scored.map((s) => s.factors.compensation)).toEqual([0, 0]);
  });
});
