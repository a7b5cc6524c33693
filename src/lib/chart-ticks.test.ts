import fc from 'fast-check';
import RealDecimal from 'decimal.js-light';
import arithmeticSource from '../../node_modules/recharts/es6/util/scale/util/arithmetic.js?raw';
import niceTicksSource from '../../node_modules/recharts/es6/util/scale/getNiceTickValues.js?raw';
import { niceTicks } from './chart-ticks';

/*
 * The ticks of the charts drawn in plain SVG against recharts' own tick code
 * (getNiceTickValues, with decimal.js-light), so an axis that left recharts
 * keeps the ticks it had.
 */

/** A module's source as a function body: its imports dropped, its exports plain declarations. */
const asBody = (source: string) =>
  source
    .replace(/^import .*;$/gm, '')
    .replace(/^export (var|function) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?$/gm, '');

const { getNiceTickValues } = new Function(
  'Decimal',
  `${asBody(arithmeticSource)}\n${asBody(niceTicksSource)}\nreturn { getNiceTickValues };`,
)(RealDecimal) as { getNiceTickValues: (domain: [number, number], count?: number) => number[] };

/** recharts' ticks as drawn: a tick at −0 is a tick at 0. */
const recharts = (a: number, b: number, count: number) =>
  getNiceTickValues([a, b], count).map((tick) => tick + 0);

/** Money as the charts hold it: whole cents, up to a hundred million, and round figures. */
const amount = fc.oneof(
  fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: -2_000_000, max: 5_000_000 }),
  fc.constantFrom(0, 100, 0.1, 0.3, 12.5, 1_000_000, 999_999.99, 1_800_000, 265_550),
);

describe('niceTicks', () => {
  it('gives the ticks recharts gives an axis', () => {
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 2, max: 12 }), (a, b, count) => {
        expect(niceTicks(a, b, count)).toEqual(recharts(a, b, count));
      }),
      { numRuns: 5_000 },
    );
  });

  it('gives five round ticks from 0 by default', () => {
    expect(niceTicks(0, 1_650_000)).toEqual([0, 450_000, 900_000, 1_350_000, 1_800_000]);
    expect(niceTicks(0, 265_550)).toEqual([0, 70_000, 140_000, 210_000, 280_000]);
    expect(niceTicks(-8_000, 300_000)).toEqual([-100_000, 0, 100_000, 200_000, 300_000]);
    expect(niceTicks(0, 0.3, 4)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
