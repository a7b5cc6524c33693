import { contributions2026 } from './ca';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('Canada, Ontario, 2026: federal and Ontario tax, surtax, health premium, CPP, CPP2, EI', () => {
  it('takes the maximum CPP, CPP2 and EI from $150,000: $4,230.45, $416 and $1,123.07', () => {
    const c = contributions2026(150_000);
    expect([c.cpp, c.cpp2, c.ei].map((x) => Math.round(x * 100) / 100)).toEqual([
      4_230.45, 416, 1_123.07,
    ]);
    expect(year1(150_000, { place: 'CA-ON' }).social).toBeCloseTo(5_769.52, 2);
  });

  it('taxes $150,000 in Toronto: $40,120.73 federal and Ontario tax', () => {
    // Taxable: 150,000 − 711 (enhanced CPP) − 416 (CPP2) = 148,873.
    // Federal: 8,193.22 + 11,997.01 + 26 % × 31,828 = 28,465.51, less 14 % × (16,452 + 3,519.45
    // base CPP + 1,123.07 EI) = 2,953.23 → 25,512.28.
    // Ontario: 2,721.50 + 4,931.30 + 11.16 % × 41,088 = 12,238.22, less 5.05 % × (12,989 +
    // 4,642.52) = 890.39 → 11,347.83; surtax 20 % × 5,529.83 + 36 % × 3,901.83 = 2,510.62;
    // health premium 750 → 14,608.45.
    expect(year1(150_000, { place: 'CA-ON' }).incomeTax).toBeCloseTo(40_120.73, 2);
  });

  it('matches the federal tax at the top of each bracket, and does not ask about the household', () => {
    const brackets = ALL_TAX_PLACES.find((p) => p.place === 'CA-ON')!.years[0]!.brackets;
    expect(bracketTax(brackets.federal!, 117_045)).toBeCloseTo(20_190.23, 2);
    expect(bracketTax(brackets.federal!, 258_482)).toBeCloseTo(59_275.11, 2);
    expect(year1(90_000, { place: 'CA-ON' }, 'joint')).toEqual(year1(90_000, { place: 'CA-ON' }));
    const result = netCompensation(salaryOnly(90_000, { place: 'CA-ON' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · Canada (Ontario) · 2026 rules');
  });
});

describe('Canada, British Columbia, 2026: federal and B.C. tax at the 5.60 % lowest rate, CPP, CPP2, EI', () => {
  it('taxes $150,000 in Vancouver: $37,064.01 federal and B.C. tax, the same CPP and EI as Ontario', () => {
    // Taxable 148,873 as in Toronto; federal 25,512.28 (the Toronto case).
    // B.C.: 5.6 % × 50,363 = 2,820.33; 7.7 % × 50,365 = 3,878.11; 10.5 % × 14,920 = 1,566.60;
    // 12.29 % × 24,782 = 3,045.71; 14.7 % × 8,443 = 1,241.12 → 12,551.86, less 5.6 % × (13,217
    // + 3,519.45 base CPP + 1,123.07 EI) = 1,000.13 → 11,551.73. No surtax, no health premium.
    const y = year1(150_000, { place: 'CA-BC' });
    expect(y.incomeTax).toBeCloseTo(25_512.28 + 11_551.73, 1);
    expect(y.social).toBeCloseTo(5_769.52, 2);
  });

  it('charges 20.5 % over $265,545 and names the lowest rate it used in the label', () => {
    // 10,000 more pay far above every ceiling: 33 % federal + 20.5 % B.C.
    const more = year1(410_000, { place: 'CA-BC' }).incomeTax;
    expect(more - year1(400_000, { place: 'CA-BC' }).incomeTax).toBeCloseTo(5_350, 2);
    const result = netCompensation(salaryOnly(90_000, { place: 'CA-BC' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Canada (British Columbia, lowest rate 5.60 %) · 2026 rules',
    );
  });
});
