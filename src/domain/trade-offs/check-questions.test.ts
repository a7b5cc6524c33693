import fc from 'fast-check';
import { meanCompensation, NO_TAX_RULES, type TradeoffDocument } from '../index';
import {
  answerAgrees,
  checkQuestion,
  checkQuestions,
  roundDownNicely,
  weightsForAnswer,
} from './check-questions';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';

const paid = (baseSalary: number, overrides: OfferOverrides = {}) =>
  makeOffer({ ...overrides, compensation: { baseSalary, annualRaisePct: 0 } });

const withWeights = (
  document: TradeoffDocument,
  weights: TradeoffDocument['settings']['weights'],
) => ({
  ...document,
  settings: { ...document.settings, weights },
});

describe('check questions', () => {
  // Pay 100k and 80k; the offers differ on manager (culture), learning (growth) and flexibility.
  const document = makeDocument({
    offers: [
      paid(100_000, {
        culture: { manager: 2 },
        growth: { learning: 4 },
        workLife: { flexibility: 2 },
      }),
      paid(80_000, {
        culture: { manager: 4 },
        growth: { learning: 2 },
        workLife: { flexibility: 5 },
      }),
    ],
  });

  it('asks one question per rated factor, about the rating the offers differ on most, with their pay gap', () => {
    expect(checkQuestions(document)).toEqual([
      { factor: 'growth', criterion: 'learning', amount: 20_000 },
      { factor: 'culture', criterion: 'manager', amount: 20_000 },
      { factor: 'workLife', criterion: 'flexibility', amount: 20_000 },
    ]);
  });

  it('says which answer the weights give', () => {
    // At 40/25/15/20 a manager step is worth 3,125 a year (see the money equivalents): less than 20,000.
    const verdict = checkQuestion(document, {
      factor: 'culture',
      criterion: 'manager',
      amount: 20_000,
    })!;
    expect(verdict.equivalent.amount).toBeCloseTo(3_125, 6);
    expect(verdict.weightsPrefer).toBe('money');
    expect(answerAgrees(verdict, 'money')).toBe(true);
    expect(answerAgrees(verdict, 'step')).toBe(false);
    expect(
      checkQuestion(document, { factor: 'culture', criterion: 'manager', amount: 3_000 })!
        .weightsPrefer,
    ).toBe('step');
  });

  it('offers weights that agree with an answer that did not, and none when it did', () => {
    const question = { factor: 'culture', criterion: 'manager', amount: 20_000 } as const;
    expect(weightsForAnswer(document, question, 'money')).toBeNull();
    const adjusted = weightsForAnswer(document, question, 'step')!;
    expect(adjusted.culture).toBeGreaterThan(15);
    expect(adjusted.compensation).toBeLessThan(40);
    expect({ growth: adjusted.growth, workLife: adjusted.workLife }).toEqual({
      growth: 25,
      workLife: 20,
    });
    const after = checkQuestion(withWeights(document, adjusted), question)!;
    expect(after.weightsPrefer).toBe('step');
    // Past indifference by the margin: the step is now worth at least 22,000 a year.
    expect(after.equivalent.amount ?? Infinity).toBeGreaterThanOrEqual(22_000);
  });

  it('asks nothing with one offer or offers paid the same', () => {
    expect(checkQuestions(makeDocument({ offers: [paid(90_000)] }))).toEqual([]);
    expect(checkQuestions(makeDocument({ offers: [paid(90_000), paid(90_000)] }))).toEqual([]);
  });

  it('rounds amounts down to two significant digits', () => {
    expect(roundDownNicely(12_345)).toBe(12_000);
    expect(roundDownNicely(870.5)).toBe(870);
    expect(roundDownNicely(9)).toBe(9);
    expect(roundDownNicely(0)).toBe(0);
  });

  it('asks different amounts when the offers’ pay gaps allow it', () => {
    const four = makeDocument({
      offers: [100_000, 80_000, 70_000, 50_000].map((pay, i) =>
        paid(pay, {
          culture: { manager: 1 + i },
          growth: { learning: 4 - i },
          workLife: { flexibility: 2 + (i % 2) },
        }),
      ),
    });
    const amounts = checkQuestions(four).map((q) => q.amount);
    expect(amounts).toHaveLength(3);
    expect(new Set(amounts).size).toBe(3);
  });

  it('asks no question about a rating the lowest-paid offer has not rated: the weights cannot judge it', () => {
    const unrated = makeDocument({
      offers: [
        paid(100_000, { culture: { manager: 2, team: null, values: null } }),
        paid(80_000, { culture: { manager: null, team: 3, values: null } }),
      ],
    });
    const culture = checkQuestions(unrated).find((q) => q.factor === 'culture');
    expect(culture?.criterion).toBe('team');
    for (const question of checkQuestions(unrated))
      expect(checkQuestion(unrated, question)).not.toBeNull();
  });

  const rating = fc.integer({ min: 1, max: 5 });
  const maybeRating = fc.option(rating, { nil: null });
  const weight = fc.integer({ min: 0, max: 100 });
  const offerArb = fc
    .record({
      salary: fc.integer({ min: 0, max: 2_000_000 }),
      manager: rating,
      learning: rating,
      flexibility: rating,
    })
    .map((o) =>
      paid(o.salary, {
        culture: { manager: o.manager },
        growth: { learning: o.learning },
        workLife: { flexibility: o.flexibility },
      }),
    );
  const documentArb = fc
    .tuple(
      fc.array(offerArb, { minLength: 1, maxLength: 5 }),
      fc.tuple(weight, weight, weight, weight),
    )
    .map(([offers, [compensation, growth, culture, workLife]]) =>
      makeDocument({ offers, settings: { weights: { compensation, growth, culture, workLife } } }),
    );

  it('never asks about an amount outside the range of the offers’ pay', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const means = doc.offers.map((o) => meanCompensation(o, doc.settings, NO_TAX_RULES)!);
        const range = Math.max(...means) - Math.min(...means);
        for (const { amount } of checkQuestions(doc)) {
          expect(amount).toBeGreaterThan(0);
          expect(amount).toBeLessThanOrEqual(range);
        }
      }),
    );
  });

  it('asks only what the weights can judge, and a different amount while another gap is left', () => {
    const sometimesRated = fc
      .array(
        fc.record({
          salary: fc.integer({ min: 0, max: 2_000_000 }),
          manager: maybeRating,
          team: maybeRating,
          learning: maybeRating,
          flexibility: maybeRating,
        }),
        { minLength: 1, maxLength: 5 },
      )
      .map((offers) =>
        makeDocument({
          offers: offers.map((o) =>
            paid(o.salary, {
              culture: { manager: o.manager, team: o.team },
              growth: { learning: o.learning },
              workLife: { flexibility: o.flexibility },
            }),
          ),
        }),
      );
    fc.assert(
      fc.property(sometimesRated, (doc) => {
        const means = doc.offers.map((o) => meanCompensation(o, doc.settings, NO_TAX_RULES)!);
        const amounts = new Set<number>();
        for (const a of means)
          for (const b of means) if (a - b >= 1) amounts.add(roundDownNicely(a - b));
        const questions = checkQuestions(doc);
        for (const question of questions) expect(checkQuestion(doc, question)).not.toBeNull();
        const asked = new Set(questions.map((q) => q.amount));
        expect(asked.size).toBe(Math.min(questions.length, amounts.size));
      }),
    );
  });

  it('always finds weights that agree with either answer', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('money', 'step' as const), (doc, answer) => {
        for (const question of checkQuestions(doc)) {
          const adjusted = weightsForAnswer(doc, question, answer);
          const weights = adjusted ?? doc.settings.weights;
          for (const w of Object.values(weights)) {
            expect(Number.isInteger(w)).toBe(true);
            expect(w).toBeGreaterThanOrEqual(0);
            expect(w).toBeLessThanOrEqual(100);
          }
          expect(answerAgrees(checkQuestion(withWeights(doc, weights), question)!, answer)).toBe(
            true,
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
