import { contributions2026, incomeTax } from './fr';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const fr = (pay: number, household: 'single' | 'joint' = 'single') =>
  year1(pay, { place: 'FR' }, household);

describe('France, 2026: cadre contributions and income tax on the 2025 scale', () => {
  it('takes €8,345.70 of contributions from €40,000, €4,524 of them for pensions', () => {
    // Under the PASS (48,060): 40,000 × (6.9 + 0.4 + 3.15 + 0.86) % = 4,524; APEC 0.024 % =
    // 9.60; CSG and CRDS 9.7 % of 98.25 % × 40,000 = 39,300 → 3,812.10 (6.8 % = 2,672.40
    // deductible).
    const y = fr(40_000);
    expect(y.social).toBeCloseTo(8_345.7, 2);
    const rules = ALL_TAX_PLACES.find((p) => p.place === 'FR')!.years[0]!;
    expect(rules.tax({ wages: 40_000, ownRetirement: 0 }, 'single').socialParts).toEqual({
      pension: 4_524,
      health: 0,
      unemployment: 0,
    });
  });

  it('taxes €40,000: €1,965.31 single, nothing for a couple (the décote)', () => {
    // Taxable: 40,000 − 4,524 − 9.60 − 2,672.40 = 32,794, less 10 % → 29,514.60.
    // Single: 11 % × (29,514.60 − 11,600) = 1,970.61; décote 897 − 45.25 % × 1,970.61 = 5.30.
    // Couple, two parts: 2 × 11 % × (14,757.30 − 11,600) = 694.61, under its décote 1,483 −
    // 314.31 = 1,168.69 → 0.
    expect(fr(40_000).incomeTax).toBeCloseTo(1_965.31, 2);
    expect(fr(40_000, 'joint').incomeTax).toBe(0);
    expect(fr(40_000, 'joint').social).toBeCloseTo(8_345.7, 2);
  });

  it('takes €18,404.74 from €90,000 and taxes €13,127.08 single, €6,231.07 for a couple', () => {
    // T1 48,060 × 10.91 % = 5,243.35; 0.4 % × 90,000 = 360; T2 41,940 × (8.64 + 1.08) % =
    // 4,076.57; CET 0.14 % × 90,000 = 126 → pension 9,805.91. APEC 21.60. CSG/CRDS on 88,425:
    // 6,012.90 + 2,564.33. Taxable 74,159.59 less 10 % = 66,743.63.
    // Single: 11 % × 17,979 = 1,977.69 + 30 % × 37,164.63 = 11,149.39.
    // Couple: per part 33,371.81 → 1,977.69 + 30 % × 3,792.81 = 3,115.53, × 2.
    expect(fr(90_000).social).toBeCloseTo(18_404.74, 2);
    expect(contributions2026(90_000).pension).toBeCloseTo(9_805.91, 2);
    expect(fr(90_000).incomeTax).toBeCloseTo(13_127.08, 2);
    expect(fr(90_000, 'joint').incomeTax).toBeCloseTo(6_231.07, 2);
  });

  it('caps the 10 % at €14,555 and the CSG deduction at 4 PASS: €250,000', () => {
    // Pension 5,243.35 + 1,000 + 9.72 % × 201,940 = 19,628.57 + CET 350 = 26,221.91; APEC
    // 0.024 % × 192,240 = 46.14; CSG/CRDS on 98.25 % × 192,240 + 57,760 = 246,635.80: 6.8 % =
    // 16,771.23, 2.9 % = 7,152.44. Taxable 206,960.71 − 14,555 = 192,405.71.
    // Single: 1,977.69 + 30 % × 54,998 = 16,499.40 + 41 % × 97,340 = 39,909.40 + 45 % ×
    // 10,488.71 = 4,719.92. Couple: per part 96,202.86 → 1,977.69 + 16,499.40 + 41 % ×
    // 11,625.86 = 4,766.60, × 2.
    expect(fr(250_000).social).toBeCloseTo(50_191.72, 2);
    expect(fr(250_000).incomeTax).toBeCloseTo(63_106.41, 2);
    expect(fr(250_000, 'joint').incomeTax).toBeCloseTo(46_487.38, 2);
  });

  it('adds the high-income contribution as service-public.fr works its examples', () => {
    // F31130: a single person with 400,000 pays (400,000 − 250,000) × 3 % = 4,500; with
    // 550,000, 7,500 + 50,000 × 4 % = 9,500. A couple pays nothing under 500,000.
    const brackets = ALL_TAX_PLACES.find((p) => p.place === 'FR')!.years[0]!.brackets;
    expect(bracketTax(brackets['CEHR, single']!, 400_000)).toBeCloseTo(4_500, 6);
    expect(bracketTax(brackets['CEHR, single']!, 550_000)).toBeCloseTo(9_500, 6);
    expect(incomeTax(400_000, 'single') - incomeTax(400_000, 'joint')).toBeGreaterThan(4_500);
    const result = netCompensation(salaryOnly(90_000, { place: 'FR' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · France (cadre) · 2026 (income tax: 2025 scale) rules · single',
    );
  });
});
