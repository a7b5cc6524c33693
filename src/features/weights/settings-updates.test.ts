import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  changeDisplayCurrency,
  resetCriterionWeights,
  setCriterionWeight,
  setExchangeRate,
  setFactorWeight,
  setHorizon,
  setWeights,
} from './settings-updates';

describe('settings updates', () => {
  it('changes one factor weight and keeps the others', () => {
    const doc = makeDocument();
    const next = setFactorWeight(doc, 'growth', 70);
    expect(next.settings.weights).toEqual({
      compensation: 40,
      growth: 70,
      culture: 15,
      workLife: 20,
    });
    expect(doc.settings.weights.growth).toBe(25);
  });

  it('returns the very same document when nothing changes, so the store stays quiet', () => {
    const doc = makeDocument();
    expect(setFactorWeight(doc, 'growth', 25)).toBe(doc);
    expect(setWeights(doc, { ...doc.settings.weights })).toBe(doc);
    expect(setHorizon(doc, 4)).toBe(doc);
    expect(setCriterionWeight(doc, 'culture', 'team', 1)).toBe(doc);
  });

  it('sets the horizon, a criterion weight and an exchange rate', () => {
    let doc = makeDocument();
    doc = setHorizon(doc, 6);
    doc = setCriterionWeight(doc, 'workLife', 'commute', 80);
    doc = setExchangeRate(doc, 'EUR', 1.1);
    expect(doc.settings.horizonYears).toBe(6);
    expect(doc.settings.criterionWeights.workLife).toEqual({
      hours: 1,
      timeOff: 1,
      commute: 80,
      flexibility: 1,
    });
    expect(doc.settings.exchangeRates).toEqual({ EUR: 1.1 });
  });

  it('makes every criterion count the same again, and is a no-op when they already do', () => {
    const doc = makeDocument({ settings: { criterionWeights: { growth: { learning: 80 } } } });
    const reset = resetCriterionWeights(doc);
    expect(reset.settings.criterionWeights.growth.learning).toBe(1);
    expect(resetCriterionWeights(reset)).toBe(reset);
  });

  it('re-expresses the rates in the new display currency when its own rate is known', () => {
    const doc = makeDocument({
      settings: { currency: 'USD', exchangeRates: { EUR: 1.25, GBP: 1.5 } },
      offers: [makeOffer({ currency: 'EUR' })],
    });
    const { doc: next, dropped } = changeDisplayCurrency(doc, 'EUR');
    expect(next.settings.currency).toBe('EUR');
    expect(next.settings.exchangeRates).toEqual({ USD: 0.8, GBP: 1.2 });
    expect(dropped).toEqual([]);
  });

  it('drops and reports rates it cannot re-express instead of converting at a wrong rate', () => {
    const doc = makeDocument({ settings: { currency: 'USD', exchangeRates: { EUR: 1.08 } } });
    const { doc: next, dropped } = changeDisplayCurrency(doc, 'GBP');
    expect(next.settings.exchangeRates).toEqual({});
    expect(dropped).toEqual(['EUR']);
  });
});
