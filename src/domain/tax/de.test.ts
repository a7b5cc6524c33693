import { lohnsteuer2026, tariff2026 } from './de';
import { netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('Germany, 2026: wage tax by the BMF programme, Soli and social insurance', () => {
  it('matches the BMF calculator: €5,000 a month, class I, 2.5 % additional rate, no children: €785.83 a month', () => {
    // The BMF interface answers LSTLZZ = 78583 cents for the month (as checked by the
    // open implementation cited in scoring.md §11); a year of it is 9,430 in whole euros.
    expect(lohnsteuer2026(60_000, 1, 2.5)).toEqual({ lohnsteuer: 9_430, soli: 0 });
  });

  it('taxes €95,000 in Berlin, single (class I): €21,343 wage tax, €118.16 Soli, €17,637.88 social', () => {
    // Vorsorgepauschale: pension 9.3 % × 95,000 = 8,835; health and care 10.85 % × 69,750
    // = 7,567.87 → 16,403 (rounded up). Taxable 95,000 − 1,230 − 36 − 16,403 = 77,331:
    // 0.42 × 77,331 − 11,135.63 = 21,343.39 → 21,343. Soli: 11.9 % × (21,343 − 20,350)
    // = 118.16, less than 5.5 % × 21,343. Social: 10.6 % × 95,000 + 10.85 % × 69,750.
    const y = year1(95_000, { place: 'DE' });
    expect(y.incomeTax).toBeCloseTo(21_343 + 118.16, 2);
    expect(y.social).toBeCloseTo(10_070 + 7_567.875, 3);
  });

  it('taxes a married sole earner in class III with the splitting tariff: €13,580 on €95,000', () => {
    // Half of 77,331 is 38,665: (173.1 × 2.0866 + 2,397) × 2.0866 + 1,034.87 = 6,790.11 → 6,790,
    // twice → 13,580; under the doubled Soli Freigrenze of 40,700.
    const y = year1(95_000, { place: 'DE' }, 'joint');
    expect(y.incomeTax).toBe(13_580);
  });

  it('adds church tax for a church member: 9 % of the wage tax, 8 % in Bavaria and Baden-Württemberg', () => {
    // €95,000 single: wage tax 21,343 (above), so 9 % = 1,920.87 and 8 % = 1,707.44; Soli and
    // social insurance as without it. Married (class III): 9 % of 13,580 = 1,222.20.
    expect(year1(95_000, { place: 'DE-KI' }).incomeTax).toBeCloseTo(21_343 + 118.16 + 1_920.87, 2);
    expect(year1(95_000, { place: 'DE-BY-KI' }).incomeTax).toBeCloseTo(
      21_343 + 118.16 + 1_707.44,
      2,
    );
    expect(year1(95_000, { place: 'DE-BW-KI' }).incomeTax).toBeCloseTo(
      21_343 + 118.16 + 1_707.44,
      2,
    );
    expect(year1(95_000, { place: 'DE-KI' }).social).toBeCloseTo(10_070 + 7_567.875, 3);
    expect(year1(95_000, { place: 'DE-KI' }, 'joint').incomeTax).toBeCloseTo(13_580 + 1_222.2, 2);
  });

  it('stops pension, unemployment, health and care contributions at their 2026 ceilings', () => {
    // Pension and unemployment up to 101,400; health and care up to 69,750.
    const ceiling = 0.106 * 101_400 + 0.1085 * 69_750;
    expect(year1(150_000, { place: 'DE' }).social).toBeCloseTo(ceiling, 3);
    expect(year1(400_000, { place: 'DE' }).social).toBeCloseTo(ceiling, 3);
  });

  it('joins the § 32a zones without a gap: 1,034 at 17,799 and 18,213 on both sides of 69,878', () => {
    expect([
      tariff2026(12_348),
      tariff2026(17_799),
      tariff2026(69_878),
      tariff2026(69_879),
    ]).toEqual([0, 1_034, 18_213, 18_213]);
  });

  it('labels the estimate with the tax class it assumes', () => {
    const result = netCompensation(salaryOnly(95_000, { place: 'DE' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Germany (wage tax class I, or III when married) · 2026 rules · single',
    );
  });
});
