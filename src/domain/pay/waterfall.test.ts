import fc from 'fast-check';
import { commonValuePerShare, exitSplit, type StackSeries } from './waterfall';

const series = (
  invested: number,
  shares: number,
  participation: StackSeries['participation'] = 'none',
  cap = 1,
  multiple = 1,
): StackSeries => ({ invested, shares, multiple, participation, cap });

/** scoring.md §12, worked example 1: a Series A of $60M at $12 beside 5,000,000 common shares. */
const seriesA = [series(60_000_000, 5_000_000)];

/** §12, worked example 2: A $5M at $1, B $20M at $5 capped at 2×, C $30M at $30; 10,000,000 common. */
const threeSeries = [
  series(5_000_000, 5_000_000),
  series(20_000_000, 4_000_000, 'capped', 2),
  series(30_000_000, 1_000_000),
];

describe('the waterfall: one series (scoring.md §12, worked example 1)', () => {
  it('takes its preference when converting would bring it less, and common shares the rest', () => {
    // $100M: half the company is $50M < $60M, so A takes $60M; $40M over 5,000,000 = $8.
    expect(commonValuePerShare(seriesA, 5_000_000, 100_000_000, 'acquisition')).toBeCloseTo(8, 9);
  });

  it('converts when half the exit is worth more than its preference', () => {
    // $200M: half is $100M > $60M, so A converts and every share gets $20.
    const split = exitSplit(seriesA, 5_000_000, 200_000_000, 'acquisition');
    expect(split.converted).toEqual([true]);
    expect(split.perShare).toBeCloseTo(20, 9);
  });

  it('leaves common nothing when the exit does not cover the preference', () => {
    expect(commonValuePerShare(seriesA, 5_000_000, 50_000_000, 'acquisition')).toBe(0);
  });
});

describe('the waterfall: three series, one participating capped (worked example 2)', () => {
  it('converts A, caps B at 2× and leaves C its preference: $6 a common share at $160M', () => {
    // A converts (gains $30M over $5M); B takes its $40M cap; C keeps $30M; $90M over 15,000,000.
    const split = exitSplit(threeSeries, 10_000_000, 160_000_000, 'acquisition');
    expect(split.converted).toEqual([true, false, false]);
    expect(split.perShare).toBeCloseTo(6, 9);
    expect(split.paid[0]).toBeCloseTo(30_000_000, 3);
    expect(split.paid[1]).toBeCloseTo(40_000_000, 3);
    expect(split.paid[2]).toBeCloseTo(30_000_000, 3);
  });

  it('pays every share the same at an IPO (worked example 3): $8 at $160M', () => {
    expect(commonValuePerShare(threeSeries, 10_000_000, 160_000_000, 'ipo')).toBeCloseTo(8, 9);
  });

  it('lets a fully participating series take its preference and its share as converted', () => {
    // $60M at 5,000,000 shares, fully participating, at $160M: $100M left over 10,000,000 = $10.
    const full = [series(60_000_000, 5_000_000, 'full')];
    expect(commonValuePerShare(full, 5_000_000, 160_000_000, 'acquisition')).toBeCloseTo(10, 9);
  });

  it('splits a shortfall pro rata to each preference (pari passu)', () => {
    // $30M against $20M + $40M of preference: each takes half of its own.
    const split = exitSplit(
      [series(20_000_000, 1_000_000), series(20_000_000, 1_000_000, 'none', 1, 2)],
      1_000_000,
      30_000_000,
      'acquisition',
    );
    expect(split.paid[0]).toBeCloseTo(10_000_000, 3);
    expect(split.paid[1]).toBeCloseTo(20_000_000, 3);
    expect(split.perShare).toBe(0);
  });
});

const stackArb = fc.array(
  fc.record({
    invested: fc.double({ min: 0, max: 1e9, noNaN: true }),
    shares: fc.double({ min: 0, max: 1e8, noNaN: true }),
    multiple: fc.double({ min: 1, max: 3, noNaN: true }),
    participation: fc.constantFrom('none', 'full', 'capped'),
    cap: fc.double({ min: 1, max: 10, noNaN: true }),
  }),
  { maxLength: 5 },
);
const stack = stackArb.map((list) =>
  list.map((s) => ({ ...s, cap: Math.max(s.cap, s.multiple) }) as StackSeries),
);
const common = fc.double({ min: 1, max: 1e8, noNaN: true });
const value = fc.double({ min: 0, max: 1e10, noNaN: true });
const totalShares = (list: StackSeries[], c: number) => list.reduce((sum, s) => sum + s.shares, c);

describe('the waterfall: properties', () => {
  it('never pays a common share less when the exit is worth more', () => {
    fc.assert(
      fc.property(stack, common, value, value, (list, c, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = commonValuePerShare(list, c, low, 'acquisition');
        const atHigh = commonValuePerShare(list, c, high, 'acquisition');
        expect(atHigh).toBeGreaterThanOrEqual(atLow - 1e-9 * Math.max(1, atLow));
      }),
    );
  });

  it('never pays common more than its pro-rata share when no series participates', () => {
    const plain = stack.map((list) => list.map((s) => ({ ...s, participation: 'none' as const })));
    fc.assert(
      fc.property(plain, common, value, (list, c, v) => {
        const perShare = commonValuePerShare(list, c, v, 'acquisition');
        const proRata = v / totalShares(list, c);
        expect(perShare).toBeLessThanOrEqual(proRata * (1 + 1e-9) + 1e-12);
      }),
    );
  });

  it('pays common exactly its pro-rata share at an IPO', () => {
    fc.assert(
      fc.property(stack, common, value, (list, c, v) => {
        const proRata = v / totalShares(list, c);
        expect(commonValuePerShare(list, c, v, 'ipo')).toBeCloseTo(proRata, 6);
      }),
    );
  });
});
