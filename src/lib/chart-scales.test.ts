import fc from 'fast-check';
import * as d3 from 'victory-vendor/d3-scale';
import { scaleBand, scaleLinear, scalePoint } from './chart-scales';

/*
 * The charts' scales stand in for d3-scale's in recharts: for every domain
 * and range they must place values, ticks and bands exactly where d3 would,
 * so no chart moves by a pixel.
 */

const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
const pair = fc.tuple(finite, finite);
const names = fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 30 });

/** Equal to well under a millionth of a pixel on a range of this size. */
const close = (a: number | undefined, b: number | undefined, range: readonly number[]) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    Math.abs(a - b) <= 1e-9 * (1 + Math.abs(range[0]!) + Math.abs(range[1]!)));

describe('the chart scales, against d3-scale', () => {
  it('map numbers on a linear scale as d3 does, a single-value domain to the middle', () => {
    fc.assert(
      fc.property(pair, pair, fc.array(finite, { maxLength: 10 }), (domain, range, values) => {
        const ours = scaleLinear().domain(domain).range(range);
        const theirs = d3.scaleLinear().domain(domain).range(range);
        for (const v of [...values, ...domain]) expect(close(ours(v), theirs(v), range)).toBe(true);
        expect(ours(Number.NaN)).toBeUndefined();
      }),
    );
    expect(scaleLinear().domain([5, 5]).range([0, 100])(5)).toBe(50);
  });

  it('give the same round ticks for any domain and count', () => {
    // What charts show: money to a trillion, scores, shares and fractions to a thousandth.
    const ends = fc.oneof(
      fc.integer({ min: -1e12, max: 1e12 }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(ends, ends, fc.integer({ min: 0, max: 20 }), (a, b, count) => {
        const ours = scaleLinear().domain([a, b]).ticks(count);
        const theirs = d3.scaleLinear().domain([a, b]).ticks(count);
        expect(ours).toEqual(theirs);
      }),
    );
    expect(scaleLinear().domain([0, 1]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(scaleLinear().domain([0, 250_000]).ticks()).toEqual(
      d3.scaleLinear().domain([0, 250_000]).ticks(),
    );
  });

  it('place names in bands and at points as d3 does, in either direction of the range', () => {
    fc.assert(
      fc.property(names, pair, (domain, range) => {
        const pairs = [
          [scaleBand().domain(domain).range(range), d3.scaleBand().domain(domain).range(range)],
          [scalePoint().domain(domain).range(range), d3.scalePoint().domain(domain).range(range)],
        ] as const;
        for (const [ours, theirs] of pairs) {
          expect(close(ours.bandwidth(), theirs.bandwidth(), range)).toBe(true);
          for (const name of domain) expect(close(ours(name), theirs(name), range)).toBe(true);
          expect(ours('not a name in the domain')).toBeUndefined();
          expect(ours.domain()).toEqual(theirs.domain());
          expect(ours.range()).toEqual(theirs.range());
        }
      }),
    );
  });

  it('copy a scale without tying the copy to it', () => {
    const scale = scaleBand().domain(['a', 'b']).range([0, 100]);
    const copy = scale.copy().range([0, 50]);
    expect(scale('b')).toBe(50);
    expect(copy('b')).toBe(25);
    const linear = scaleLinear().domain([0, 10]).range([0, 100]);
    expect(linear.copy().domain([0, 20])(10)).toBe(50);
    expect(linear(10)).toBe(100);
  });
});
