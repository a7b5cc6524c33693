import fc from 'fast-check';
import { taxBeforeCess } from './in';
import { netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('India, 2026–27: the new regime with its standard deduction, rebate, surcharge and cess', () => {
  it('leaves a salary of ₹12,75,000 untaxed: ₹75,000 standard deduction, rebate to ₹12 lakh', () => {
    // Taxable 12,00,000: slabs 5 % × 4,00,000 + 10 % × 4,00,000 = 60,000, all rebated.
    expect(year1(1_275_000, { place: 'IN' }).incomeTax).toBe(0);
    expect(taxBeforeCess(1_200_000)).toBe(0);
  });

  it('caps the tax just over ₹12 lakh at the income over it (marginal relief), then adds 4 % cess', () => {
    // Salary 13,00,000 → taxable 12,25,000: slabs 60,000 + 15 % × 25,000 = 63,750, relieved to
    // 25,000 (the income over 12 lakh); cess 4 % → 26,000.
    expect(year1(1_300_000, { place: 'IN' }).incomeTax).toBeCloseTo(26_000, 2);
    // Salary 25,00,000 → taxable 24,25,000: 20,000 + 40,000 + 60,000 + 80,000 + 1,00,000
    // = 3,00,000, + 30 % × 25,000 = 3,07,500; cess 12,300 → 3,19,800. No social contributions.
    const y = year1(2_500_000, { place: 'IN' });
    expect(y.incomeTax).toBeCloseTo(319_800, 2);
    expect(y.social).toBe(0);
  });

  it('adds 10 % surcharge over ₹50 lakh, never more than the income over the line', () => {
    // Taxable 60,00,000: 3,00,000 + 30 % × 36,00,000 = 13,80,000; surcharge 1,38,000
    // → 15,18,000 (under the relief cap 10,80,000 + 10,00,000); cess 60,720 → 15,78,720.
    expect(year1(6_075_000, { place: 'IN' }).incomeTax).toBeCloseTo(1_578_720, 2);
    // Taxable 50,50,000: 10,95,000 × 1.1 = 12,04,500, capped at 10,80,000 (tax at 50 lakh)
    // + 50,000 = 11,30,000; cess 45,200 → 11,75,200.
    expect(year1(5_125_000, { place: 'IN' }).incomeTax).toBeCloseTo(1_175_200, 2);
    // Over 2 crore the new regime's surcharge stops at 25 %: 30 % × 1.25 × 1.04 at the margin.
    const margin = taxBeforeCess(30_100_000) - taxBeforeCess(30_000_000);
    expect(margin).toBeCloseTo(100_000 * 0.3 * 1.25, 2);
  });

  it('labels the estimate with the financial year, and never with the household', () => {
    expect(year1(2_000_000, { place: 'IN' }, 'joint')).toEqual(year1(2_000_000, { place: 'IN' }));
    const result = netCompensation(salaryOnly(2_000_000, { place: 'IN' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · India (new regime) · 2026–27 rules');
  });

  it('is never more than the pay, and the tax rises by at most 104 % of a raise (relief plus cess)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 300_000_000, noNaN: true }),
        fc.double({ min: 0, max: 300_000_000, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lo = year1(low, { place: 'IN' }).incomeTax;
          const hi = year1(high, { place: 'IN' }).incomeTax;
          expect(lo).toBeLessThanOrEqual(low);
          expect(hi).toBeGreaterThanOrEqual(lo - 1e-6);
          expect(hi - lo).toBeLessThanOrEqual((high - low) * 1.04 + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
