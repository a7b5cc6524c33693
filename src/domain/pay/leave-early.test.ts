import fc from 'fast-check';
import {
  COMPENSATION_PARTS,
  createOffer,
  createSettings,
  leaveEarly,
  yearlyCompensation,
  type Compensation,
  type Equity,
  type Offer,
} from '../index';

const makeOffer = (
  compensation: Partial<Omit<Compensation, 'equity'>> = {},
  equity: Partial<Equity> = {},
  currency = 'USD',
): Offer => {
  const offer = createOffer({ id: 'o', company: 'Acme', currency });
  return {
    ...offer,
    compensation: {
      ...offer.compensation,
      annualRaisePct: 0,
      ...compensation,
      equity: { ...offer.compensation.equity, ...equity },
    },
  };
};

const settings = createSettings({ exchangeRates: { EUR: 1.08 } });

// 10,000 a month, a 10 % bonus, a 5 % match, 500 a month of benefits and a
// 48,000 RSU grant vesting 1,000 a month after a 12-month cliff.
const plainOffer = (clawbackMonths = 12) =>
  makeOffer(
    {
      baseSalary: 120_000,
      bonusTargetPct: 10,
      signingBonus: 12_000,
      signingBonusClawbackMonths: clawbackMonths,
      relocation: 3_000,
      employerBaseContributionPct: 5,
      benefitsValue: 6_000,
    },
    { kind: 'rsu', grantValue: 48_000, vestingSchedule: [25, 25, 25, 25], cliffMonths: 12 },
  );

describe('leaveEarly', () => {
  it('counts half a year of pay, no equity and the signing bonus paid back', () => {
    const result = leaveEarly(plainOffer(), settings, 6);
    expect(result.parts.base).toBeCloseTo(60_000, 6);
    expect(result.parts.bonus).toBe(0);
    expect(result.parts.oneTime).toBe(15_000);
    expect(result.parts.retirement).toBeCloseTo(3_000, 6);
    expect(result.parts.benefits).toBeCloseTo(3_000, 6);
    expect(result.vested).toBe(0);
    expect(result.clawback).toBe(12_000);
    expect(result.net).toBeCloseTo(69_000, 6);
  });

  it('keeps the signing bonus from the last month of the clawback period on', () => {
    expect(leaveEarly(plainOffer(12), settings, 11).clawback).toBe(12_000);
    expect(leaveEarly(plainOffer(12), settings, 12).clawback).toBe(0);
    expect(leaveEarly(plainOffer(0), settings, 1).clawback).toBe(0);
  });

  it('pays the bonus only for completed years', () => {
    const raised = makeOffer({ baseSalary: 100_000, annualRaisePct: 10, bonusTargetPct: 10 });
    expect(leaveEarly(raised, settings, 11).parts.bonus).toBe(0);
    expect(leaveEarly(raised, settings, 23).parts.bonus).toBeCloseTo(10_000, 6);
    expect(leaveEarly(raised, settings, 24).parts.bonus).toBeCloseTo(21_000, 6);
  });

  it("pays each month's salary at that year's raised rate", () => {
    const raised = makeOffer({ baseSalary: 120_000, annualRaisePct: 10 });
    expect(leaveEarly(raised, settings, 18).parts.base).toBeCloseTo(120_000 + 6 * 11_000, 6);
  });

  it('vests monthly after the cliff', () => {
    const result = leaveEarly(plainOffer(), settings, 18);
    expect(result.vested).toBeCloseTo(12_000 + 6_000, 6);
    expect(result.paid).toBeCloseTo(180_000 + 12_000 + 15_000 + 9_000 + 9_000, 6);
  });

  it('releases everything held back by the cliff at the cliff month', () => {
    const offer = makeOffer({}, { kind: 'rsu', grantValue: 48_000, cliffMonths: 6 });
    expect(leaveEarly(offer, settings, 5).vested).toBe(0);
    expect(leaveEarly(offer, settings, 6).vested).toBeCloseTo(6_000, 6);
  });

  it("prices shares released by a long cliff at the cliff year's expected price", () => {
    const offer = makeOffer(
      {},
      { kind: 'rsu', grantValue: 48_000, cliffMonths: 18, expectedGrowthPct: 10 },
    );
    expect(leaveEarly(offer, settings, 17).vested).toBe(0);
    expect(leaveEarly(offer, settings, 18).vested).toBeCloseTo(18_000 * 1.21, 6);
  });

  it('values options by their spread over the strike price', () => {
    const offer = makeOffer(
      {},
      { kind: 'options', shares: 1_000, sharePrice: 10, strikePrice: 4, cliffMonths: 12 },
    );
    expect(leaveEarly(offer, settings, 12).vested).toBeCloseTo(1_500, 6);
  });

  it('vests each refresher monthly from the end of the year it is granted', () => {
    const offer = makeOffer({}, { kind: 'none', annualRefresher: 12_000, cliffMonths: 12 });
    expect(leaveEarly(offer, settings, 12).vested).toBe(0);
    expect(leaveEarly(offer, settings, 15).vested).toBeCloseTo(750, 6);
    // At 27 months: the first refresher 15 months in (3,000 + 750), the second 3 (750).
    expect(leaveEarly(offer, settings, 27).vested).toBeCloseTo(4_500, 6);
  });

  it('applies the risk discount to equity only', () => {
    const offer = makeOffer(
      { baseSalary: 120_000 },
      { kind: 'rsu', grantValue: 48_000, cliffMonths: 0, riskDiscountPct: 50 },
    );
    const result = leaveEarly(offer, settings, 12);
    expect(result.vested).toBeCloseTo(6_000, 6);
    expect(result.paid).toBeCloseTo(120_000, 6);
  });

  it('converts the net amount to the display currency, or says it cannot', () => {
    const offer = makeOffer({ baseSalary: 120_000 }, {}, 'EUR');
    expect(leaveEarly(offer, settings, 12).netInDisplayCurrency).toBeCloseTo(129_600, 6);
    expect(leaveEarly({ ...offer, currency: 'GBP' }, settings, 12).netInDisplayCurrency).toBeNull();
    expect(leaveEarly(offer, settings, 12).currency).toBe('EUR');
  });

  it.each([0, 49, 1.5, Number.NaN])('refuses to answer for month %s', (months) => {
    expect(() => leaveEarly(plainOffer(), settings, months)).toThrow(RangeError);
  });
});

const pct = (max: number) => fc.integer({ min: 0, max });
const compensationArb = fc.record({
  baseSalary: fc.integer({ min: 0, max: 500_000 }),
  annualRaisePct: fc.integer({ min: -10, max: 15 }),
  bonusTargetPct: pct(40),
  signingBonus: fc.integer({ min: 0, max: 60_000 }),
  relocation: fc.integer({ min: 0, max: 20_000 }),
  employerBaseContributionPct: pct(8),
  retirementMatchCap: fc.option(fc.integer({ min: 0, max: 15_000 })),
  benefitsValue: fc.integer({ min: 0, max: 20_000 }),
});
const equityArb = (cliff: fc.Arbitrary<number>, kind: fc.Arbitrary<Equity['kind']>) =>
  fc.record({
    kind,
    grantValue: fc.integer({ min: 0, max: 500_000 }),
    shares: fc.integer({ min: 0, max: 50_000 }),
    sharePrice: fc.integer({ min: 0, max: 50 }),
    strikePrice: fc.integer({ min: 0, max: 50 }),
    vestingSchedule: fc.constantFrom<number[]>(
      [25, 25, 25, 25],
      [10, 20, 30, 40],
      [33.33, 33.33, 33.34],
    ),
    cliffMonths: cliff,
    annualRefresher: fc.integer({ min: 0, max: 100_000 }),
    expectedGrowthPct: fc.integer({ min: -50, max: 50 }),
    riskDiscountPct: pct(90),
  });

/** Each part of leaveEarly at month 12·y equals the first y years of yearlyCompensation. */
const agreesWithYearlyModel = (offer: Offer) => {
  const years = yearlyCompensation(offer, { horizonYears: 4 });
  for (let y = 1; y <= 4; y++) {
    const result = leaveEarly(offer, settings, 12 * y);
    for (const part of COMPENSATION_PARTS) {
      const expected = years.slice(0, y).reduce((sum, row) => sum + row[part], 0);
      expect(result.parts[part]).toBeCloseTo(expected, 4);
    }
  }
};

describe('leaveEarly against the yearly model', () => {
  it('agrees at every year end for an RSU grant without a cliff', () => {
    fc.assert(
      fc.property(compensationArb, equityArb(fc.constant(0), fc.constant('rsu')), (pay, equity) =>
        agreesWithYearlyModel(makeOffer(pay, equity)),
      ),
    );
  });

  it('agrees at every year end whatever the cliff and grant kind', () => {
    fc.assert(
      fc.property(
        compensationArb,
        equityArb(fc.integer({ min: 0, max: 24 }), fc.constantFrom('none', 'rsu', 'options')),
        (pay, equity) => agreesWithYearlyModel(makeOffer(pay, equity)),
      ),
    );
  });

  it('never has less paid or vested for staying longer', () => {
    fc.assert(
      fc.property(
        compensationArb,
        equityArb(fc.integer({ min: 0, max: 24 }), fc.constantFrom('none', 'rsu', 'options')),
        fc.integer({ min: 1, max: 47 }),
        (pay, equity, months) => {
          const offer = makeOffer(pay, equity);
          const now = leaveEarly(offer, settings, months);
          const later = leaveEarly(offer, settings, months + 1);
          expect(later.paid).toBeGreaterThanOrEqual(now.paid);
          expect(later.vested).toBeGreaterThanOrEqual(now.vested);
        },
      ),
    );
  });
});

describe('leaving early with options: the exercise window', () => {
  // 50,000 options at a $2 strike, 25 % a year after a 12-month cliff.
  const options = (equity: Partial<Equity> = {}) =>
    makeOffer(
      { baseSalary: 0 },
      {
        kind: 'options',
        shares: 50_000,
        strikePrice: 2,
        sharePrice: 6,
        cliffMonths: 12,
        vestingSchedule: [25, 25, 25, 25],
        ...equity,
      },
    );

  it('needs no cash before the cliff: nothing has vested', () => {
    expect(leaveEarly(options(), settings, 11).exerciseCost).toBe(0);
  });

  it('needs the strike times the vested options: $25,000 for 12,500 at a year, $37,500 at 18 months', () => {
    expect(leaveEarly(options(), settings, 12).exerciseCost).toBeCloseTo(25_000, 6);
    // 12,500 + 6 months × 50,000 × 25 % / 12 = 18,750 options.
    expect(leaveEarly(options(), settings, 18).exerciseCost).toBeCloseTo(37_500, 6);
  });

  it('needs nothing for RSUs, which are not bought', () => {
    expect(
      leaveEarly(makeOffer({}, { kind: 'rsu', grantValue: 100_000 }), settings, 24).exerciseCost,
    ).toBe(0);
  });

  it('values a private company’s vested options at their expected value at exit, after the strike', () => {
    const offer = options({
      market: 'private',
      private: {
        fullyDilutedShares: 10_000_000,
        preferredPrice: 6,
        commonPrice: 1.5,
        dilutionPct: 10,
        preference: 60_000_000,
        exits: [{ label: 'big', value: 500_000_000, year: 4, pct: 20, kind: 'acquisition' }],
        series: [],
        roundPriceGrowthPct: 0,
        onAcquisition: 'vest',
        accelerationPct: 100,
        rsuKeptAfterLeaving: null,
        rsuKeptYears: 1,
        optionType: null,
      },
    });
    const atAYear = leaveEarly(offer, settings, 12);
    // A quarter of the grant, bought for $25,000 whether an exit comes or not; at the 20 % exit
    // the whole grant brings $1,443,420 before the strike (scoring.md §12's worked example,
    // $1,343,420 after it): 25 % × 20 % × $1,443,420 = $72,171 on average, $47,171 above the cost.
    expect(atAYear.exerciseCost).toBeCloseTo(25_000, 6);
    expect(atAYear.exerciseWorth).toBeCloseTo(72_171, 6);
    expect(atAYear.vested).toBeCloseTo(47_171, 6);
    expect(atAYear.net).toBeCloseTo(47_171, 6);
  });

  it('counts a private company’s vested options as nothing when buying them is not worth it', () => {
    const offer = options({
      market: 'private',
      private: {
        ...createOffer({ id: 'p', company: 'P' }).compensation.equity.private,
        fullyDilutedShares: 10_000_000,
        preferredPrice: 6,
        // A 5 % chance of a $100M sale: 0.5 % of it is $500,000 for the whole grant.
        exits: [{ label: 'small', value: 100_000_000, year: 4, pct: 5, kind: 'acquisition' }],
      },
    });
    const atAYear = leaveEarly(offer, settings, 12);
    // A quarter: $25,000 to buy, 5 % × $125,000 = $6,250 back on average.
    expect(atAYear.exerciseCost).toBeCloseTo(25_000, 6);
    expect(atAYear.exerciseWorth).toBeCloseTo(6_250, 6);
    expect(atAYear.vested).toBe(0);
  });

  it('never counts a private company’s vested options above their expected worth less their cost', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 2_000 }),
        (months, pct, millions) => {
          const offer = options({
            market: 'private',
            private: {
              ...createOffer({ id: 'p', company: 'P' }).compensation.equity.private,
              fullyDilutedShares: 10_000_000,
              exits: [{ label: 'x', value: millions * 1e6, year: 3, pct, kind: 'acquisition' }],
            },
          });
          const left = leaveEarly(offer, settings, months);
          expect(left.vested).toBeCloseTo(
            Math.max(0, (left.exerciseWorth ?? 0) - left.exerciseCost),
            6,
          );
        },
      ),
    );
  });

  it('keeps a private company’s vested RSUs after leaving only as long as the plan says', () => {
    // $600,000 of RSUs at $12 = 50,000 shares, 10,000,000 shares in all, no preference, no
    // dilution: a $500M exit in year 4 (50 %) pays 0.5 % × $500M = $2,500,000. By month 24,
    // half has vested: 50 % × $2,500,000 × 50 % = $625,000, if still held at the exit.
    const rsus = (rsuKeptAfterLeaving: 'yes' | 'no' | 'years' | null, rsuKeptYears = 1) =>
      makeOffer(
        { baseSalary: 0 },
        {
          kind: 'rsu',
          grantValue: 600_000,
          market: 'private',
          cliffMonths: 12,
          private: {
            ...createOffer({ id: 'r', company: 'R' }).compensation.equity.private,
            fullyDilutedShares: 10_000_000,
            preferredPrice: 12,
            exits: [{ label: 'big', value: 500_000_000, year: 4, pct: 50, kind: 'acquisition' }],
            rsuKeptAfterLeaving,
            rsuKeptYears,
          },
        },
      );
    expect(leaveEarly(rsus(null), settings, 24).vested).toBeCloseTo(625_000, 6);
    expect(leaveEarly(rsus('yes'), settings, 24).vested).toBeCloseTo(625_000, 6);
    // Lapsing at leaving: the exit in year 4 comes after month 24, so nothing is kept.
    expect(leaveEarly(rsus('no'), settings, 24).vested).toBe(0);
    // Kept 2 years: month 24 + 24 = 48 reaches the exit; 1 year does not.
    expect(leaveEarly(rsus('years', 2), settings, 24).vested).toBeCloseTo(625_000, 6);
    expect(leaveEarly(rsus('years', 1), settings, 24).vested).toBe(0);
  });
});
