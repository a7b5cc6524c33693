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

  const rating = fc.integer({ min: 1, max: 5 });
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
