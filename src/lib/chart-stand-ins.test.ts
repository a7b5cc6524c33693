import fc from 'fast-check';
import realIsEqual from 'es-toolkit/compat/isEqual';
import realUniqBy from 'es-toolkit/compat/uniqBy';
import isEqual from './chart-equal';
import uniqBy from './chart-uniq';

/*
 * The lodash-compatible helpers recharts gets from us answer as es-toolkit's
 * do, for what recharts passes them: ticks (plain objects of numbers and
 * strings) to compare, and tooltip or legend entries to keep unique by a key
 * function.
 */

const tick = fc.record({
  value: fc.oneof(fc.double(), fc.string({ maxLength: 3 }), fc.constant(undefined)),
  coordinate: fc.oneof(fc.double(), fc.constantFrom(0, -0)),
  offset: fc.integer({ min: -2, max: 2 }),
  index: fc.nat(5),
});

describe('the stand-ins recharts gets for es-toolkit', () => {
  it('compare ticks as isEqual does', () => {
    const ticks = fc.array(tick, { maxLength: 4 });
    fc.assert(
      fc.property(ticks, ticks, (a, b) => {
        expect(isEqual(a, b)).toBe(realIsEqual(a, b));
        expect(isEqual(a, structuredClone(a))).toBe(realIsEqual(a, structuredClone(a)));
      }),
    );
  });

  it('keep the first entry of each key as uniqBy does', () => {
    const entries = fc.array(fc.record({ dataKey: fc.constantFrom('a', 'b', 'c', 0, -0, NaN) }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(entries, (list) => {
        const byKey = (entry: { dataKey: unknown }) => entry.dataKey;
        expect(uniqBy(list, byKey)).toEqual(realUniqBy(list, byKey));
      }),
    );
  });
});
