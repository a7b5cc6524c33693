import { prsi2026 } from './ie';
import { netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

/** USC on pay over 13,000 up to 70,044 and beyond: 0.5 % × 12,012 = 60.06 and 2 % × 16,688 = 333.76. */
const USC_TO_28_700 = 60.06 + 333.76;

describe('Ireland, 2026: income tax, USC and PRSI Class A', () => {
  it('taxes €40,000: €4,000 income tax and €732.82 USC (single), €2,000 and the same USC (married)', () => {
    // Single: 20 % × 40,000 = 8,000 − 2,000 personal − 2,000 employee credit = 4,000.
    // USC: 393.82 + 3 % × (40,000 − 28,700 = 11,300) = 339 → 732.82.
    // Married, one income: the same 8,000 (all within 53,000) − 4,000 − 2,000 = 2,000.
    expect(year1(40_000, { place: 'IE' }).incomeTax).toBeCloseTo(4_000 + 732.82, 2);
    expect(year1(40_000, { place: 'IE' }, 'joint').incomeTax).toBeCloseTo(2_000 + 732.82, 2);
    // PRSI: weekly 769.23, no credit; 40,000 × (¾ × 4.2 % + ¼ × 4.35 % = 4.2375 %) = 1,695.
    expect(year1(40_000, { place: 'IE' }).social).toBeCloseTo(1_695, 2);
    expect(year1(40_000, { place: 'IE' }, 'joint').social).toBeCloseTo(1_695, 2);
  });

  it('taxes €90,000: €23,200 income tax (married €19,400), €3,230.62 USC, €3,813.75 PRSI', () => {
    // Single: 20 % × 44,000 = 8,800 + 40 % × 46,000 = 18,400 → 27,200 − 4,000 = 23,200.
    // Married: 20 % × 53,000 = 10,600 + 40 % × 37,000 = 14,800 → 25,400 − 6,000 = 19,400.
    // USC: 393.82 + 3 % × 41,344 = 1,240.32 + 8 % × (90,000 − 70,044 = 19,956) = 1,596.48.
    const usc = USC_TO_28_700 + 1_240.32 + 1_596.48;
    expect(year1(90_000, { place: 'IE' }).incomeTax).toBeCloseTo(23_200 + usc, 2);
    expect(year1(90_000, { place: 'IE' }, 'joint').incomeTax).toBeCloseTo(19_400 + usc, 2);
    expect(year1(90_000, { place: 'IE' }).social).toBeCloseTo(3_813.75, 2); // × 4.2375 %
  });

  it('taxes €250,000: €87,200 income tax (married €83,400), €16,030.62 USC, €10,593.75 PRSI', () => {
    // Single: 8,800 + 40 % × 206,000 = 82,400 → 91,200 − 4,000. Married: 10,600 + 40 % ×
    // 197,000 = 78,800 → 89,400 − 6,000. USC: 1,634.14 + 8 % × 179,956 = 14,396.48.
    const usc = USC_TO_28_700 + 1_240.32 + 14_396.48;
    expect(year1(250_000, { place: 'IE' }).incomeTax).toBeCloseTo(87_200 + usc, 2);
    expect(year1(250_000, { place: 'IE' }, 'joint').incomeTax).toBeCloseTo(83_400 + usc, 2);
    expect(year1(250_000, { place: 'IE' }).social).toBeCloseTo(10_593.75, 2);
  });

  it('charges no USC up to €13,000 and no PRSI up to €352 a week, then the PRSI credit', () => {
    expect(year1(13_000, { place: 'IE' }).incomeTax).toBe(0);
    // Over 13,000 all of it: 60.06 + 2 % × 989 = 19.78 → 79.84.
    expect(year1(13_001, { place: 'IE' }).incomeTax).toBeCloseTo(79.84, 2);
    expect(prsi2026(52 * 352)).toBe(0);
    // €20,000: weekly 384.62, credit 12 − (384.62 − 352.01) / 6 = 6.57; 39 weeks × (4.2 % ×
    // 384.62 − 6.57 = 9.59) = 373.93 and 13 × (4.35 % × 384.62 − 6.57 = 10.16) = 132.14.
    expect(prsi2026(20_000)).toBeCloseTo(506.08, 2);
  });

  it('lowers income tax, not USC or PRSI, by own pension contributions up to 15 % of pay', () => {
    // 5,000 of 90,000 relieved at 40 %: 2,000 less; 20,000 is over 15 % (13,500).
    const pay = (own: number) =>
      netCompensation(
        salaryOnly(90_000, { place: 'IE' }, { employerMatchPct: 100, matchUpToPctOfSalary: own }),
        {
          horizonYears: 1,
        },
      )!.years[0]!;
    expect(pay(0).incomeTax - pay(5_000 / 900).incomeTax).toBeCloseTo(2_000, 2);
    expect(pay(0).incomeTax - pay(20_000 / 900).incomeTax).toBeCloseTo(40 * 135, 2);
    expect(pay(5_000 / 900).social).toBeCloseTo(3_813.75, 2);
    const result = netCompensation(salaryOnly(90_000, { place: 'IE' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · Ireland · 2026 rules · single');
  });
});
