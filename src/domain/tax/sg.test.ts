import { cpf2026 } from './sg';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const rates = ALL_TAX_PLACES.find((p) => p.place === 'SG')!.years[0]!.brackets.resident!;

describe('Singapore, 2026 income (YA 2027): resident rates, reliefs, CPF at 55 or below', () => {
  it('matches the published gross tax at each line of the rate table', () => {
    // The table's "gross tax payable" on the first 40,000, 80,000, 120,000, 320,000, 1,000,000.
    expect(bracketTax(rates, 40_000)).toBeCloseTo(550, 6);
    expect(bracketTax(rates, 80_000)).toBeCloseTo(3_350, 6);
    expect(bracketTax(rates, 120_000)).toBeCloseTo(7_950, 6);
    expect(bracketTax(rates, 320_000)).toBeCloseTo(44_550, 6);
    expect(bracketTax(rates, 1_000_000)).toBeCloseTo(199_150, 6);
  });

  it('takes 20 % CPF up to 8,000 a month: 10,000 of 50,000, at most 19,200', () => {
    expect(cpf2026(50_000)).toBeCloseTo(10_000, 6);
    expect(cpf2026(120_000)).toBeCloseTo(19_200, 6);
    const y = year1(300_000, { place: 'SG' });
    expect(y.social).toBeCloseTo(19_200, 6);
  });

  it('taxes 50,000: 515 single, 445 with a spouse without income', () => {
    // Chargeable 50,000 − 10,000 CPF − 1,000 earned income = 39,000 → 200 + 3.5 % × 9,000 = 515.
    expect(year1(50_000, { place: 'SG' }).incomeTax).toBeCloseTo(515, 6);
    // Less 2,000 Spouse Relief: 37,000 → 200 + 3.5 % × 7,000 = 445.
    expect(year1(50_000, { place: 'SG' }, 'joint').incomeTax).toBeCloseTo(445, 6);
  });

  it('taxes 120,000: 5,627 single, 5,397 joint', () => {
    // 120,000 − 19,200 − 1,000 = 99,800 → 3,350 + 11.5 % × 19,800 = 5,627; joint 97,800 →
    // 3,350 + 11.5 % × 17,800 = 5,397.
    expect(year1(120_000, { place: 'SG' }).incomeTax).toBeCloseTo(5_627, 6);
    expect(year1(120_000, { place: 'SG' }, 'joint').incomeTax).toBeCloseTo(5_397, 6);
  });

  it('taxes 300,000: 36,511 single, 36,121 joint', () => {
    // 300,000 − 19,200 − 1,000 = 279,800 → 28,750 + 19.5 % × 39,800 = 36,511; joint 277,800 →
    // 28,750 + 19.5 % × 37,800 = 36,121.
    expect(year1(300_000, { place: 'SG' }).incomeTax).toBeCloseTo(36_511, 6);
    expect(year1(300_000, { place: 'SG' }, 'joint').incomeTax).toBeCloseTo(36_121, 6);
    const result = netCompensation(salaryOnly(90_000, { place: 'SG' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Singapore (citizen or PR, 55 or below) · 2026 (YA 2027) rules · single',
    );
  });
});
