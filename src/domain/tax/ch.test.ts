import { federalTax2026, social2026 } from './ch';
import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

const brackets = (place: string) =>
  ALL_TAX_PLACES.find((p) => p.place === place)!.years[0]!.brackets;

describe('Switzerland, 2026: AHV/IV/EO, ALV and BVG (35–44, employee half of 10 %)', () => {
  it('takes CHF 4,377 of 50,000: 2,650 AHV/IV/EO, 550 ALV, 1,177 BVG', () => {
    // 5.3 % × 50,000 = 2,650; 1.1 % × 50,000 = 550; BVG 5 % × (50,000 − 26,460 = 23,540) = 1,177.
    // Pension: AHV 4.35 % × 50,000 = 2,175 + BVG 1,177 = 3,352; IV/EO 475 are other.
    const s = social2026(50_000);
    expect(s.total).toBeCloseTo(4_377, 6);
    expect(s.parts.pension).toBeCloseTo(3_352, 6);
    expect(s.parts.unemployment).toBeCloseTo(550, 6);
  });

  it('caps ALV at 148,200 and BVG at the coordinated 64,260: 18,093.20 of 250,000', () => {
    // 5.3 % × 250,000 = 13,250; 1.1 % × 148,200 = 1,630.20; 5 % × (90,720 − 26,460) = 3,213.
    const y = year1(250_000, { place: 'CH-ZH' });
    expect(y.social).toBeCloseTo(18_093.2, 6);
    // 120,000: 6,360 + 1,320 + 3,213 = 10,893.
    expect(year1(120_000, { place: 'CH-ZG' }).social).toBeCloseTo(10_893, 6);
  });

  it('has no BVG below the entry threshold of 22,680, then at least 5 % of 3,780', () => {
    expect(social2026(22_000).total).toBeCloseTo(22_000 * 0.064, 6);
    expect(social2026(23_000).total).toBeCloseTo(23_000 * 0.064 + 189, 6);
  });
});

describe('Switzerland, Zurich city, 2026: federal tax, canton 95 % + city 119 %, head tax 24', () => {
  it('matches the ESTV calculator on taxable 60,000 single and 100,000 married', () => {
    // ESTV Steuerrechner 2026 (as tabulated with the tariffs): single 60,000 → Bund 671,
    // Kanton 2,597, Gemeinde 3,253, Personalsteuer 24 (6,545 in whole francs).
    // Federal: 612 + 2.97 × 20 = 671.40. Simple tax: 100 + 144 + 320 + 485 + 672 + 917 + 8 % ×
    // 1,200 = 2,734; × 95 % = 2,597.30; × 119 % = 3,253.46.
    expect(federalTax2026(60_000, 'single')).toBeCloseTo(671.4, 6);
    expect(bracketTax(brackets('CH-ZH')['Zurich single']!, 60_000)).toBeCloseTo(2_734, 6);
    // Married 100,000 → Bund 1,816, Kanton 4,506, Gemeinde 5,644, 48 (ESTV 12,014): federal
    // 1,561 + 5 × 51 = 1,816; simple 128 + 243 + 392 + 560 + 870 + 2,254 + 8 % × 3,700 = 4,743.
    expect(federalTax2026(100_000, 'joint')).toBeCloseTo(1_816, 6);
    expect(bracketTax(brackets('CH-ZH')['Zurich married']!, 100_000)).toBeCloseTo(4_743, 6);
  });

  it('taxes 50,000: 3,282.38 single, 1,705.66 married', () => {
    // Net wage 50,000 − 4,377 = 45,623; professional expenses 3 % = 1,368.69 → the 2,000
    // minimum: 43,623. Federal single: − 1,800 premiums = 41,823 → 138.60 + 0.88 % × 8,623
    // = 214.48. Canton: − 2,900 = 40,723 → 1,049 + 6 % × 6,223 = 1,422.38 × 2.14 = 3,043.89.
    // + 24 → 3,282.38.
    expect(year1(50_000, { place: 'CH-ZH' }).incomeTax).toBeCloseTo(3_282.3756, 3);
    // Married: federal 43,623 − 3,700 − 2,800 = 37,123 → 1 % × 7,423 = 74.23. Canton: − 5,800
    // = 37,823 → 128 + 243 + 4 % × 9,223 = 739.92 × 2.14 = 1,583.43; + 48 → 1,705.66.
    expect(year1(50_000, { place: 'CH-ZH' }, 'joint').incomeTax).toBeCloseTo(1_705.6588, 3);
  });

  it('taxes 120,000: 16,743.43 single, 11,986.49 married', () => {
    // Net 109,107; expenses 3 % = 3,273.21 → 105,833.79. Federal single 104,033.79 → 1,502.95 +
    // 6.6 % × 21,933.79 = 2,950.58. Canton 102,933.79 → 4,046 (to 76,400) + 9 % × 26,533.79
    // = 6,434.04 × 2.14 = 13,768.85; + 24 → 16,743.43.
    expect(year1(120_000, { place: 'CH-ZH' }).incomeTax).toBeCloseTo(16_743.4281, 3);
    // Married: federal 99,333.79 → 1,561 + 5 % × 4,433.79 = 1,782.69. Canton 100,033.79 →
    // 4,447 (to 96,300) + 8 % × 3,733.79 = 4,745.70 × 2.14 = 10,155.80; + 48 → 11,986.49.
    expect(year1(120_000, { place: 'CH-ZH' }, 'joint').incomeTax).toBeCloseTo(11_986.4943, 3);
  });

  it('taxes 250,000: 58,428.33 single, 48,725.50 married', () => {
    // Net 231,906.80; expenses at the 4,000 cap → 227,906.80. Federal 226,106.80 → 10,936.55 +
    // 13.2 % × 41,006.80 = 16,349.45. Canton 225,006.80 → 16,339 (to 197,400) + 12 % × 27,606.80
    // = 19,651.82 × 2.14 = 42,054.89; + 24 → 58,428.33.
    expect(year1(250_000, { place: 'CH-ZH' }).incomeTax).toBeCloseTo(58_428.3338, 3);
    // Married: federal 221,406.80 → 5,692 + 13 % × 69,006.80 = 14,662.88. Canton 222,106.80 →
    // 11,404 (to 177,200) + 10 % × 44,906.80 = 15,894.68 × 2.14 = 34,014.62; + 48 → 48,725.50.
    expect(year1(250_000, { place: 'CH-ZH' }, 'joint').incomeTax).toBeCloseTo(48_725.4992, 3);
  });

  it('charges 11.5 % of all federal taxable income from 794,000 single, 941,400 married', () => {
    // The steps reach 10,936.55 + 13.2 % × 608,800 = 91,298.15 at 793,900; 11.5 % × 794,000 =
    // 91,310.
    expect(federalTax2026(793_900, 'single')).toBeCloseTo(91_298.15, 6);
    expect(federalTax2026(794_000, 'single')).toBeCloseTo(91_310, 6);
    expect(federalTax2026(1_000_000, 'joint')).toBeCloseTo(115_000, 6);
    const result = netCompensation(salaryOnly(90_000, { place: 'CH-ZH' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · Switzerland (Zurich city, no church tax) · 2026 rules · single',
    );
  });
});

describe('Switzerland, Zug city, 2026: federal tax, canton 78 % + city 52 %, splitting', () => {
  it('matches the ESTV calculator on taxable 60,000 single and 100,000 married', () => {
    // ESTV 2026: single 60,000 → Kanton 1,990, Gemeinde 1,327 (total with Bund 3,988). Simple tax:
    // 1,800 (to 46,400) + 5.5 % × 13,300 = 731.50 + 6.5 % × 300 = 19.50 → 2,551 × 78 % = 1,989.78.
    const zug = brackets('CH-ZG').Zug!;
    expect(bracketTax(zug, 60_000)).toBeCloseTo(2_551, 6);
    // Married 100,000 → 2 × tariff(50,000) = 2 × (1,800 + 5.5 % × 3,600) = 3,996 × 78 % =
    // 3,116.88 (ESTV 3,117).
    expect(2 * bracketTax(zug, 50_000)).toBeCloseTo(3_996, 6);
  });

  it('taxes 50,000: 1,271.43 single, 245.13 married', () => {
    // 43,623 after expenses as in Zurich; federal 214.48 single, 74.23 married.
    // Canton single: − 4,600 premiums − 12,000 personal = 27,023 → 807.50 + 4.5 % × 123
    // = 813.04 × 1.30 = 1,056.95 → 1,271.43.
    expect(year1(50_000, { place: 'CH-ZG' }).incomeTax).toBeCloseTo(1_271.4279, 3);
    // Married: − 9,200 − 24,000 = 10,423, half 5,211.50 → 27.50 + 2 % × 1,911.50 = 65.73, × 2
    // = 131.46 × 1.30 = 170.90 → 245.13.
    expect(year1(50_000, { place: 'CH-ZG' }, 'joint').incomeTax).toBeCloseTo(245.128, 3);
  });

  it('taxes 120,000: 9,020.54 single, 5,020.81 married', () => {
    // Federal 2,950.58 single (as Zurich). Canton 105,833.79 − 16,600 = 89,233.79 → 3,506.50
    // (to 74,700) + 8 % × 14,533.79 = 4,669.20 × 1.30 = 6,069.96 → 9,020.54.
    expect(year1(120_000, { place: 'CH-ZG' }).incomeTax).toBeCloseTo(9_020.5443, 3);
    // Married: federal 1,782.69. Canton 105,833.79 − 33,200 = 72,633.79, half 36,316.90 →
    // 1,167.50 + 5.5 % × 1,416.90 = 1,245.43, × 2 × 1.30 = 3,238.12 → 5,020.81.
    expect(year1(120_000, { place: 'CH-ZG' }, 'joint').incomeTax).toBeCloseTo(5_020.8055, 3);
  });

  it('taxes 250,000: 36,160.20 single, 28,624.47 married', () => {
    // Federal 16,349.45 single. Canton 227,906.80 − 16,600 = 211,306.80 → 10,326.50 + 8 % ×
    // 61,406.80 = 15,239.04 × 1.30 = 19,810.76 → 36,160.20.
    expect(year1(250_000, { place: 'CH-ZG' }).incomeTax).toBeCloseTo(36_160.2048, 3);
    // Married: federal 14,662.88. Canton 194,706.80, half 97,353.40 → 5,114.50 + 10 % ×
    // 2,553.40 = 5,369.84, × 2 × 1.30 = 13,961.58 → 28,624.47.
    expect(year1(250_000, { place: 'CH-ZG' }, 'joint').incomeTax).toBeCloseTo(28_624.468, 3);
  });
});
