import { medicareLevy } from './au';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const rates = ALL_TAX_PLACES.find((p) => p.place === 'AU')!.years[0]!.brackets.resident!;

describe('Australia, 2026–27: resident rates, low income tax offset, Medicare levy', () => {
  it('matches the published tax at each line of the 2026–27 scale', () => {
    // 15 % × 26,800 = 4,020 at 45,000; + 30 % × 90,000 = 31,020 at 135,000; + 37 % × 55,000
    // = 51,370 at 190,000.
    expect(bracketTax(rates, 45_000)).toBeCloseTo(4_020, 6);
    expect(bracketTax(rates, 135_000)).toBeCloseTo(31_020, 6);
    expect(bracketTax(rates, 190_000)).toBeCloseTo(51_370, 6);
  });

  it('taxes 50,000: 5,270 after the offset, Medicare 1,000 single and 409.30 for a family', () => {
    // 4,020 + 30 % × 5,000 = 5,520, less LITO 325 − 1.5 % × 5,000 = 250 → 5,270.
    const y = year1(50_000, { place: 'AU' });
    expect(y.incomeTax).toBeCloseTo(5_270, 6);
    expect(y.social).toBeCloseTo(1_000, 6);
    // Family threshold 45,907: at most 10 % × 4,093 = 409.30 (less than 2 % × 50,000).
    const joint = year1(50_000, { place: 'AU' }, 'joint');
    expect(joint.incomeTax).toBeCloseTo(5_270, 6);
    expect(joint.social).toBeCloseTo(409.3, 6);
  });

  it('phases the levy in at 10 % over 27,222 for a single person', () => {
    // 30,000: 10 % × 2,778 = 277.80 (2 % would be 600); none at 27,000.
    expect(medicareLevy(30_000, 'single')).toBeCloseTo(277.8, 6);
    expect(medicareLevy(27_000, 'single')).toBe(0);
  });

  it('taxes 120,000: 26,520 and Medicare 2,400, the same for a couple', () => {
    // 4,020 + 30 % × 75,000 = 26,520; no offset above 66,667; 2 % × 120,000 = 2,400.
    const y = year1(120_000, { place: 'AU' });
    expect(y.incomeTax).toBeCloseTo(26_520, 6);
    expect(y.social).toBeCloseTo(2_400, 6);
    expect(year1(120_000, { place: 'AU' }, 'joint')).toEqual(y);
  });

  it('taxes 250,000: 78,370 and Medicare 5,000', () => {
    // 51,370 + 45 % × 60,000 = 78,370; 2 % × 250,000 = 5,000.
    const y = year1(250_000, { place: 'AU' });
    expect(y.incomeTax).toBeCloseTo(78_370, 6);
    expect(y.social).toBeCloseTo(5_000, 6);
    const result = netCompensation(salaryOnly(90_000, { place: 'AU' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · Australia · 2026–27 rules · single');
  });
});
