import { describe, expect, it } from 'vitest';
import { ALL_TAX_RULES } from '../domain';
import { selectYearlyChart } from '../features/comparison/select-charts';
import { selectLeaveEarly } from '../features/insights/select-insights';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import { selectFirstYears, selectScores } from '../store/scores';

/*
 * Counting pension contributions as savings moves every after-tax figure the
 * same way (scoring.md §11): the ranking's pay, its year 1, the yearly
 * chart's pay after tax and leave early at month 12 are one number for a
 * one-year horizon.
 */
describe('pension counted as savings, everywhere after tax', () => {
  const document = (pensionAsSavingsPct: number) =>
    makeDocument({
      settings: { horizonYears: 1, compareOn: 'net', pensionAsSavingsPct },
      offers: [
        makeOffer({
          id: 'kontor',
          company: 'Kontor',
          currency: 'USD',
          tax: { place: 'DE', effectiveRatePct: null },
          compensation: { baseSalary: 60_000, annualRaisePct: 0 },
        }),
      ],
    });

  it('gives the same year of pay in the ranking, its year 1, the yearly chart and leave early', () => {
    for (const pct of [0, 100]) {
      const doc = document(pct);
      const mean = selectScores(doc, ALL_TAX_RULES).byId.get('kontor')!.meanCompensation;
      const first = selectFirstYears(doc, ALL_TAX_RULES).get('kontor');
      const chart = selectYearlyChart(doc, ALL_TAX_RULES, true).offers[0]!.netMean;
      const month12 = selectLeaveEarly(doc, ALL_TAX_RULES).series[0]!.points[11]!.net;
      expect(first).toBeCloseTo(mean, 6);
      expect(chart).toBeCloseTo(mean, 6);
      expect(month12).toBeCloseTo(mean, 2);
    }
    // Germany's pension insurance on 60,000 is 9.3 %: 5,580 kept at 100 %.
    const kept =
      selectScores(document(100), ALL_TAX_RULES).byId.get('kontor')!.meanCompensation -
      selectScores(document(0), ALL_TAX_RULES).byId.get('kontor')!.meanCompensation;
    expect(kept).toBeCloseTo(5_580, 6);
  });
});
