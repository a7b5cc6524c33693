import { ALL_TAX_PLACES, bracketTax, netCompensation } from '../../index';
import { salaryOnly, year1 } from '../../../testing/tax';

describe('California on top of the federal tax, 2026 pay with the 2025 state tables', () => {
  /** What California adds to Washington's (federal-only) tax on the same pay. */
  const california = (wages: number, household: 'single' | 'joint' = 'single') => {
    const ca = year1(wages, { place: 'US-CA' }, household);
    const wa = year1(wages, { place: 'US-WA' }, household);
    return { incomeTax: ca.incomeTax - wa.incomeTax, social: ca.social - wa.social };
  };

  it("matches the FTB's worked example: joint taxable income of $125,000 owes $4,768.10", () => {
    // Wages 136,412 less the 11,412 joint standard deduction = 125,000 taxable.
    const added = california(136_412, 'joint');
    expect(added.incomeTax).toBeCloseTo(4_768.1, 2);
    // State Disability Insurance: 1.3 % of all wages.
    expect(added.social).toBeCloseTo(0.013 * 136_412, 2);
  });

  it('taxes $185,000 in San Francisco, single: $13,112.98 state tax and $2,405 SDI', () => {
    // Taxable 179,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 9.3 % × 106,570 = 9,911.01.
    const added = california(185_000);
    expect(added.incomeTax).toBeCloseTo(13_112.98, 2);
    expect(added.social).toBeCloseTo(2_405, 2);
  });

  it('adds the 1 % mental health services tax on taxable income over $1,000,000', () => {
    const below = california(1_005_706);
    const above = california(1_105_706);
    // 100,000 more taxable income at 12.3 % plus the 1 % surtax.
    expect(above.incomeTax - below.incomeTax).toBeCloseTo(13_300, 2);
  });

  it('says in its label that the state tables are those of 2025', () => {
    const result = netCompensation(salaryOnly(185_000, { place: 'US-CA' }), { horizonYears: 1 })!;
    expect(result.label).toBe(
      'estimate · US federal + CA (2025 state tables) · 2026 rules · single',
    );
  });
});

describe('New York State and City on top of the federal tax, 2026 pay with the 2025 tables', () => {
  /** What the place adds to Washington's (federal-only) tax on the same pay. */
  const added = (place: string, wages: number, household: 'single' | 'joint' = 'single') =>
    year1(wages, { place }, household).incomeTax -
    year1(wages, { place: 'US-WA' }, household).incomeTax;
  const brackets = (place: string) =>
    ALL_TAX_PLACES.find((p) => p.place === place)!.years[0]!.brackets;

  it("matches the schedules' tax at each bracket start to the dollar, single and joint", () => {
    const ny = brackets('US-NY');
    const single = [80_650, 215_400, 1_077_550, 5e6, 25e6].map((x) =>
      bracketTax(ny['NY single']!, x),
    );
    expect(single.map(Math.round)).toEqual([4_271, 12_356, 71_413, 449_929, 2_509_929]);
    const joint = [161_550, 323_200, 2_155_350, 5e6].map((x) => bracketTax(ny['NY joint']!, x));
    expect(joint.map(Math.round)).toEqual([8_553, 18_252, 143_754, 418_263]);
  });

  it('taxes $100,000 single below the recapture: $4,951.75 state, $3,441.09 more in New York City', () => {
    // Taxable 92,000 = 100,000 − 8,000: 4,270.75 to 80,650, then 6 % × 11,350.
    expect(added('US-NY', 100_000)).toBeCloseTo(4_951.75, 2);
    // City: 369.36 + 489.06 + 954.75 + 3.876 % × 42,000 = 3,441.09.
    expect(added('US-NY-NYC', 100_000) - added('US-NY', 100_000)).toBeCloseTo(3_441.09, 2);
  });

  it('recaptures the lower brackets over $107,650 AGI, phased in over $50,000', () => {
    // AGI 132,650: half way. Taxable 124,650: schedule 6,910.75, flat 6 % 7,479.
    expect(added('US-NY', 132_650)).toBeCloseTo(6_910.75 + 0.5 * 568.25, 2);
    // AGI 200,000: fully phased in, 6 % of all 192,000 taxable.
    expect(added('US-NY', 200_000)).toBeCloseTo(11_520, 2);
    // AGI 240,400: half way into the 6.85 % step; recapture base 6 % × 215,400 − 12,355.75 = 568.25;
    // schedule 13,520.25, flat 6.85 % × 232,400 = 15,919.40.
    expect(added('US-NY', 240_400)).toBeCloseTo(13_520.25 + 568.25 + 0.5 * 1_830.9, 2);
    // Over 25,050,000 AGI: 10.9 % of all taxable income.
    expect(added('US-NY', 30_000_000, 'joint')).toBeCloseTo(0.109 * (30_000_000 - 16_050), 2);
  });

  it('says in its label that the state and city tables are those of 2025', () => {
    const result = netCompensation(salaryOnly(185_000, { place: 'US-NY-NYC' }), {
      horizonYears: 1,
    })!;
    expect(result.label).toBe(
      'estimate · US federal + NY + NYC (2025 tables) · 2026 rules · single',
    );
  });
});

describe('Massachusetts, North Carolina and Pennsylvania on top of the federal tax, 2026', () => {
  const added = (place: string, wages: number, household: 'single' | 'joint' = 'single') =>
    year1(wages, { place }, household).incomeTax -
    year1(wages, { place: 'US-WA' }, household).incomeTax;

  it('taxes $100,000 in Boston at 5 % after the $4,400 exemption: $4,780', () => {
    expect(added('US-MA', 100_000)).toBeCloseTo(4_780, 2);
    expect(added('US-MA', 100_000, 'joint')).toBeCloseTo(4_560, 2);
  });

  it('adds the 4 % surtax on taxable income over $1,083,150', () => {
    // Taxable 1,183,150: 5 % = 59,157.50, plus 4 % of 100,000.
    expect(added('US-MA', 1_187_550)).toBeCloseTo(63_157.5, 2);
  });

  it('taxes $100,000 in Raleigh at 3.99 % after the $12,750 deduction: $3,481.28', () => {
    expect(added('US-NC', 100_000)).toBeCloseTo(3_481.28, 2);
  });

  it('taxes all $100,000 in Pittsburgh at 3.07 %, own 401(k) contributions included: $3,070', () => {
    expect(added('US-PA', 100_000)).toBeCloseTo(3_070, 2);
    const offer = salaryOnly(
      100_000,
      { place: 'US-PA' },
      {
        employerMatchPct: 50,
        matchUpToPctOfSalary: 6,
      },
    );
    const wa = { ...offer, tax: { ...offer.tax!, place: 'US-WA' } };
    const tax = (o: typeof offer) => netCompensation(o, { horizonYears: 1 })!.years[0]!.incomeTax;
    expect(tax(offer) - tax(wa)).toBeCloseTo(3_070, 2);
  });
});

describe('Illinois, Arizona, Indiana and Kentucky on top of the federal tax, 2026', () => {
  const added = (place: string, wages: number, household: 'single' | 'joint' = 'single') =>
    year1(wages, { place }, household).incomeTax -
    year1(wages, { place: 'US-WA' }, household).incomeTax;

  it('taxes $100,000 in Chicago at 4.95 % after the $2,850 exemption (2025 amount): $4,808.93', () => {
    // (100,000 − 2,850) × 4.95 % = 97,150 × 0.0495 = 4,808.925; joint (100,000 − 5,700) × 4.95 %.
    expect(added('US-IL', 100_000)).toBeCloseTo(4_808.925, 2);
    expect(added('US-IL', 100_000, 'joint')).toBeCloseTo(4_667.85, 2);
    const label = netCompensation(salaryOnly(100_000, { place: 'US-IL' }), { horizonYears: 1 })!;
    expect(label.label).toBe('estimate · US federal + IL (2025 exemption) · 2026 rules · single');
  });

  it('taxes $100,000 in Phoenix at 2.5 % after the federal standard deduction: $2,097.50', () => {
    // (100,000 − 16,100) × 2.5 % = 83,900 × 0.025 = 2,097.50; joint 67,800 × 0.025 = 1,695.
    expect(added('US-AZ', 100_000)).toBeCloseTo(2_097.5, 2);
    expect(added('US-AZ', 100_000, 'joint')).toBeCloseTo(1_695, 2);
  });

  it('taxes $100,000 in Indianapolis at 2.95 % after $1,000 a person: $2,920.50', () => {
    // (100,000 − 1,000) × 2.95 % = 2,920.50; joint (100,000 − 2,000) × 2.95 % = 2,891.
    expect(added('US-IN', 100_000)).toBeCloseTo(2_920.5, 2);
    expect(added('US-IN', 100_000, 'joint')).toBeCloseTo(2_891, 2);
  });

  it('taxes $100,000 in Louisville at 3.5 % after the $3,360 standard deduction: $3,382.40', () => {
    // (100,000 − 3,360) × 3.5 % = 96,640 × 0.035 = 3,382.40. The deduction is worth
    // 3,360 × 3.5 % = 117.60, the figure the Department of Revenue's 2026 formula names.
    expect(added('US-KY', 100_000)).toBeCloseTo(3_382.4, 2);
    expect(100_000 * 0.035 - added('US-KY', 100_000)).toBeCloseTo(117.6, 2);
  });
});

describe('Virginia on top of the federal tax, 2026', () => {
  const added = (wages: number, household: 'single' | 'joint' = 'single') =>
    year1(wages, { place: 'US-VA' }, household).incomeTax -
    year1(wages, { place: 'US-WA' }, household).incomeTax;

  it('taxes $100,000 in Richmond after the $8,750 deduction and $930 exemption: $4,935.90', () => {
    // Taxable 100,000 − 8,750 − 930 = 90,320. 2 % × 3,000 = 60; 3 % × 2,000 = 60;
    // 5 % × 12,000 = 600 (the schedule's "$720 plus 5.75 % over $17,000");
    // 5.75 % × 73,320 = 4,215.90 → 4,935.90.
    expect(added(100_000)).toBeCloseTo(4_935.9, 2);
    // Joint: 100,000 − 17,500 − 2 × 930 = 80,640 → 720 + 5.75 % × 63,640 = 4,379.30.
    expect(added(100_000, 'joint')).toBeCloseTo(4_379.3, 2);
  });
});

describe('Minnesota on top of the federal tax, 2026', () => {
  const added = (wages: number, household: 'single' | 'joint' = 'single') =>
    year1(wages, { place: 'US-MN' }, household).incomeTax -
    year1(wages, { place: 'US-WA' }, household).incomeTax;

  it('taxes $100,000 in Minneapolis after the $15,300 standard deduction: $5,276.61', () => {
    // Taxable 84,700: 5.35 % × 33,310 = 1,782.085; 6.8 % × 51,390 = 3,494.52 → 5,276.605.
    expect(added(100_000)).toBeCloseTo(5_276.605, 2);
    // Joint: taxable 69,400: 5.35 % × 48,700 = 2,605.45; 6.8 % × 20,700 = 1,407.60.
    expect(added(100_000, 'joint')).toBeCloseTo(4_013.05, 2);
  });

  it('charges 9.85 % over $203,150 of taxable income, single', () => {
    // 100,000 more pay, all above the top bracket's start.
    expect(added(400_000) - added(300_000)).toBeCloseTo(9_850, 2);
  });
});

describe('New Jersey on top of the federal tax, 2026', () => {
  const added = (wages: number, household: 'single' | 'joint' = 'single') => {
    const nj = year1(wages, { place: 'US-NJ' }, household);
    const wa = year1(wages, { place: 'US-WA' }, household);
    return { incomeTax: nj.incomeTax - wa.incomeTax, social: nj.social - wa.social };
  };

  it('taxes $100,000 in Newark after the $1,000 exemption: $4,180.05, or $2,639.50 joint', () => {
    // Single, taxable 99,000: 1.4 % × 20,000 = 280; 1.75 % × 15,000 = 262.50; 3.5 % × 5,000
    // = 175; 5.525 % × 35,000 = 1,933.75; 6.37 % × 24,000 = 1,528.80 → 4,180.05.
    expect(added(100_000).incomeTax).toBeCloseTo(4_180.05, 2);
    // Joint, taxable 98,000: 280 + 1.75 % × 30,000 = 525 + 2.45 % × 20,000 = 490 + 3.5 % ×
    // 10,000 = 350 (the schedule's "3.5 % less 1,154.50" at 80,000: 1,645.50) + 5.525 % × 18,000
    // = 994.50 → 2,639.50.
    expect(added(100_000, 'joint').incomeTax).toBeCloseTo(2_639.5, 2);
  });

  it('takes TDI and FLI (0.19 % + 0.23 %) up to the $171,100 wage base: $420, at most $718.62', () => {
    expect(added(100_000).social).toBeCloseTo(420, 2);
    // 325.09 TDI + 393.53 FLI, the published maxima.
    expect(added(400_000).social).toBeCloseTo(718.62, 2);
  });

  it('charges 10.75 % over $1,000,000 of taxable income', () => {
    expect(added(1_300_000).incomeTax - added(1_200_000).incomeTax).toBeCloseTo(10_750, 2);
  });
});

/** A figure to the cent. */
const near = (x: number) => expect.closeTo(x, 2);

/** What a place adds to Washington's (federal-only) tax on the same pay, at the three test incomes. */
const addedAt = (
  place: string,
  household: 'single' | 'joint',
  wages = [60_000, 185_000, 600_000],
) =>
  wages.map((w) => {
    const s = year1(w, { place }, household);
    const wa = year1(w, { place: 'US-WA' }, household);
    return { incomeTax: s.incomeTax - wa.incomeTax, social: s.social - wa.social };
  });
const taxes = (place: string, household: 'single' | 'joint', wages?: number[]) =>
  addedAt(place, household, wages).map((t) => t.incomeTax);

describe('Colorado, Georgia, Michigan and Utah on top of the federal tax, 2026', () => {
  it('taxes Denver pay at 4.4 % of federal taxable income, and takes 0.44 % FAMLI to $184,500', () => {
    // Single, after the federal 16,100: 43,900 × 4.4 % = 1,931.60; 168,900 × 4.4 % = 7,431.60;
    // 583,900 × 4.4 % = 25,691.60.
    expect(taxes('US-CO', 'single')).toEqual([1_931.6, 7_431.6, 25_691.6].map(near));
    // Joint, after 32,200: 27,800 → 1,223.20; 152,800 → 6,723.20; 567,800 → 24,983.20.
    expect(taxes('US-CO', 'joint')).toEqual([1_223.2, 6_723.2, 24_983.2].map(near));
    // FAMLI: 0.44 % × 60,000 = 264; then 0.44 % × 184,500 = 811.80 at most.
    const social = addedAt('US-CO', 'single').map((t) => t.social);
    expect(social).toEqual([264, 811.8, 811.8].map(near));
  });

  it('taxes Atlanta pay at 4.99 % after $15,000 ($30,000 joint)', () => {
    // 45,000 × 4.99 % = 2,245.50; 170,000 → 8,483; 585,000 → 29,191.50.
    expect(taxes('US-GA', 'single')).toEqual([2_245.5, 8_483, 29_191.5].map(near));
    // 30,000 → 1,497; 155,000 → 7,734.50; 570,000 → 28,443.
    expect(taxes('US-GA', 'joint')).toEqual([1_497, 7_734.5, 28_443].map(near));
  });

  it('taxes Ann Arbor pay at 4.25 % after $5,900 a person', () => {
    // 54,100 × 4.25 % = 2,299.25; 179,100 → 7,611.75; 594,100 → 25,249.25.
    expect(taxes('US-MI', 'single')).toEqual([2_299.25, 7_611.75, 25_249.25].map(near));
    // Less 11,800: 48,200 → 2,048.50; 173,200 → 7,361; 588,200 → 24,998.50.
    expect(taxes('US-MI', 'joint')).toEqual([2_048.5, 7_361, 24_998.5].map(near));
  });

  it('taxes Salt Lake City pay at 4.45 %, less a credit that is gone by $60,000 single', () => {
    // 4.45 % × 60,000 = 2,670 (credit 485 − 1.3 % × 50,652 < 0); × 185,000 = 8,232.50;
    // × 600,000 = 26,700.
    expect(taxes('US-UT', 'single')).toEqual([2_670, 8_232.5, 26_700].map(near));
    // Joint at 60,000: credit 970 − 1.3 % × (60,000 − 18,696) = 970 − 536.952 = 433.048,
    // so 2,670 − 433.048 = 2,236.952; at 185,000 the credit is gone.
    expect(taxes('US-UT', 'joint')).toEqual([2_236.952, 8_232.5, 26_700].map(near));
    // Single at 20,000: 890 − (485 − 1.3 % × 10,652 = 346.524) = 543.476.
    expect(taxes('US-UT', 'single', [20_000])).toEqual([543.476].map(near));
  });

  it('says in its label which figures are those of 2025', () => {
    const label = (place: string) =>
      netCompensation(salaryOnly(100_000, { place }), { horizonYears: 1 })!.label;
    expect(label('US-CO')).toBe('estimate · US federal + CO (2025 rate) · 2026 rules · single');
    expect(label('US-UT')).toBe('estimate · US federal + UT · 2026 rules · single');
  });
});

describe('Ohio and Maryland on top of the federal tax, 2026', () => {
  it("taxes Columbus pay with Ohio's 2026 schedule: 332 plus 2.75 % over $26,050", () => {
    // Single: 60,000 − 2,150 = 57,850 → 332 + 2.75 % × 31,800 = 1,206.50;
    // 185,000 − 1,900 = 183,100 → 332 + 2.75 % × 157,050 = 4,650.875;
    // 600,000, no exemption from 500,000 of AGI → 332 + 2.75 % × 573,950 = 16,115.625.
    expect(taxes('US-OH', 'single')).toEqual([1_206.5, 4_650.875, 16_115.625].map(near));
    // Joint, two exemptions: 55,700 → 1,147.375; 181,200 → 4,598.625; 600,000 as single.
    expect(taxes('US-OH', 'joint')).toEqual([1_147.375, 4_598.625, 16_115.625].map(near));
    // Nothing on 26,050 of taxable income (28,450 of pay); 332 just above.
    expect(taxes('US-OH', 'single', [28_450])).toEqual([0].map(near));
    expect(taxes('US-OH', 'single', [28_451])[0]).toBeCloseTo(332.0275, 4);
  });

  it('taxes Maryland pay (county tax aside) with the state schedule, exemptions falling with AGI', () => {
    // Tax to 3,000: 20 + 30 + 40 = 90.
    // Single 60,000: 60,000 − 3,350 − 3,200 = 53,450 → 90 + 4.75 % × 50,450 = 2,486.375.
    // 185,000 (no exemption over 150,000): 181,650 → 90 + 4,607.50 (to 100,000) + 1,250
    // + 1,312.50 + 5.5 % × 31,650 = 1,740.75 → 9,000.75.
    // 600,000: 596,650 → 7,260 (to 150,000) + 5,500 + 14,375 + 6.25 % × 96,650 = 6,040.625
    // → 33,175.625.
    expect(taxes('US-MD', 'single')).toEqual([2_486.375, 9_000.75, 33_175.625].map(near));
    // Joint 60,000: 60,000 − 6,700 − 6,400 = 46,900 → 90 + 4.75 % × 43,900 = 2,175.25.
    // 185,000 (1,600 of exemption between 175,000 and 200,000): 176,700 → 90 + 6,982.50
    // + 1,250 + 5.25 % × 1,700 = 89.25 → 8,411.75.
    // 600,000: 593,300 → 8,322.50 (to 175,000) + 2,625 + 4,125 + 5.75 % × 293,300
    // = 16,864.75 → 31,937.25.
    expect(taxes('US-MD', 'joint')).toEqual([2_175.25, 8_411.75, 31_937.25].map(near));
  });

  it("adds Montgomery County's 3.2 % of the same Maryland taxable income", () => {
    // Single: 3.2 % × 53,450 = 1,710.40; × 181,650 = 5,812.80; × 596,650 = 19,092.80.
    const county = (household: 'single' | 'joint') =>
      taxes('US-MD-MC', household).map((t, i) => t - taxes('US-MD', household)[i]!);
    expect(county('single')).toEqual([1_710.4, 5_812.8, 19_092.8].map(near));
    // Joint: 3.2 % × 46,900 = 1,500.80; × 176,700 = 5,654.40; × 593,300 = 18,985.60.
    expect(county('joint')).toEqual([1_500.8, 5_654.4, 18_985.6].map(near));
    const label = netCompensation(salaryOnly(100_000, { place: 'US-MD-MC' }), {
      horizonYears: 1,
    })!.label;
    expect(label).toBe(
      'estimate · US federal + MD + Montgomery County (2025 tables) · 2026 rules · single',
    );
  });
});

describe('The District of Columbia, Hawaii and Idaho on top of the federal tax, 2026', () => {
  it("taxes Washington, D.C. pay with the District's schedule after $15,000 ($30,000 joint)", () => {
    // Tax to 10,000: 400; to 40,000: 2,200; to 60,000: 3,500; to 250,000: 19,650; to 500,000:
    // 42,775. Single: 45,000 → 2,200 + 6.5 % × 5,000 = 2,525; 170,000 → 3,500 + 8.5 % × 110,000
    // = 12,850; 585,000 → 42,775 + 9.75 % × 85,000 = 51,062.50.
    expect(taxes('US-DC', 'single')).toEqual([2_525, 12_850, 51_062.5].map(near));
    // Joint, the same schedule: 30,000 → 1,600; 155,000 → 11,575; 570,000 → 49,600.
    expect(taxes('US-DC', 'joint')).toEqual([1_600, 11_575, 49_600].map(near));
  });

  it('taxes Honolulu pay after $8,000 and $1,144 a person, joint on doubled brackets', () => {
    // Single schedule at its edges: 2,539.20 at 48,000; 12,341.20 at 175,000; 25,966.20 at 325,000.
    // 60,000 − 9,144 = 50,856 → 2,539.20 + 7.6 % × 2,856 = 2,756.256;
    // 175,856 → 12,341.20 + 8.25 % × 856 = 12,411.82; 590,856 → 25,966.20 + 11 % × 265,856
    // = 55,210.36.
    expect(taxes('US-HI', 'single')).toEqual([2_756.256, 12_411.82, 55_210.36].map(near));
    // Joint, less 18,288: 41,712 → 1,104 (at 38,400, twice 552 at 19,200) + 6.4 % × 3,312
    // = 1,315.968;
    // 166,712 → 5,078.40 (at 96,000) + 7.6 % × 70,712 = 10,452.512;
    // 581,712 → 41,932.40 (at 550,000) + 10 % × 31,712 = 45,103.60.
    expect(taxes('US-HI', 'joint')).toEqual([1_315.968, 10_452.512, 45_103.6].map(near));
  });

  it('taxes Boise pay at 5.3 % of federal taxable income over $4,811 ($9,622 joint)', () => {
    // Single: (43,900 − 4,811) × 5.3 % = 2,071.717; 164,089 → 8,696.717; 579,089 → 30,691.717.
    expect(taxes('US-ID', 'single')).toEqual([2_071.717, 8_696.717, 30_691.717].map(near));
    // Joint: (27,800 − 9,622) × 5.3 % = 963.434; 143,178 → 7,588.434; 558,178 → 29,583.434.
    expect(taxes('US-ID', 'joint')).toEqual([963.434, 7_588.434, 29_583.434].map(near));
  });
});

describe('Iowa, Kansas, Louisiana and Mississippi on top of the federal tax, 2026', () => {
  it('taxes Des Moines pay at 3.8 % of federal taxable income less $40 a person', () => {
    // 43,900 × 3.8 % = 1,668.20 − 40 = 1,628.20; 168,900 → 6,418.20 − 40; 583,900 → 22,188.20 − 40.
    expect(taxes('US-IA', 'single')).toEqual([1_628.2, 6_378.2, 22_148.2].map(near));
    // Joint: 27,800 → 1,056.40 − 80; 152,800 → 5,806.40 − 80; 567,800 → 21,576.40 − 80.
    expect(taxes('US-IA', 'joint')).toEqual([976.4, 5_726.4, 21_496.4].map(near));
  });

  it('taxes Wichita pay at 5.2 % and 5.58 % after $12,765 ($26,560 joint)', () => {
    // Single: 60,000 − 3,605 − 9,160 = 47,235 → 1,196 + 5.58 % × 24,235 = 2,548.313;
    // 172,235 → 1,196 + 8,327.313 = 9,523.313; 587,235 → 1,196 + 31,484.313 = 32,680.313.
    expect(taxes('US-KS', 'single')).toEqual([2_548.313, 9_523.313, 32_680.313].map(near));
    // Joint: 33,440 × 5.2 % = 1,738.88; 158,440 → 2,392 + 5.58 % × 112,440 = 8,666.152;
    // 573,440 → 2,392 + 29,431.152 = 31,823.152.
    expect(taxes('US-KS', 'joint')).toEqual([1_738.88, 8_666.152, 31_823.152].map(near));
  });

  it('taxes New Orleans pay at 3 % after $12,500 ($25,000 joint)', () => {
    // 47,500 → 1,425; 172,500 → 5,175; 587,500 → 17,625.
    expect(taxes('US-LA', 'single')).toEqual([1_425, 5_175, 17_625].map(near));
    // 35,000 → 1,050; 160,000 → 4,800; 575,000 → 17,250.
    expect(taxes('US-LA', 'joint')).toEqual([1_050, 4_800, 17_250].map(near));
  });

  it('taxes Jackson pay at 4 % over the first $10,000 after $8,300 ($16,600 joint)', () => {
    // Single: 51,700 → 4 % × 41,700 = 1,668; 176,700 → 6,668; 591,700 → 23,268.
    expect(taxes('US-MS', 'single')).toEqual([1_668, 6_668, 23_268].map(near));
    // Joint, the same 10,000 zero bracket: 43,400 → 1,336; 168,400 → 6,336; 583,400 → 22,936.
    expect(taxes('US-MS', 'joint')).toEqual([1_336, 6_336, 22_936].map(near));
  });
});

describe('Montana and New Mexico on top of the federal tax, 2026', () => {
  it('taxes Bozeman pay at 4.7 % of federal taxable income to $47,500, 5.65 % above', () => {
    // Single: 43,900 × 4.7 % = 2,063.30; 168,900 → 2,232.50 + 5.65 % × 121,400 = 9,091.60;
    // 583,900 → 2,232.50 + 5.65 % × 536,400 = 32,539.10.
    expect(taxes('US-MT', 'single')).toEqual([2_063.3, 9_091.6, 32_539.1].map(near));
    // Joint, to 95,000: 27,800 → 1,306.60; 152,800 → 4,465 + 5.65 % × 57,800 = 7,730.70;
    // 567,800 → 4,465 + 5.65 % × 472,800 = 31,178.20.
    expect(taxes('US-MT', 'joint')).toEqual([1_306.6, 7_730.7, 31_178.2].map(near));
  });

  it("taxes Albuquerque pay with § 7-2-7's schedules after the federal standard deduction", () => {
    // Single, the statute's bases: 1,165.50 at 33,500; 2,716.50 at 66,500; 9,748 at 210,000.
    // 43,900 → 1,165.50 + 4.7 % × 10,400 = 1,654.30; 168,900 → 2,716.50 + 4.9 % × 102,400
    // = 7,734.10; 583,900 → 9,748 + 5.9 % × 373,900 = 31,808.10.
    expect(taxes('US-NM', 'single')).toEqual([1_654.3, 7_734.1, 31_808.1].map(near));
    // Joint: 664 at 25,000; 4,089 at 100,000; 14,624 at 315,000. 27,800 → 664 + 4.3 % × 2,800
    // = 784.40; 152,800 → 4,089 + 4.9 % × 52,800 = 6,676.20; 567,800 → 14,624 + 5.9 % × 252,800
    // = 29,539.20.
    expect(taxes('US-NM', 'joint')).toEqual([784.4, 6_676.2, 29_539.2].map(near));
  });
});

describe('Oklahoma and South Carolina on top of the federal tax, 2026', () => {
  it("taxes Oklahoma City pay with HB 2764's schedule after $7,350 ($14,700 joint)", () => {
    // Single, 109.25 to 7,200 (2.5 % × 1,150 + 3.5 % × 2,300): 52,650 → 109.25 + 4.5 % × 45,450
    // = 2,154.50; 177,650 → 109.25 + 4.5 % × 170,450 = 7,779.50; 592,650 → 26,454.50.
    expect(taxes('US-OK', 'single')).toEqual([2_154.5, 7_779.5, 26_454.5].map(near));
    // Joint, 218.50 to 14,400: 45,300 → 218.50 + 4.5 % × 30,900 = 1,609; 170,300 → 7,234;
    // 585,300 → 218.50 + 4.5 % × 570,900 = 25,909.
    expect(taxes('US-OK', 'joint')).toEqual([1_609, 7_234, 25_909].map(near));
  });

  it('taxes Charleston pay at 1.99 % to $30,000 and 5.21 % above, the deduction phasing out', () => {
    // Single 60,000: deduction 15,000 × (1 − 20,000 / 55,000) = 9,545.4545, taxable 50,454.5455
    // → 597 + 5.21 % × 20,454.5455 = 1,662.6818. 185,000 and 600,000: no deduction left,
    // 597 + 5.21 % × 155,000 = 8,672.50 and 597 + 5.21 % × 570,000 = 30,294.
    expect(taxes('US-SC', 'single')).toEqual([1_662.6818, 8_672.5, 30_294].map(near));
    // Joint 60,000: the whole 30,000, taxable 30,000 → 597. 185,000: 30,000 × 5 / 110
    // = 1,363.6364 left, taxable 183,636.3636 → 597 + 5.21 % × 153,636.3636 = 8,601.4545.
    expect(taxes('US-SC', 'joint')).toEqual([597, 8_601.4545, 30_294].map(near));
  });
});

describe('Wisconsin on top of the federal tax, 2026', () => {
  it('taxes Madison pay after the sliding standard deduction and $700 a person', () => {
    // Single 60,000: deduction 13,960 − 12 % × 39,880 = 9,174.40; taxable 50,125.60 →
    // 3.5 % × 15,110 = 528.85 + 4.4 % × 35,015.60 = 1,540.6864 → 2,069.5364.
    // 185,000 (no deduction left): 184,300 → 2,149.81 (to 51,950) + 5.3 % × 132,350 = 9,164.36.
    // 600,000: 599,300 → 17,030.62 (to 332,720) + 7.65 % × 266,580 = 37,423.99.
    expect(taxes('US-WI', 'single')).toEqual([2_069.5364, 9_164.36, 37_423.99].map(near));
    // Joint 60,000: deduction 25,840 − 19.778 % × 30,960 = 19,716.7312; taxable 38,883.2688 →
    // 705.25 + 4.4 % × 18,733.2688 = 1,529.5138. 185,000: 183,600 → 2,866.09 (to 69,260)
    // + 5.3 % × 114,340 = 8,926.11. 600,000: 598,600 → 22,707.70 (to 443,630)
    // + 7.65 % × 154,970 = 34,562.905.
    expect(taxes('US-WI', 'joint')).toEqual([1_529.5138, 8_926.11, 34_562.905].map(near));
  });
});

describe('Alabama on top of the federal tax, 2026', () => {
  it('taxes Huntsville pay after $4,000 ($8,000 joint) and the federal income tax', () => {
    // Single 60,000: federal tax 1,240 + 12 % × 31,500 = 5,020; taxable 60,000 − 4,000 − 5,020
    // = 50,980 → 110 (to 3,000) + 5 % × 47,980 = 2,509.
    // 185,000: federal 33,134; taxable 147,866 → 110 + 5 % × 144,866 = 7,353.30.
    // 600,000: federal 173,134.25; taxable 422,865.75 → 110 + 5 % × 419,865.75 = 21,103.2875.
    expect(taxes('US-AL', 'single')).toEqual([2_509, 7_353.3, 21_103.2875].map(near));
    // Joint 60,000: federal 2,840; taxable 49,160 → 220 (to 6,000) + 5 % × 43,160 = 2,378.
    // 185,000: federal 23,040; taxable 153,960 → 220 + 5 % × 147,960 = 7,618.
    // 600,000: federal 136,268.50; taxable 455,731.50 → 220 + 5 % × 449,731.50 = 22,706.575.
    expect(taxes('US-AL', 'joint')).toEqual([2_378, 7_618, 22_706.575].map(near));
  });
});

describe('West Virginia on top of the federal tax, 2026', () => {
  it("taxes Morgantown pay with SB 392's rates after $2,000 a person", () => {
    // Schedule: 211 at 10,000; 632.50 at 25,000; 1,106.50 at 40,000; 1,950.50 at 60,000.
    // Single: 58,000 → 1,106.50 + 4.22 % × 18,000 = 1,866.10; 183,000 → 1,950.50 + 4.58 %
    // × 123,000 = 7,583.90; 598,000 → 1,950.50 + 4.58 % × 538,000 = 26,590.90.
    expect(taxes('US-WV', 'single')).toEqual([1_866.1, 7_583.9, 26_590.9].map(near));
    // Joint, the same schedule: 56,000 → 1,781.70; 181,000 → 7,492.30; 596,000 → 26,499.30.
    expect(taxes('US-WV', 'joint')).toEqual([1_781.7, 7_492.3, 26_499.3].map(near));
  });
});

describe('North Dakota on top of the federal tax, 2026 pay with the 2025 brackets', () => {
  it('taxes Fargo pay on federal taxable income: nothing to $48,475, 1.95 %, 2.5 % over $244,825', () => {
    // Single: 43,900 → 0; 168,900 → 1.95 % × 120,425 = 2,348.2875; 583,900 → 1.95 % × 196,350
    // = 3,828.825 (the booklet's 3,828.83) + 2.5 % × 339,075 = 8,476.875 → 12,305.70.
    expect(taxes('US-ND', 'single')).toEqual([0, 2_348.2875, 12_305.7].map(near));
    // Joint: 27,800 → 0; 152,800 → 1.95 % × 71,825 = 1,400.5875; 567,800 → 4,233.45
    // + 2.5 % × 269,725 = 6,743.125 → 10,976.575.
    expect(taxes('US-ND', 'joint')).toEqual([0, 1_400.5875, 10_976.575].map(near));
  });
});

describe('Oregon on top of the federal tax, 2026', () => {
  it('taxes Portland pay (Metro and Multnomah aside) after the capped federal tax subtraction', () => {
    // Single 60,000: federal tax 5,020 (under the 8,750 cap); taxable 60,000 − 2,910 − 5,020
    // = 52,070 → 216.125 + 462.375 (to 11,400) + 8.75 % × 40,670 = 4,237.125, less the 263
    // exemption credit = 3,974.125.
    // 185,000: no subtraction from 145,000 of AGI, no credit over 100,000: taxable 182,090 →
    // 10,618.50 (to 125,000) + 9.9 % × 57,090 = 16,270.41.
    // 600,000: taxable 597,090 → 10,618.50 + 9.9 % × 472,090 = 57,355.41.
    expect(taxes('US-OR', 'single')).toEqual([3_974.125, 16_270.41, 57_355.41].map(near));
    // Joint 60,000: federal 2,840; taxable 51,340 → 1,357 (to 22,800) + 8.75 % × 28,540
    // = 3,854.25, less 526 = 3,328.25. 185,000: federal 23,040, capped at 8,750; taxable
    // 170,430 → 1,357 + 8.75 % × 147,630 = 14,274.625, less 526 = 13,748.625.
    // 600,000: taxable 594,180 → 21,237 (to 250,000) + 9.9 % × 344,180 = 55,310.82.
    expect(taxes('US-OR', 'joint')).toEqual([3_328.25, 13_748.625, 55_310.82].map(near));
  });

  it('lowers the subtraction cap by 1,750 a step of 5,000 of AGI over 125,000', () => {
    // 130,000 single: federal 19,934, cap 5,250; taxable 130,000 − 2,910 − 5,250 = 121,840 →
    // 678.50 + 8.75 % × 110,440 = 10,342 (no credit over 100,000).
    expect(taxes('US-OR', 'single', [130_000])).toEqual([10_342].map(near));
  });

  it('takes the transit tax (0.1 %) and Paid Leave Oregon (0.6 % to $184,500)', () => {
    // 60 + 360 = 420; 185 + 1,107 = 1,292; 600 + 1,107 = 1,707.
    const social = addedAt('US-OR', 'single').map((t) => t.social);
    expect(social).toEqual([420, 1_292, 1_707].map(near));
  });
});
