import { box1, generalCredit, labourCredit } from './nl';
import { netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('Netherlands, 2026: Box 1 with the general and labour tax credits', () => {
  it('taxes €40,000: €1,748.70 income tax and €4,537.18 national insurance', () => {
    // Box 1: 35.75 % × 38,883 = 13,900.67 + 37.56 % × 1,117 = 419.55 → 14,320.22.
    // General credit 3,115 − 6.398 % × (40,000 − 29,736) = 2,458.31; labour credit
    // 5,300 + 1.95 % × (40,000 − 25,845) = 5,576.02; together 8,034.33.
    // Premiums 27.65 % × 38,883 = 10,751.15, less 27.65 / 35.75 of the credits (6,213.97)
    // → 4,537.18; tax 14,320.22 − 10,751.15 = 3,569.07, less the rest (1,820.36) → 1,748.70.
    expect(generalCredit(40_000)).toBeCloseTo(2_458.31, 2);
    expect(labourCredit(40_000)).toBeCloseTo(5_576.02, 2);
    const y = year1(40_000, { place: 'NL' });
    expect(y.incomeTax).toBeCloseTo(1_748.7, 2);
    expect(y.social).toBeCloseTo(4_537.18, 2);
    // AOW 17.9 / 27.65 of it buys the pension, Wlz 9.65 / 27.65 health; Anw 0.1 is other.
    const parts = box1({ wages: 40_000, ownRetirement: 0 }).socialParts;
    expect(parts.pension).toBeCloseTo(2_937.27, 2);
    expect(parts.health).toBeCloseTo(1_583.5, 2);
  });

  it('taxes €90,000: €23,097.95 income tax and €8,590.17 national insurance', () => {
    // Box 1: 13,900.67 + 37.56 % × 39,543 = 14,852.35 + 49.5 % × 11,574 = 5,729.13 → 34,482.15.
    // General credit gone (over 78,423); labour credit 5,685 − 6.51 % × 44,408 = 2,794.04.
    // Premiums 10,751.15 − 2,160.98 = 8,590.17; tax 23,731.01 − 633.06 = 23,097.95.
    const y = year1(90_000, { place: 'NL' });
    expect(y.incomeTax).toBeCloseTo(23_097.95, 2);
    expect(y.social).toBeCloseTo(8_590.17, 2);
  });

  it('taxes €250,000 with no credit left: €102,931.00 income tax, €10,751.15 national insurance', () => {
    // Labour credit gone from 45,592 + 5,685 / 6.51 % = 132,920.
    // Box 1: 13,900.67 + 14,852.35 + 49.5 % × 171,574 = 84,929.13 → 113,682.15, less premiums.
    const y = year1(250_000, { place: 'NL' });
    expect(y.incomeTax).toBeCloseTo(102_931, 2);
    expect(y.social).toBeCloseTo(10_751.15, 2);
    const parts = box1({ wages: 250_000, ownRetirement: 0 }).socialParts;
    expect(parts.pension).toBeCloseTo(6_960.06, 2); // 17.9 % × 38,883
    expect(parts.health).toBeCloseTo(3_752.21, 2); // 9.65 % × 38,883
  });

  it('does not ask about the household: each person is taxed alone', () => {
    for (const pay of [40_000, 90_000, 250_000]) {
      expect(year1(pay, { place: 'NL' }, 'joint')).toEqual(year1(pay, { place: 'NL' }));
    }
    const result = netCompensation(salaryOnly(90_000, { place: 'NL' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · Netherlands · 2026 rules');
  });

  it('deducts own workplace pension contributions from the taxable wage', () => {
    expect(box1({ wages: 60_000, ownRetirement: 3_000 })).toEqual(
      box1({ wages: 57_000, ownRetirement: 0 }),
    );
  });
});

describe('Netherlands, 2026, with the 30 % ruling', () => {
  it('taxes 70 % of €90,000: €10,952.99 income tax and €6,467.52 national insurance', () => {
    // Taxable 63,000. Box 1: 13,900.67 + 37.56 % × 24,117 = 9,058.35 → 22,959.02.
    // General credit 3,115 − 6.398 % × 33,264 = 986.77; labour 5,685 − 6.51 % × 17,408 =
    // 4,551.74; together 5,538.51, of which 27.65 / 35.75 = 4,283.63 against the premiums.
    // Premiums 10,751.15 − 4,283.63 = 6,467.52; tax 12,207.87 − 1,254.88 = 10,952.99.
    const y = year1(90_000, { place: 'NL-EXP' });
    expect(y.incomeTax).toBeCloseTo(10_952.99, 2);
    expect(y.social).toBeCloseTo(6_467.52, 2);
  });

  it('frees at most 30 % of the WNT norm: €400,000 is taxed on 321,400', () => {
    // 400,000 − 30 % × 262,000 = 321,400. Box 1: 28,753.02 + 49.5 % × 242,974 = 120,272.13
    // → 149,025.15, less premiums 10,751.15 → 138,274.00.
    const y = year1(400_000, { place: 'NL-EXP' });
    expect(y.incomeTax).toBeCloseTo(138_274, 2);
    expect(y.social).toBeCloseTo(10_751.15, 2);
    expect(year1(250_000, { place: 'NL-EXP' }).incomeTax).toBeCloseTo(
      102_931 - 0.3 * 250_000 * 0.495,
      2,
    );
  });
});
