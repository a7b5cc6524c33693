import fc from 'fast-check';
import RealDecimal from 'decimal.js-light';
import arithmeticSource from '../../node_modules/recharts/es6/util/scale/util/arithmetic.js?raw';
import niceTicksSource from '../../node_modules/recharts/es6/util/scale/getNiceTickValues.js?raw';
import Decimal from './chart-decimal';

/*
 * recharts' own tick code (getNiceTickValues and getTickValuesFixedDomain),
 * run once with decimal.js-light and once with the stand-in the build gives
 * it: every axis gets the same ticks.
 */

type Ticks = (
  domain: [number, number],
  count?: number,
  allowDecimals?: boolean,
  mode?: 'auto' | 'snap125',
) => number[];

/** A module's source as a function body: its imports dropped, its exports plain declarations. */
const asBody = (source: string) =>
  source
    .replace(/^import .*;$/gm, '')
    .replace(/^export (var|function) /gm, '$1 ')
    .replace(/^export \{[^}]*\};?$/gm, '');

/** recharts' tick functions, their decimals from `decimal`. */
const ticksWith = (decimal: unknown) =>
  new Function(
    'Decimal',
    `${asBody(arithmeticSource)}\n${asBody(niceTicksSource)}\nreturn { getNiceTickValues, getTickValuesFixedDomain };`,
  )(decimal) as { getNiceTickValues: Ticks; getTickValuesFixedDomain: Ticks };

/** Ticks as drawn: a tick at −0 is a tick at 0 (the stand-in never makes −0). */
const drawn =
  (ticks: Ticks): Ticks =>
  (...args) =>
    ticks(...args).map((tick) => tick + 0);

const withDecimal = (decimal: unknown) => {
  const ticks = ticksWith(decimal);
  return {
    getNiceTickValues: drawn(ticks.getNiceTickValues),
    getTickValuesFixedDomain: drawn(ticks.getTickValuesFixedDomain),
  };
};

const real = withDecimal(RealDecimal);
const standIn = withDecimal(Decimal);

/**
 * Amounts as charts hold them: money, scores and shares, large and small, of
 * up to 12 significant digits. (A double with more can differ where it sits
 * within about 1e-15 of a power of ten: decimal.js-light's logarithm is
 * itself not exact there, and the two may pick the next step size.)
 */
const amount = fc.oneof(
  fc.integer({ min: -2_000_000, max: 5_000_000 }),
  fc
    .tuple(
      fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }),
      fc.integer({ min: 0, max: 12 }),
    )
    .map(([digits, places]) => digits / 10 ** places),
  fc.constantFrom(0, 100, 0.1, 0.3, 12.5, 1_000_000, 999_999.99),
);

describe('the decimal numbers recharts gets', () => {
  it('give the same nice ticks as decimal.js-light', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.integer({ min: 2, max: 12 }),
        fc.boolean(),
        fc.constantFrom('auto', 'snap125') as fc.Arbitrary<'auto' | 'snap125'>,
        (a, b, count, decimals, mode) => {
          expect(standIn.getNiceTickValues([a, b], count, decimals, mode)).toEqual(
            real.getNiceTickValues([a, b], count, decimals, mode),
          );
          expect(standIn.getTickValuesFixedDomain([a, b], count, decimals, mode)).toEqual(
            real.getTickValuesFixedDomain([a, b], count, decimals, mode),
          );
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it('gives round ticks for the axes the charts draw', () => {
    expect(standIn.getNiceTickValues([0, 265_550], 5)).toEqual([
      0, 70_000, 140_000, 210_000, 280_000,
    ]);
    expect(standIn.getNiceTickValues([0, 0.3], 4)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
