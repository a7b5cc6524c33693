import fc from 'fast-check';
import * as d3 from 'victory-vendor/d3-shape';
import { offsetPositive, offsetSign } from 'recharts/es6/util/ChartUtils';
import { area, curveLinear, stack, stackOffsetNone, stackOrderNone } from './chart-shapes';

/*
 * The stack recharts gets from us answers as d3's does, for what recharts asks
 * of it (ChartUtils' getStackedData): the keys, a value read from each row, no
 * reordering, and the offset of the chart's stackOffset (none, or recharts' own
 * sign and positive).
 */

const KEYS = ['base', 'bonus', 'equity', 'tax'] as const;
const amount = fc.oneof(
  fc.integer({ min: -500_000, max: 500_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constant(Number.NaN),
  fc.constant(0),
);
const rows = fc.array(
  fc.record({ base: amount, bonus: amount, equity: amount, tax: amount }, { requiredKeys: [] }),
  { maxLength: 6 },
);
const keys = fc.subarray([...KEYS], { minLength: 0 });

type Series = ArrayLike<ArrayLike<number> & { data?: unknown }> & { key: unknown; index: number };
const plain = (series: readonly Series[]) =>
  series.map((s) => ({
    key: s.key,
    index: s.index,
    points: Array.from(s, (point) => ({ from: point[0], to: point[1], row: point.data })),
  }));

const offsets = {
  none: [stackOffsetNone, d3.stackOffsetNone],
  sign: [offsetSign, offsetSign],
  positive: [offsetPositive, offsetPositive],
} as const;

describe('the stack recharts gets from us', () => {
  it.each(Object.keys(offsets) as (keyof typeof offsets)[])(
    'stacks rows as d3 does, offset %s',
    (name) => {
      const [ours, theirs] = offsets[name];
      fc.assert(
        fc.property(rows, keys, (data, dataKeys) => {
          const value = (row: unknown, key: unknown) =>
            Number((row as Record<string, number | undefined>)[key as string] ?? 0);
          const mine = stack()
            .keys(dataKeys)
            .value(value)
            .order(stackOrderNone)
            .offset(ours as never)(data);
          const d3s = d3
            .stack<unknown, unknown, string>()
            .keys(dataKeys)
            .value(value as never)
            .order(d3.stackOrderNone)
            .offset(theirs as never)(data);
          expect(plain(mine as never)).toEqual(plain(d3s as never));
        }),
      );
    },
  );

  it('reads a property by default and keeps the rows it was given', () => {
    const data = [
      { a: 1, b: 2 },
      { a: 3, b: -1 },
    ];
    const [a, b] = stack().keys(['a', 'b'])(data);
    expect(Array.from(b!, (p) => [p[0], p[1]])).toEqual([
      [1, 3],
      [3, 2],
    ]);
    expect(a![1]!.data).toBe(data[1]);
    expect([a!.key, a!.index, b!.key, b!.index]).toEqual(['a', 0, 'b', 1]);
  });

  it('says so when recharts asks for a shape this app does not bundle', () => {
    expect(() => area()).toThrow(/does not bundle/);
    expect(() => curveLinear()).toThrow(/curves/);
  });
});
