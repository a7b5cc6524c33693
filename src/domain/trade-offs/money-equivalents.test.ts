import fc from 'fast-check';
import {
  meanCompensation,
  NO_TAX_RULES,
  scoreDocument,
  type Offer,
  type RatedFactor,
  type TradeoffDocument,
  type Weights,
} from '../index';
import { moneyEquivalents } from './money-equivalents';
import { changedPair, type MoneyChange } from './money-equivalents';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';

/** A plain salary, the same every year, so the mean yearly pay is the salary. */
const paid = (baseSalary: number, overrides: OfferOverrides = {}) =>
  makeOffer({ ...overrides, compensation: { baseSalary, annualRaisePct: 0 } });

const amountOf = (result: ReturnType<typeof moneyEquivalents>, factor: string, criterion: string) =>
  result.ratings.find((r) => r.factor === factor && r.criterion === criterion)?.equivalent.amount;

describe('moneyEquivalents', () => {
  // Defaults: weights 40/25/15/20 (sum 100), criteria equal inside each factor.
  const document = makeDocument({
    offers: [
      paid(100_000, { company: 'Northwind' }),
      paid(80_000, {
        company: 'Fieldnote',
        workLife: { ptoDays: 20, hoursPerWeek: 45, officeDaysPerWeek: 3, commuteMinutes: 30 },
      }),
    ],
  });

  it('prices one rating step at the lowest-paid offer, below the best pay', () => {
    const result = moneyEquivalents(document);
    expect(result.status).toBe('counts');
    expect(result.reference?.company).toBe('Fieldnote');
    // Manager: 15 % × 1/3 × 25 points = 1.25 points. A dollar a year: 40 % × 100 / 100,000 = 0.0004.
    expect(amountOf(result, 'culture', 'manager')).toBeCloseTo(3_125, 6);
    // Learning: 25 % × 1/4 × 25 = 1.5625 points → 3,906.25. Flexibility: 20 % × 1/4 × 25 → 3,125.
    expect(amountOf(result, 'growth', 'learning')).toBeCloseTo(3_906.25, 6);
    expect(amountOf(result, 'workLife', 'flexibility')).toBeCloseTo(3_125, 6);
    expect(result.ratings).toHaveLength(4 + 3 + 1);
  });

  it('prices a day off, an office day and an hour at each offer', () => {
    const fieldnote = moneyEquivalents(document).offers.find((o) => o.company === 'Fieldnote')!;
    // A day off: 20 % × 1/4 × 100/35 points = 1/7 → 357.14 a year.
    expect(fieldnote.ptoDay.amount).toBeCloseTo(1 / 7 / 0.0004, 6);
    // An office day less: 1 hour of commuting a week less, 10 points of commute → 0.5 points → 1,250.
    expect(fieldnote.officeDay.amount).toBeCloseTo(1_250, 6);
    // An hour less: 100/30 points of hours → 1/6 point → 416.67.
    expect(fieldnote.hour.amount).toBeCloseTo(1 / 6 / 0.0004, 6);
  });

  it('says a change that scores nothing is worth nothing, and one that cannot happen is not priced', () => {
    const offer = paid(90_000, {
      workLife: { ptoDays: 40, hoursPerWeek: 30, officeDaysPerWeek: 0 },
    });
    const result = moneyEquivalents(makeDocument({ offers: [paid(100_000), offer] }));
    const row = result.offers.find((o) => o.offerId === offer.id)!;
    expect(row.ptoDay).toEqual({ amount: 0 }); // 35 days or more already score 100
    expect(row.hour).toEqual({ amount: 0 }); // 35 hours or fewer already score 100
    expect(row.officeDay).toEqual({ amount: null, why: 'not-possible' });
  });

  it('says money does not count when the compensation weight is 0', () => {
    const zero = {
      ...document,
      settings: {
        ...document.settings,
        weights: { ...document.settings.weights, compensation: 0 },
      },
    };
    expect(moneyEquivalents(zero).status).toBe('no-money');
    const allZero = {
      ...document,
      settings: {
        ...document.settings,
        weights: { compensation: 0, growth: 0, culture: 0, workLife: 0 },
      },
    };
    expect(moneyEquivalents(allZero).status).toBe('all-zero');
    expect(moneyEquivalents(makeDocument()).status).toBe('no-offers');
  });

  it('with one offer, prices a step against a copy of it that the raise makes the best paid', () => {
    // The copy paid X more becomes the benchmark: the stepped copy's pay scores 100 × 80,000 / (80,000 + X).
    // 0.4 × (100 − 8,000,000 / (80,000 + X)) = 1.25 → X = 80,000 × 1.25 / (40 − 1.25) = 2,580.65.
    const result = moneyEquivalents(makeDocument({ offers: [paid(80_000)] }));
    expect(amountOf(result, 'culture', 'manager')).toBeCloseTo((80_000 * 1.25) / 38.75, 6);
  });

  it('cannot match a step with money when money counts too little', () => {
    // Compensation 1, culture 99: a manager step is 99/100 × 1/3 × 25 = 8.25 points; all the pay
    // in the world moves the total by at most 1 point.
    const weights: Weights = { compensation: 1, growth: 0, culture: 99, workLife: 0 };
    const result = moneyEquivalents(
      makeDocument({ offers: [paid(100_000), paid(80_000)], settings: { weights } }),
    );
    expect(result.ratings.find((r) => r.criterion === 'manager')?.equivalent).toEqual({
      amount: null,
      why: 'unreachable',
    });
  });

  it('has no price for a step worth exactly money’s whole effect, rather than an absurd amount', () => {
    // Compensation 1, culture 12: a manager step is 12/13 × 1/3 × 25 = 100/13 points, and all the
    // pay in the world adds 1/13 × 100 = 100/13 points at most: never quite enough.
    const weights: Weights = { compensation: 1, growth: 0, culture: 12, workLife: 0 };
    const result = moneyEquivalents(
      makeDocument({ offers: [paid(100_000), paid(80_000)], settings: { weights } }),
    );
    expect(result.ratings.find((r) => r.criterion === 'manager')?.equivalent).toEqual({
      amount: null,
      why: 'unreachable',
    });
  });
});

/**
 * Two copies of `offer` added to the document: one with the change, one in a
 * currency whose rate adds `amount` to its yearly pay. Scored by scoreDocument,
 * nothing of the money equivalents' own code.
 */
const withTwins = (
  document: TradeoffDocument,
  offer: Offer,
  change: MoneyChange,
  amount: number,
) => {
  const pair = changedPair(offer, change)!;
  const mean = meanCompensation(offer, document.settings, NO_TAX_RULES)!;
  const currency = 'XTS';
  return {
    ...document,
    settings: {
      ...document.settings,
      exchangeRates: { ...document.settings.exchangeRates, [currency]: (mean + amount) / mean },
    },
    offers: [
      ...document.offers,
      { ...pair.better, id: 'twin-step', currency: document.settings.currency },
      { ...pair.worse, id: 'twin-pay', currency },
    ],
  };
};

const rating = fc.integer({ min: 1, max: 5 });
const weight = fc.integer({ min: 0, max: 100 });
const offerArb = fc
  .record({
    salary: fc.integer({ min: 20_000, max: 400_000 }),
    growth: fc.tuple(rating, rating, rating, rating),
    culture: fc.tuple(rating, rating, rating),
    flexibility: rating,
    ptoDays: fc.integer({ min: 0, max: 40 }),
    hoursPerWeek: fc.integer({ min: 30, max: 70 }),
    officeDaysPerWeek: fc.integer({ min: 0, max: 5 }),
    commuteMinutes: fc.integer({ min: 0, max: 90 }),
  })
  .map((o) =>
    paid(o.salary, {
      growth: {
        learning: o.growth[0],
        careerProgression: o.growth[1],
        mentorship: o.growth[2],
        companyOutlook: o.growth[3],
      },
      culture: { manager: o.culture[0], team: o.culture[1], values: o.culture[2] },
      workLife: {
        flexibility: o.flexibility,
        ptoDays: o.ptoDays,
        hoursPerWeek: o.hoursPerWeek,
        officeDaysPerWeek: o.officeDaysPerWeek,
        commuteMinutes: o.commuteMinutes,
      },
    }),
  );
const documentArb = fc
  .tuple(
    fc.array(offerArb, { minLength: 1, maxLength: 4 }),
    fc.tuple(weight, weight, weight, weight),
  )
  .map(([offers, [compensation, growth, culture, workLife]]) =>
    makeDocument({
      offers,
      settings: { weights: { compensation: Math.max(1, compensation), growth, culture, workLife } },
    }),
  );

const totalsOf = (document: TradeoffDocument) => {
  const scored = scoreDocument(document).scored;
  const total = (id: string) => scored.find((s) => s.offerId === id)!.total;
  return { step: total('twin-step'), pay: total('twin-pay') };
};

describe('moneyEquivalents, checked by scoring two otherwise equal offers', () => {
  it('makes a rating step and its reported amount tie, within 1e-6 points', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = moneyEquivalents(document);
        const reference = document.offers.find((o) => o.id === result.reference?.offerId)!;
        for (const { factor, criterion, equivalent } of result.ratings) {
          if (equivalent.amount === null) continue;
          const change: MoneyChange = { kind: 'rating', factor: factor as RatedFactor, criterion };
          const { step, pay } = totalsOf(withTwins(document, reference, change, equivalent.amount));
          expect(Math.abs(step - pay)).toBeLessThanOrEqual(1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('makes a day off, an office day or an hour and its reported amount tie at every offer', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        for (const row of moneyEquivalents(document).offers) {
          const offer = document.offers.find((o) => o.id === row.offerId)!;
          for (const kind of ['ptoDay', 'officeDay', 'hour'] as const) {
            const { amount } = row[kind];
            if (amount === null) continue;
            const { step, pay } = totalsOf(withTwins(document, offer, { kind }, amount));
            expect(Math.abs(step - pay)).toBeLessThanOrEqual(1e-6);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reports an amount that is really needed: a tenth less leaves the step ahead', () => {
    fc.assert(
      fc.property(documentArb, (document) => {
        const result = moneyEquivalents(document);
        const reference = document.offers.find((o) => o.id === result.reference?.offerId)!;
        for (const { factor, criterion, equivalent } of result.ratings) {
          if (!equivalent.amount) continue;
          const change: MoneyChange = { kind: 'rating', factor: factor as RatedFactor, criterion };
          const { step, pay } = totalsOf(
            withTwins(document, reference, change, equivalent.amount * 0.9),
          );
          expect(step).toBeGreaterThan(pay);
        }
      }),
      { numRuns: 40 },
    );
  });
});
