import { social2026 } from './jp';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const rates = ALL_TAX_PLACES.find((p) => p.place === 'JP')!.years[0]!.brackets.national!;

describe('Japan, 2026, Tokyo, under 40: income tax, resident tax, social insurance', () => {
  it("matches the NTA's worked example: taxable 5,000,000 → 572,500", () => {
    // 5,000,000 × 20 % − 427,500 (the quick table's deduction) = 572,500.
    expect(bracketTax(rates, 5_000_000)).toBeCloseTo(572_500, 6);
  });

  it('takes 587,150 of 4,000,000: health, child levy, pension, employment insurance', () => {
    // Health 4,000,000 × (2 × 9.91 % + 10 × 9.85 %) / 12 / 2 = 197,200; child levy 4,000,000 ×
    // 9/12 × 0.115 % = 3,450; pension 9.15 % = 366,000; employment (3 × 5.5 + 9 × 5) / 12 / 1000
    // = 20,500.
    const s = social2026(4_000_000);
    expect(s.total).toBeCloseTo(587_150, 6);
    expect(s.parts).toEqual({ pension: 366_000, health: 197_200, unemployment: 20_500 });
  });

  it('caps pension at 650,000 and health at 1,390,000 a month', () => {
    // 20,000,000: pension 650,000 × 12 × 9.15 % = 713,700; health on 16,680,000: 822,324 and
    // 14,386.50; employment 102,500 → 1,652,910.50.
    expect(social2026(20_000_000).total).toBeCloseTo(1_652_910.5, 6);
  });

  it('taxes 4,000,000: 237,116.99 single, 184,717.99 with a spouse without income', () => {
    // Employment income 4,000,000 − (20 % + 440,000 = 1,240,000) = 2,760,000; basic deduction
    // 1,040,000 (≤ 4.89 million). National: 2,760,000 − 587,150 − 1,040,000 = 1,132,850 × 5 %
    // = 56,642.50 × 1.021 = 57,831.99. Resident: 2,760,000 − 587,150 − 430,000 = 1,742,850 ×
    // 10 % = 174,285 + 5,000 = 179,285.
    expect(year1(4_000_000, { place: 'JP' }).incomeTax).toBeCloseTo(237_116.9925, 3);
    // Spouse: national − 380,000 = 752,850 → 37,642.50 × 1.021 = 38,432.99; resident −
    // 330,000 = 1,412,850 → 141,285 + 5,000.
    expect(year1(4_000_000, { place: 'JP' }, 'joint').incomeTax).toBeCloseTo(184_717.9925, 3);
  });

  it('taxes 8,000,000: 892,673.30 single, 782,077.30 joint', () => {
    // Social 394,400 + 6,900 + 713,700 + 41,000 = 1,156,000. Employment income 8,000,000 −
    // (10 % + 1,100,000) = 6,100,000; basic 670,000 (≤ 6.55 million). National 4,274,000 ×
    // 20 % − 427,500 = 427,300 × 1.021 = 436,273.30. Resident 4,514,000 → 451,400 + 5,000.
    expect(year1(8_000_000, { place: 'JP' }).incomeTax).toBeCloseTo(892_673.3, 3);
    // Joint: national 3,894,000 → 351,300 × 1.021 = 358,677.30; resident 4,184,000 → 423,400.
    expect(year1(8_000_000, { place: 'JP' }, 'joint').incomeTax).toBeCloseTo(782_077.3, 3);
  });

  it('taxes 20,000,000: 5,349,227.72, with no spouse deduction over a total income of 10 million', () => {
    // Employment income 18,050,000; basic 620,000. National 15,777,089.50 × 33 % − 1,536,000 =
    // 3,670,439.54 × 1.021 = 3,747,518.77. Resident 15,967,089.50 → 1,596,708.95 + 5,000.
    const y = year1(20_000_000, { place: 'JP' });
    expect(y.incomeTax).toBeCloseTo(5_349_227.7152, 3);
    expect(year1(20_000_000, { place: 'JP' }, 'joint').incomeTax).toBeCloseTo(y.incomeTax, 6);
    const result = netCompensation(salaryOnly(9_000_000, { place: 'JP' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Japan (Tokyo, employee under 40) · 2026 reform bill rules · single',
    );
  });
});
