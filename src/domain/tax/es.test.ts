import { contributions2026, workReduction } from './es';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const md = (pay: number, household: 'single' | 'joint' = 'single') =>
  year1(pay, { place: 'ES-MD' }, household);

describe('Spain, Madrid, 2026: IRPF on the state and Madrid scales, Seguridad Social', () => {
  it('takes 6.5 % of €40,000 in contributions: €1,880 pension, €620 unemployment, €100 other', () => {
    // Under the maximum base: 4.70 % + 1.55 % + 0.10 % (FP) + 0.15 % (MEI).
    expect(contributions2026(40_000)).toEqual({ pension: 1_880, unemployment: 620, other: 100 });
    expect(md(40_000).social).toBeCloseTo(2_600, 6);
  });

  it('taxes €40,000: €7,204.32 single, €6,252.12 filing jointly', () => {
    // Base 40,000 − 2,600 − 2,000 = 35,400 (net 37,400 is over 19,747.50: no art. 20 reduction).
    // State: 9.5 % × 12,450 = 1,182.75 + 12 % × 7,750 = 930 + 15 % × 15,000 = 2,250 + 18.5 % ×
    // 200 = 37 → 4,399.75, less 9.5 % × 5,550 = 527.25 → 3,872.50.
    // Madrid: 1,135.79 + 10.7 % × 5,642.41 = 603.74 + 12.8 % × 16,395.37 = 2,098.61 → 3,838.14,
    // less 8.5 % × 5,956.65 = 506.32 → 3,331.82.
    // Joint: base 32,000: state 3,882.75 − 527.25 = 3,355.50; Madrid 1,135.79 + 603.74 +
    // 12.8 % × 12,995.37 = 1,663.41 → 3,402.94 − 506.32 = 2,896.62.
    expect(md(40_000).incomeTax).toBeCloseTo(7_204.32, 2);
    expect(md(40_000, 'joint').incomeTax).toBeCloseTo(6_252.12, 2);
  });

  it('caps contributions at the maximum base and adds the solidarity share: €90,000', () => {
    // 6.5 % × 61,214.40 = 3,978.94; solidarity on 28,785.60 over it: 0.19 % × 6,121.44 = 11.63
    // + 0.21 % × 22,664.16 = 47.59 → 4,038.16.
    // Base 90,000 − 4,038.16 − 2,000 = 83,961.84. State: 8,950.75 (to 60,000) + 22.5 % ×
    // 23,961.84 = 5,391.41 → 14,342.16 − 527.25 = 13,814.91. Madrid: 7,651.10 (to 57,320.40)
    // + 20.5 % × 26,641.44 = 5,461.50 → 13,112.60 − 506.32 = 12,606.29.
    // Joint: 3,400 less at 22.5 % + 20.5 % = 1,462 less.
    const y = md(90_000);
    expect(y.social).toBeCloseTo(4_038.16, 2);
    expect(y.incomeTax).toBeCloseTo(26_421.2, 2);
    expect(md(90_000, 'joint').incomeTax).toBeCloseTo(26_421.2 - 1_462, 2);
  });

  it('taxes €250,000: €95,056.31 single, €4,421.61 contributions', () => {
    // Solidarity: 11.63 + 0.21 % × 24,485.76 = 51.42 + 0.24 % × 158,178.40 = 379.63; with
    // 3,978.94 → 4,421.61. Base 243,578.39. State 8,950.75 + 22.5 % × 183,578.39 = 41,305.14
    // − 527.25 = 49,728.64. Madrid 7,651.10 + 20.5 % × 186,257.99 = 38,182.89 − 506.32 =
    // 45,327.67.
    expect(md(250_000).social).toBeCloseTo(4_421.61, 2);
    expect(md(250_000).incomeTax).toBeCloseTo(95_056.31, 2);
    expect(md(250_000, 'joint').incomeTax).toBeCloseTo(95_056.31 - 1_462, 2);
  });

  it('reduces modest work income (art. 20) and matches the Madrid table at its limits', () => {
    // €18,000: net 16,830 → 7,302 − 1.75 × 1,978 = 3,840.50; base 16,830 − 3,840.50 − 2,000.
    expect(workReduction(16_830)).toBeCloseTo(3_840.5, 6);
    // At 19,747.50 the law's own rounding leaves 0.0028.
    expect(workReduction(19_747.5)).toBeCloseTo(0, 2);
    // The published Madrid table (TaxDown): 1,135.79 at 13,362.22 and 7,651.10 at 57,320.40.
    const brackets = ALL_TAX_PLACES.find((p) => p.place === 'ES-MD')!.years[0]!.brackets;
    expect(bracketTax(brackets['IRPF, Madrid']!, 13_362.22)).toBeCloseTo(1_135.79, 2);
    expect(bracketTax(brackets['IRPF, Madrid']!, 57_320.4)).toBeCloseTo(7_651.1, 1);
    const result = netCompensation(salaryOnly(90_000, { place: 'ES-MD' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Spain (Madrid) · 2026 (Madrid scale of 2025) rules · single',
    );
  });
});

describe('Spain, Catalonia, 2026: the state scale and Decree-law 5/2025 scale', () => {
  const ct = (pay: number, household: 'single' | 'joint' = 'single') =>
    year1(pay, { place: 'ES-CT' }, household);

  it('taxes €40,000: €7,936.25 single, €6,803.25 jointly, with Madrid’s contributions', () => {
    // Base 35,400 as in Madrid; state 3,872.50. Catalonia: 9.5 % × 12,500 = 1,187.50 + 12.5 % ×
    // 9,500 = 1,187.50 + 16 % × 11,000 = 1,760 + 19 % × 2,400 = 456 → 4,591, less 9.5 % × 5,550
    // = 527.25 → 4,063.75. Joint, base 32,000: state 3,355.50; 1,187.50 + 1,187.50 + 16 % ×
    // 10,000 = 3,975 − 527.25 = 3,447.75.
    expect(ct(40_000).incomeTax).toBeCloseTo(7_936.25, 2);
    expect(ct(40_000, 'joint').incomeTax).toBeCloseTo(6_803.25, 2);
    expect(ct(40_000).social).toBeCloseTo(2_600, 6);
  });

  it('taxes €90,000 and €250,000 at Catalonia’s higher top rates', () => {
    // 90,000: base 83,961.84; state 13,814.91; Catalonia 7,935 (to 53,000) + 21.5 % × 30,961.84
    // = 6,656.80 → 14,591.80 − 527.25 = 14,064.55. Joint: 3,400 × (22.5 + 21.5) % = 1,496 less.
    expect(ct(90_000).incomeTax).toBeCloseTo(27_879.46, 2);
    expect(ct(90_000, 'joint').incomeTax).toBeCloseTo(27_879.46 - 1_496, 2);
    // 250,000: base 243,578.39; state 49,728.64; Catalonia 7,935 + 7,955 (to 90,000) + 7,050 (to
    // 120,000) + 13,475 (to 175,000) + 25.5 % × 68,578.39 = 17,487.49 → 53,902.49 − 527.25.
    // Joint: 3,400 × (22.5 + 25.5) % = 1,632 less.
    expect(ct(250_000).incomeTax).toBeCloseTo(103_103.87, 2);
    expect(ct(250_000, 'joint').incomeTax).toBeCloseTo(103_103.87 - 1_632, 2);
  });
});
