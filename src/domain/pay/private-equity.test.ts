import fc from 'fast-check';
import { makeOffer } from '../../testing/domain-factories';
import { compensationRows, yearlyCompensation } from './compensation';
import { exitPayoff, ownershipAt } from './private-equity';
import type { Equity, ExitScenario } from '../document/schema';

/*
 * A Series-B offer as a recruiter answers it: 50,000 options at a $2 strike,
 * 10,000,000 fully diluted shares (0.5 % of the company), a $60M preference
 * ahead of common, 10 % dilution a year.
 */
const seriesB = (exits: ExitScenario[], overrides: Partial<Equity> = {}) =>
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
          preferredPrice: 6,
          commonPrice: 1.5,
          dilutionPct: 10,
          preference: 60_000_000,
          exits,
        },
        ...overrides,
      },
    },
  });

const exit = (value: number, year: number, pct: number, label = ''): ExitScenario => ({
  label,
  value,
  year,
  pct,
});

const equityOf = (offer: ReturnType<typeof seriesB>) => offer.compensation.equity;
const equityByYear = (offer: ReturnType<typeof seriesB>) =>
  yearlyCompensation(offer, { horizonYears: 4 }).map((row) => row.equity);

describe('private company equity: the waterfall', () => {
  it('pays nothing when the exit is below the preference', () => {
    const offer = seriesB([exit(20_000_000, 4, 100)]);
    expect(exitPayoff(equityOf(offer), exit(20_000_000, 4, 100))).toBe(0);
    expect(equityByYear(offer)).toEqual([0, 0, 0, 0]);
  });

  it('pays nothing when the exit equals the preference: the investors take it all', () => {
    expect(exitPayoff(equityOf(seriesB([])), exit(60_000_000, 4, 100))).toBe(0);
  });

  it('shares what is above the preference by ownership after dilution, less the exercise cost', () => {
    // 0.5 % × 0.9^4 = 0.32805 %; ($500M − $60M) × 0.32805 % = $1,443,420; less 50,000 × $2.
    const payoff = exitPayoff(equityOf(seriesB([])), exit(500_000_000, 4, 100));
    expect(payoff).toBeCloseTo(1_343_420, 6);
  });

  it('compounds dilution year by year until the exit', () => {
    const p = equityOf(seriesB([])).private;
    expect(ownershipAt(p, 50_000, 0)).toBeCloseTo(0.005, 12);
    expect(ownershipAt(p, 50_000, 1)).toBeCloseTo(0.0045, 12);
    expect(ownershipAt(p, 50_000, 2)).toBeCloseTo(0.00405, 12);
    expect(ownershipAt(p, 50_000, 4)).toBeCloseTo(0.0032805, 12);
  });

  it('leaves options unexercised rather than below zero when the strike costs more', () => {
    // ($80M − $60M) × 0.32805 % = $65,610, less $100,000 to exercise: not worth it.
    expect(exitPayoff(equityOf(seriesB([])), exit(80_000_000, 4, 100))).toBe(0);
  });

  it('counts RSUs of a private company as the grant value at the preferred price, with no strike', () => {
    const offer = seriesB([], { kind: 'rsu', grantValue: 300_000 });
    // $300,000 at $6 = 50,000 shares: the same ownership as the options, nothing to pay.
    expect(exitPayoff(equityOf(offer), exit(500_000_000, 4, 100))).toBeCloseTo(1_443_420, 6);
  });
});

describe('private company equity in the yearly model', () => {
  it('weighs each scenario by its chance and counts it in the exit year, nothing before', () => {
    const offer = seriesB([
      exit(20_000_000, 2, 30, 'fails'),
      exit(60_000_000, 3, 30, 'modest'),
      exit(500_000_000, 4, 20, 'big'),
    ]);
    // Only "big" pays: 20 % × $1,343,420 = $268,684, all of it vested by year 4.
    const years = equityByYear(offer);
    expect(years.slice(0, 3)).toEqual([0, 0, 0]);
    expect(years[3]).toBeCloseTo(268_684, 6);
  });

  it('counts what vested by an early exit in its year and later vesting as it comes', () => {
    const offer = seriesB([exit(500_000_000, 2, 50)]);
    // At year 2: 0.5 % × 0.81 = 0.405 %; $440M × 0.405 % = $1,782,000; less $100,000 = $1,682,000.
    const payoff = 1_682_000;
    const years = equityByYear(offer);
    expect(years[0]).toBe(0);
    expect(years[1]).toBeCloseTo(0.5 * payoff * 0.5, 6);
    expect(years[2]).toBeCloseTo(0.5 * payoff * 0.25, 6);
    expect(years[3]).toBeCloseTo(0.5 * payoff * 0.25, 6);
  });

  it('counts nothing for an exit after the horizon, or with no scenario at all', () => {
    expect(equityByYear(seriesB([exit(500_000_000, 6, 100)]))).toEqual([0, 0, 0, 0]);
    expect(equityByYear(seriesB([]))).toEqual([0, 0, 0, 0]);
  });

  it('applies the risk discount on top, like any grant', () => {
    const offer = seriesB([exit(500_000_000, 4, 100)], { riskDiscountPct: 50 });
    expect(equityByYear(offer)[3]).toBeCloseTo(1_343_420 / 2, 6);
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
          // Fewer shares in the company (a larger ownership) never lowers it either.
          const fewer = seriesB(exits, { shares });
          fewer.compensation.equity.private.fullyDilutedShares = 5_000_000;
          expect(total(fewer)).toBeGreaterThanOrEqual(total(small) - 1e-6);
        },
      ),
    );
  });
});
