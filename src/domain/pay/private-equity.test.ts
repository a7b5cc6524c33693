import fc from 'fast-check';
import { makeOffer } from '../../testing/domain-factories';
import { compensationRows, yearlyCompensation } from './compensation';
import { exitPayoff, ownershipAt, preferenceAt } from './private-equity';
import type { Equity, ExitScenario, PrivateEquity } from '../document/schema';

/*
 * A Series-B offer as a recruiter answers it (scoring.md §12): 50,000 options
 * at a $2 strike, 10,000,000 fully diluted shares (0.5 % of the company), a
 * $60M preference bought at $12 (5,000,000 preferred shares, 1×
 * non-participating), 10 % dilution a year by later rounds at $12.
 */
const seriesB = (
  exits: ExitScenario[],
  overrides: Partial<Omit<Equity, 'private'>> = {},
  company: Partial<PrivateEquity> = {},
) =>
  makeOffer({
    compensation: {
      baseSalary: 0,
      annualRaisePct: 0,
      equity: {
        kind: 'options',
        market: 'private',
        shares: 50_000,
        strikePrice: 2,
        sharePrice: 0,
        vestingSchedule: [25, 25, 25, 25],
        cliffMonths: 12,
        private: {
          fullyDilutedShares: 10_000_000,
          preferredPrice: 12,
          commonPrice: 1.5,
          dilutionPct: 10,
          preference: 60_000_000,
          exits,
          ...company,
        },
        ...overrides,
      },
    },
  });

const exit = (
  value: number,
  year: number,
  pct: number,
  kind: ExitScenario['kind'] = 'acquisition',
): ExitScenario => ({ label: '', value, year, pct, kind });

const equityOf = (offer: ReturnType<typeof seriesB>) => offer.compensation.equity;
const payoff = (offer: ReturnType<typeof seriesB>, e: ExitScenario) =>
  exitPayoff(equityOf(offer), e);
const equityByYear = (offer: ReturnType<typeof seriesB>) =>
  yearlyCompensation(offer, { horizonYears: 4 }).map((row) => row.equity);

/*
 * By year 4 the rounds have brought the fully diluted count to
 * 10,000,000 / 0.9^4 = 15,241,579.03 shares: 5,241,579.03 new ones at $12.
 */
describe('private company equity: the grant through the waterfall', () => {
  it('pays the whole grant its pro-rata share when every series converts', () => {
    // $500M / 15,241,579.03 = $32.805 a share > $12: all convert; 50,000 × $32.805 − $100,000.
    expect(payoff(seriesB([]), exit(500_000_000, 4, 100))).toBeCloseTo(1_540_250, 4);
  });

  it('counts later rounds’ preference: a $100M exit in year 4 leaves common nothing', () => {
    // $60M + 5,241,579.03 × $12 = $122.9M of preference > $100M, and $6.56 a share converted < $12.
    expect(preferenceAt(equityOf(seriesB([])).private, 50_000, 4)).toBeCloseTo(122_898_948.36, 1);
    expect(payoff(seriesB([]), exit(100_000_000, 4, 100))).toBe(0);
    // Without dilution the Series A alone takes $60M: $40M over 5,000,000 common = $8.
    const still = seriesB([], {}, { dilutionPct: 0 });
    expect(payoff(still, exit(100_000_000, 4, 100))).toBeCloseTo(300_000, 6);
  });

  it('prices later rounds apart from the stack: the issue’s $200M exit with rounds at $20', () => {
    // A ($60M at $12) keeps its preference, the rounds ($104.8M at $20) theirs:
    // $200M − $164.8M = $35.17M over 5,000,000 common = $7.0337; × 50,000 − $100,000.
    const offer = seriesB(
      [],
      {},
      {
        preferredPrice: 20,
        series: [
          {
            name: 'A',
            invested: 60_000_000,
            price: 12,
            shares: null,
            multiple: 1,
            participation: 'none',
            capMultiple: 3,
          },
        ],
      },
    );
    expect(payoff(offer, exit(200_000_000, 4, 100))).toBeCloseTo(251_684, 0);
  });

  it('pays every share the same at an IPO, preference or not', () => {
    // $100M / 15,241,579.03 = $6.561 a share; × 50,000 = $328,050, less $100,000.
    expect(payoff(seriesB([]), exit(100_000_000, 4, 100, 'ipo'))).toBeCloseTo(228_050, 4);
  });

  it('compounds dilution year by year until the exit', () => {
    const p = equityOf(seriesB([])).private;
    expect(ownershipAt(p, 50_000, 0)).toBeCloseTo(0.005, 12);
    expect(ownershipAt(p, 50_000, 1)).toBeCloseTo(0.0045, 12);
    expect(ownershipAt(p, 50_000, 4)).toBeCloseTo(0.0032805, 12);
  });

  it('leaves options unexercised rather than below zero when the strike costs more', () => {
    // No dilution, $62M: A takes $60M, $2M over 5,000,000 = $0.40 a share, under the $2 strike.
    expect(payoff(seriesB([], {}, { dilutionPct: 0 }), exit(62_000_000, 4, 100))).toBe(0);
  });

  it('counts RSUs of a private company as the grant value at the preferred price, with no strike', () => {
    // $600,000 at $12 = 50,000 shares: at $32.805 each, $1,640,250.
    const offer = seriesB([], { kind: 'rsu', grantValue: 600_000 });
    expect(payoff(offer, exit(500_000_000, 4, 100))).toBeCloseTo(1_640_250, 4);
  });

  it('reads an older document’s preference that does not fit the share count as before format 9', () => {
    // $60M at $6 would be all 10,000,000 shares: the series never converts and every share is common,
    // ($500M − $60M) × 0.5 % − $100,000, with no dilution.
    const offer = seriesB([], {}, { preferredPrice: 6, dilutionPct: 0 });
    expect(payoff(offer, exit(500_000_000, 4, 100))).toBeCloseTo(2_100_000, 6);
  });
});

describe('private company equity in the yearly model', () => {
  it('pays nothing, never NaN, for a grant of no shares in a company of almost no shares', () => {
    // 5e-324 fully diluted shares make a share's value overflow; holding none of them is still 0.
    const offer = makeOffer({
      compensation: {
        baseSalary: 0,
        costOfLivingIndex: 10,
        equity: {
          kind: 'none',
          market: 'private',
          cliffMonths: 0,
          private: { fullyDilutedShares: 5e-324, exits: [exit(1, 1, 0)] },
        },
      },
    });
    expect(equityByYear(offer)).toEqual([0, 0, 0, 0]);
  });

  it('weighs each scenario by its chance and counts it in the exit year, nothing before', () => {
    const offer = seriesB([
      exit(20_000_000, 2, 30),
      exit(60_000_000, 3, 30),
      exit(500_000_000, 4, 20),
    ]);
    // Only the $500M exit pays: 20 % × $1,540,250 = $308,050, all of it vested by year 4.
    const years = equityByYear(offer);
    expect(years.slice(0, 3)).toEqual([0, 0, 0]);
    expect(years[3]).toBeCloseTo(308_050, 4);
  });

  // At year 2: 10,000,000 / 0.81 = 12,345,679 shares; $500M / that = $40.50 a share;
  // 50,000 × $40.50 − $100,000 = $1,925,000.
  const atYear2 = 1_925_000;

  it('counts what vested by an early exit in its year and later vesting as it comes', () => {
    const years = equityByYear(seriesB([exit(500_000_000, 2, 50)]));
    expect(years[0]).toBe(0);
    expect(years[1]).toBeCloseTo(0.5 * atYear2 * 0.5, 4);
    expect(years[2]).toBeCloseTo(0.5 * atYear2 * 0.25, 4);
    expect(years[3]).toBeCloseTo(0.5 * atYear2 * 0.25, 4);
  });

  it('vests the given share of the rest at an acquisition that accelerates', () => {
    const half = seriesB(
      [exit(500_000_000, 2, 50)],
      {},
      { onAcquisition: 'accelerate', accelerationPct: 50 },
    );
    // Half of the unvested half vests at the exit: 75 % in year 2, then 12.5 % a year.
    const years = equityByYear(half);
    expect(years[1]).toBeCloseTo(0.5 * atYear2 * 0.75, 4);
    expect(years[2]).toBeCloseTo(0.5 * atYear2 * 0.125, 4);
  });

  it('counts nothing after an acquisition that cancels unvested shares, but an IPO keeps vesting', () => {
    const cancel = { onAcquisition: 'cancel' as const };
    expect(equityByYear(seriesB([exit(500_000_000, 2, 50)], {}, cancel)).slice(2)).toEqual([0, 0]);
    const ipo = equityByYear(seriesB([exit(500_000_000, 2, 50, 'ipo')], {}, cancel));
    expect(ipo[2]).toBeCloseTo(0.5 * atYear2 * 0.25, 4);
  });

  it('counts nothing for an exit after the horizon, or with no scenario at all', () => {
    expect(equityByYear(seriesB([exit(500_000_000, 6, 100)]))).toEqual([0, 0, 0, 0]);
    expect(equityByYear(seriesB([]))).toEqual([0, 0, 0, 0]);
  });

  it('counts risk once: the scenarios’ chances carry it, the discount applies to refreshers only', () => {
    const offer = seriesB([exit(500_000_000, 4, 100)], {
      riskDiscountPct: 50,
      annualRefresher: 40_000,
    });
    // Year 4: the whole $1,540,250; the year-1 refresher's 4th quarter ($10,000), the year-2
    // one's 3rd, the year-3 one's 2nd: $30,000, halved.
    expect(equityByYear(offer)[3]).toBeCloseTo(1_540_250 + 15_000, 4);
  });

  it('leaves a listed company’s options exactly as before', () => {
    const listed = seriesB([exit(500_000_000, 4, 100)], { market: 'listed', sharePrice: 6 });
    // 50,000 × 25 % × ($6 − $2) a year.
    expect(equityByYear(listed)).toEqual([50_000, 50_000, 50_000, 50_000]);
  });
});

describe('private company equity: properties', () => {
  const scenario = () =>
    fc.record({
      label: fc.constant(''),
      value: fc.integer({ min: 0, max: 5_000_000_000 }),
      year: fc.integer({ min: 1, max: 4 }),
      pct: fc.integer({ min: 0, max: 100 }),
      kind: fc.constantFrom('acquisition' as const, 'ipo' as const),
    });
  const scenarios = () =>
    fc.array(scenario(), { minLength: 1, maxLength: 3 }).map((list) => {
      let left = 100;
      return list.map((e) => {
        const pct = Math.min(e.pct, left);
        left -= pct;
        return { ...e, pct };
      });
    });
  const total = (offer: ReturnType<typeof seriesB>) =>
    compensationRows(offer, { horizonYears: 4 }).reduce((sum, row) => sum + row.equity, 0);

  it('expects a value between the smallest and the largest scenario payoff', () => {
    fc.assert(
      fc.property(scenarios(), (exits) => {
        const offer = seriesB(exits);
        const payoffs = exits.map((e) => exitPayoff(equityOf(offer), e));
        const chance = exits.reduce((sum, e) => sum + e.pct, 0);
        // Chances short of 100 % are "no exit in time": a payoff of 0.
        if (chance < 100) payoffs.push(0);
        const expected = total(offer);
        expect(expected).toBeGreaterThanOrEqual(Math.min(...payoffs) - 1e-6);
        expect(expected).toBeLessThanOrEqual(Math.max(...payoffs) * (1 + 1e-12) + 1e-6);
      }),
    );
  });

  it('never expects less for a higher exit value', () => {
    fc.assert(
      fc.property(scenarios(), fc.integer({ min: 0, max: 1_000_000_000 }), (exits, more) => {
        const higher = exits.map((e) => ({ ...e, value: e.value + more }));
        expect(total(seriesB(higher))).toBeGreaterThanOrEqual(total(seriesB(exits)) - 1e-6);
      }),
    );
  });

  it('never expects less for a larger share of the company', () => {
    fc.assert(
      fc.property(
        scenarios(),
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (exits, shares, more) => {
          const small = seriesB(exits, { shares });
          const large = seriesB(exits, { shares: shares + more });
          // The same strike per share: more shares also cost more to exercise, but each pays the same.
          expect(total(large)).toBeGreaterThanOrEqual(total(small) - 1e-6);
          // Fewer common shares beside the grant (a larger ownership) never lower it either.
          const fewer = seriesB(exits, { shares }, { fullyDilutedShares: 7_500_000 });
          expect(total(fewer)).toBeGreaterThanOrEqual(total(small) - 1e-6);
        },
      ),
    );
  });
});
