import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../../index';
import { salaryOnly, year1 } from '../../../testing/tax';

describe('US federal income tax, Social Security and Medicare, 2026', () => {
  it('taxes $185,000 in Washington, single: $33,134 income tax, $14,121.50 FICA', () => {
    // Taxable: 185,000 − 16,100 standard deduction = 168,900. Rev. Proc. 2025-32 single:
    // 10 % × 12,400 = 1,240; 12 % × 38,000 = 4,560; 22 % × 55,300 = 12,166;
    // 24 % × (168,900 − 105,700) = 15,168 → 33,134.
    // Social Security: 6.2 % × the 184,500 wage base = 11,439 (SSA's 2026 maximum);
    // Medicare: 1.45 % × 185,000 = 2,682.50.
    const y = year1(185_000, { place: 'US-WA' });
    expect(y.incomeTax).toBeCloseTo(33_134, 2);
    expect(y.social).toBeCloseTo(14_121.5, 2);
    expect(y.net).toBeCloseTo(137_744.5, 2);
    expect(y.gross).toBe(185_000);
  });

  it('taxes a married couple filing jointly on $300,000 with the joint brackets and 0.9 % over $250,000', () => {
    // Taxable: 300,000 − 32,200 = 267,800. Joint: 2,480 + 9,120 + 24,332 (22 % × 110,600)
    // + 24 % × 56,400 = 13,536 → 49,468. Medicare 4,350 + 0.9 % × 50,000 = 450.
    const y = year1(300_000, { place: 'US-TX' }, 'joint');
    expect(y.incomeTax).toBeCloseTo(49_468, 2);
    expect(y.social).toBeCloseTo(11_439 + 4_800, 2);
  });

  it("matches Rev. Proc. 2025-32's rate schedules: the tax at each bracket's start, single and joint", () => {
    const brackets = ALL_TAX_PLACES.find((p) => p.place === 'US-WA')!.years[0]!.brackets;
    // "The tax is $X plus N % of the excess over $Y", as the schedules publish them.
    const single: [number, number][] = [
      [12_400, 1_240],
      [50_400, 5_800],
      [105_700, 17_966],
      [201_775, 41_024],
      [256_225, 58_448],
      [640_600, 192_979.25],
    ];
    const joint: [number, number][] = [
      [24_800, 2_480],
      [100_800, 11_600],
      [211_400, 35_932],
      [403_550, 82_048],
      [512_450, 116_896],
      [768_700, 206_583.5],
    ];
    for (const [income, tax] of single) {
      expect([income, bracketTax(brackets['federal single']!, income)]).toEqual([income, tax]);
    }
    for (const [income, tax] of joint) {
      expect([income, bracketTax(brackets['federal joint']!, income)]).toEqual([income, tax]);
    }
    expect(bracketTax(brackets['federal single']!, 700_000)).toBeCloseTo(
      192_979.25 + 0.37 * 59_400,
      2,
    );
  });

  it('lets own 401(k) contributions that earn the match lower income tax, not FICA', () => {
    // "50 % match up to 6 %" on 185,000: the person puts in 11,100 before tax.
    // Taxable 185,000 − 11,100 − 16,100 = 157,800 → 17,966 + 24 % × 52,100 = 30,470.
    const offer = salaryOnly(
      185_000,
      { place: 'US-WA' },
      {
        employerMatchPct: 50,
        matchUpToPctOfSalary: 6,
      },
    );
    const y = netCompensation(offer, { horizonYears: 1 })!.years[0]!;
    expect(y.incomeTax).toBeCloseTo(30_470, 2);
    expect(y.social).toBeCloseTo(14_121.5, 2);
    // The employer's 5,550 is in gross and untaxed, so it is in net too.
    expect(y.gross).toBeCloseTo(190_550, 6);
    expect(y.net).toBeCloseTo(190_550 - 30_470 - 14_121.5, 2);
  });

  it('caps own contributions at the 2026 deferral limit of $24,500', () => {
    const offer = salaryOnly(
      500_000,
      { place: 'US-WA' },
      {
        employerMatchPct: 100,
        matchUpToPctOfSalary: 10,
      },
    );
    const withMatch = netCompensation(offer, { horizonYears: 1 })!.years[0]!;
    const capped = netCompensation(
      { ...offer, compensation: { ...offer.compensation, matchUpToPctOfSalary: 4.9 } },
      { horizonYears: 1 },
    )!.years[0]!;
    // 10 % of 500,000 is 50,000 but only 24,500 counts; 4.9 % is exactly 24,500.
    expect(withMatch.incomeTax).toBeCloseTo(capped.incomeTax, 6);
  });

  it('taxes RSUs at vest and a signing bonus as ordinary income, not benefits', () => {
    const base = salaryOnly(150_000, { place: 'US-WA' });
    const richer = {
      ...base,
      compensation: {
        ...base.compensation,
        signingBonus: 20_000,
        benefitsValue: 10_000,
        equity: { ...base.compensation.equity, kind: 'rsu' as const, grantValue: 40_000 },
      },
    };
    const plain = netCompensation(base, { horizonYears: 1 })!.years[0]!;
    const more = netCompensation(richer, { horizonYears: 1 })!.years[0]!;
    // 20,000 + 10,000 RSUs more wages, all at 24 %; Medicare 1.45 % and SS 6.2 % on them.
    expect(more.incomeTax - plain.incomeTax).toBeCloseTo(0.24 * 30_000, 6);
    expect(more.social - plain.social).toBeCloseTo(0.0765 * 30_000, 6);
    expect(more.gross - plain.gross).toBeCloseTo(40_000, 6);
  });

  it('labels the estimate with the place, the rules year and the household', () => {
    const result = netCompensation(salaryOnly(185_000, { place: 'US-WA' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · US federal + WA · 2026 rules · single');
    const later = netCompensation(salaryOnly(185_000, { place: 'US-WA' }), {
      horizonYears: 3,
      household: 'joint',
    })!;
    expect(later.label).toBe(
      'estimate · US federal + WA · 2026 rules (also for later years) · married filing jointly',
    );
    expect(later.years.map((y) => y.rules?.year)).toEqual([2026, 2026, 2026]);
  });
});
