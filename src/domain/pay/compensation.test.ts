import { describe, expect, it } from 'vitest';
import { makeOffer, type CompensationOverrides } from '../../testing/domain-factories';
import {
  adjustForCostOfLiving,
  initialGrantVesting,
  refresherVesting,
  vestedFraction,
  yearlyCompensation,
  type CompensationPart,
  type Equity,
} from '..';

// Expected values are worked out by hand in the comments, never recomputed.

const yearsOf = (compensation: CompensationOverrides, horizonYears = 4) =>
  yearlyCompensation(makeOffer({ compensation }), { horizonYears });

const column = (
  compensation: CompensationOverrides,
  part: CompensationPart | 'total',
  horizonYears = 4,
) => yearsOf(compensation, horizonYears).map((row) => row[part]);

const expectClose = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? NaN, 6));
};

const noEquity = { kind: 'none' } as const;

/** Every row of the table in scoring.md §1 at once, over three years. */
const fullOffer: CompensationOverrides = {
  baseSalary: 100_000,
  annualRaisePct: 10,
  bonusTargetPct: 20,
  signingBonus: 15_000,
  relocation: 5_000,
  employerBaseContributionPct: 5,
  retirementMatchCap: null,
  benefitsValue: 8_000,
  equity: {
    kind: 'rsu',
    grantValue: 40_000,
    vestingSchedule: [25, 25, 25, 25],
    cliffMonths: 12,
    expectedGrowthPct: 0,
    riskDiscountPct: 25,
    annualRefresher: 0,
  },
};

describe('yearly compensation table', () => {
  it('numbers the years from 1 to the horizon', () => {
    expect(yearsOf(fullOffer, 6).map((row) => row.year)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('raises the base salary by the annual raise, compounded', () => {
    // 100,000; 100,000 × 1.1 = 110,000; 100,000 × 1.1² = 121,000
    expectClose(column(fullOffer, 'base', 3), [100_000, 110_000, 121_000]);
  });

  it('lowers the base salary when the raise is negative', () => {
    // 100,000; × 0.9 = 90,000; × 0.81 = 81,000
    expectClose(
      column({ baseSalary: 100_000, annualRaisePct: -10 }, 'base', 3),
      [100_000, 90_000, 81_000],
    );
  });

  it("pays the bonus as a percent of that year's base", () => {
    // 20 % of 100,000 / 110,000 / 121,000
    expectClose(column(fullOffer, 'bonus', 3), [20_000, 22_000, 24_200]);
  });

  it('pays the signing bonus and relocation in year 1 only', () => {
    // 15,000 + 5,000 = 20,000, then nothing
    expectClose(column(fullOffer, 'oneTime', 3), [20_000, 0, 0]);
  });

  it("matches retirement as a percent of that year's base without a cap", () => {
    // 5 % of 100,000 / 110,000 / 121,000
    expectClose(column(fullOffer, 'retirement', 3), [5_000, 5_500, 6_050]);
  });

  it('caps the retirement match when a cap is set', () => {
    // min(5,000, 5,200) = 5,000; min(5,500, 5,200) = 5,200; min(6,050, 5,200) = 5,200
    expectClose(
      column({ ...fullOffer, retirementMatchCap: 5_200 }, 'retirement', 3),
      [5_000, 5_200, 5_200],
    );
  });

  it('counts the benefits value every year', () => {
    expectClose(column(fullOffer, 'benefits', 3), [8_000, 8_000, 8_000]);
  });

  it('counts vested equity after the risk discount', () => {
    // 40,000 × 25 % × 1.0^y = 10,000, kept at 1 − 25 % = 7,500
    expectClose(column(fullOffer, 'equity', 3), [7_500, 7_500, 7_500]);
  });

  it('adds up every row into the total', () => {
    // y1: 100,000 + 20,000 + 20,000 + 5,000 + 8,000 + 7,500 = 160,500
    // y2: 110,000 + 22,000 + 0 + 5,500 + 8,000 + 7,500 = 153,000
    // y3: 121,000 + 24,200 + 0 + 6,050 + 8,000 + 7,500 = 166,750
    expectClose(column(fullOffer, 'total', 3), [160_500, 153_000, 166_750]);
  });
});

const rsu = (equity: Partial<Equity>) => ({
  equity: {
    kind: 'rsu' as const,
    grantValue: 100_000,
    vestingSchedule: [25, 25, 25, 25],
    cliffMonths: 12,
    expectedGrowthPct: 0,
    ...equity,
  },
});

describe('initial equity grant', () => {
  it('grows RSUs with the share price, (1 + g)^y', () => {
    // 25,000 × 1.1 = 27,500; × 1.21 = 30,250; × 1.331 = 33,275; × 1.4641 = 36,602.5
    expectClose(
      column(rsu({ expectedGrowthPct: 10 }), 'equity'),
      [27_500, 30_250, 33_275, 36_602.5],
    );
  });

  it('shrinks RSUs when the share price is expected to fall', () => {
    // 25,000 × 0.5 = 12,500; × 0.25 = 6,250; × 0.125 = 3,125; × 0.0625 = 1,562.5
    expectClose(column(rsu({ expectedGrowthPct: -50 }), 'equity'), [12_500, 6_250, 3_125, 1_562.5]);
  });

  it('values options under water at 0', () => {
    const underWater = {
      equity: { kind: 'options' as const, shares: 1_000, sharePrice: 5, strikePrice: 10 },
    };
    expectClose(column(underWater, 'equity'), [0, 0, 0, 0]);
  });

  it('values options by their spread once the price passes the strike', () => {
    const options = {
      equity: {
        kind: 'options' as const,
        shares: 10_000,
        sharePrice: 8,
        strikePrice: 10,
        vestingSchedule: [25, 25, 25, 25],
        expectedGrowthPct: 25,
      },
    };
    // 2,500 shares a year; price 8 × 1.25^y = 10, 12.5, 15.625, 19.53125
    // y1: spread 0 → 0; y2: 2,500 × 2.5 = 6,250; y3: 2,500 × 5.625 = 14,062.5
    // y4: 2,500 × 9.53125 = 23,828.125
    expectClose(column(options, 'equity'), [0, 6_250, 14_062.5, 23_828.125]);
  });

  it('ignores the grant value for options and the share fields for RSUs', () => {
    const options = { kind: 'options' as const, grantValue: 1e6, shares: 0, sharePrice: 50 };
    expectClose(column({ equity: options }, 'equity'), [0, 0, 0, 0]);
    // 100,000 × 25 % each year; shares and prices play no part
    expectClose(
      column(rsu({ shares: 1e6, sharePrice: 50 }), 'equity'),
      [25_000, 25_000, 25_000, 25_000],
    );
  });

  it('gives nothing for kind "none" whatever the grant value', () => {
    expectClose(column({ equity: { kind: 'none', grantValue: 1e6 } }, 'equity'), [0, 0, 0, 0]);
  });

  it('holds year 1 back and releases it in year 2 under an 18-month cliff', () => {
    // y1: 0; y2: (25 % + 25 %) × 100,000 = 50,000; then 25,000 a year
    expectClose(column(rsu({ cliffMonths: 18 }), 'equity'), [0, 50_000, 25_000, 25_000]);
  });

  it('treats a 24-month cliff like any cliff beyond a year', () => {
    expectClose(
      column(rsu({ cliffMonths: 24, vestingSchedule: [10, 20, 30, 40] }), 'equity'),
      [0, 30_000, 30_000, 40_000],
    );
  });

  it.each([0, 6, 12])('changes nothing with a %i-month cliff', (cliffMonths) => {
    // 10 %, 20 %, 30 %, 40 % of 100,000, exactly on schedule
    expectClose(
      column(rsu({ cliffMonths, vestingSchedule: [10, 20, 30, 40] }), 'equity'),
      [10_000, 20_000, 30_000, 40_000],
    );
  });

  it('vests nothing after a schedule shorter than the horizon', () => {
    // 50 % of 100,000 in years 1 and 2, then nothing
    expectClose(column(rsu({ vestingSchedule: [50, 50] }), 'equity'), [50_000, 50_000, 0, 0]);
  });

  it('keeps only the part left after the risk discount', () => {
    // 25,000 × (1 − 40 %) = 15,000
    expectClose(column(rsu({ riskDiscountPct: 40 }), 'equity'), [15_000, 15_000, 15_000, 15_000]);
    expectClose(column(rsu({ riskDiscountPct: 100 }), 'equity'), [0, 0, 0, 0]);
  });
});

describe('refreshers', () => {
  const refresher = (equity: Partial<Equity>) => ({
    equity: {
      kind: 'none' as const,
      annualRefresher: 10_000,
      vestingSchedule: [25, 25, 25, 25],
      expectedGrowthPct: 0,
      ...equity,
    },
  });

  it('stacks a grant at the end of each year, each vesting from the next year', () => {
    // 2,500 per live grant and year; grants k = 1..5 (none at the end of year 6)
    // y1: none; y2: k1; y3: k1,k2; y4: k1..k3; y5: k1..k4 = 10,000
    // y6: k1 is done after 4 years, k2..k5 = 10,000
    expectClose(column(refresher({}), 'equity', 6), [0, 2_500, 5_000, 7_500, 10_000, 10_000]);
  });

  it('grows each refresher from its own grant date', () => {
    // 50/50 schedule, 10 % growth: 5,000 × 1.1 = 5,500 in its first year, 5,000 × 1.21 = 6,050 in its second
    // y2: 5,500; y3: 6,050 + 5,500 = 11,550; y4: 6,050 + 5,500 = 11,550
    expectClose(
      column(refresher({ vestingSchedule: [50, 50], expectedGrowthPct: 10 }), 'equity'),
      [0, 5_500, 11_550, 11_550],
    );
  });

  it('values refreshers like RSUs even when the grant is options', () => {
    const options = refresher({ kind: 'options', shares: 1_000, sharePrice: 1, strikePrice: 5 });
    expectClose(column(options, 'equity', 6), [0, 2_500, 5_000, 7_500, 10_000, 10_000]);
  });

  it('applies no cliff to refreshers', () => {
    // the 18-month cliff delays the initial grant only
    expectClose(column(refresher({ cliffMonths: 18 }), 'equity'), [0, 2_500, 5_000, 7_500]);
  });

  it('grants no refresher within a one-year horizon', () => {
    expectClose(column(refresher({}), 'equity', 1), [0]);
  });

  it('takes the risk discount off refreshers too', () => {
    // y2: 10,000 × 100 % × (1 − 50 %) = 5,000
    const discounted = refresher({ vestingSchedule: [100], riskDiscountPct: 50 });
    expectClose(column(discounted, 'equity', 2), [0, 5_000]);
  });

  it('adds refreshers to the initial grant', () => {
    // 25,000 from the grant; + 2,500 per live refresher
    const both = rsu({ annualRefresher: 10_000 });
    expectClose(column(both, 'equity'), [25_000, 27_500, 30_000, 32_500]);
  });
});

describe('equity building blocks', () => {
  it('moves the first two years into year 2 only for cliffs over 12 months', () => {
    expect([1, 2, 3].map((y) => vestedFraction([40, 30, 30], 13, y))).toEqual([0, 0.7, 0.3]);
    expect([1, 2, 3].map((y) => vestedFraction([40, 30, 30], 12, y))).toEqual([0.4, 0.3, 0.3]);
  });

  it('values the initial grant and refreshers separately', () => {
    const equity = makeOffer({ compensation: rsu({ annualRefresher: 10_000 }) }).compensation
      .equity;
    expect(initialGrantVesting(equity, 2)).toBeCloseTo(25_000, 6);
    // y3 with horizon 4: grants k = 1 and 2 → 2 × 2,500
    expect(refresherVesting(equity, 3, 4)).toBeCloseTo(5_000, 6);
  });

  it('pays no equity when there is none', () => {
    expectClose(column({ equity: noEquity }, 'equity'), [0, 0, 0, 0]);
  });
});

describe('cost of living', () => {
  it('scales an amount by 100 / index', () => {
    // 100,000 × 100 / 125 = 80,000; 100,000 × 100 / 80 = 125,000
    expect(adjustForCostOfLiving(100_000, 125)).toBeCloseTo(80_000, 6);
    expect(adjustForCostOfLiving(100_000, 80)).toBeCloseTo(125_000, 6);
    expect(adjustForCostOfLiving(100_000, 100)).toBe(100_000);
  });
});
