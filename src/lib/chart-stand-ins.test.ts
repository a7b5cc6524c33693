import fc from 'fast-check';
import { createElement, Fragment, StrictMode } from 'react';
import { isFragment as realIsFragment } from 'react-is';
import realGet from 'es-toolkit/compat/get';
import realIsEqual from 'es-toolkit/compat/isEqual';
import realOmit from 'es-toolkit/compat/omit';
import realRange from 'es-toolkit/compat/range';
import realSortBy from 'es-toolkit/compat/sortBy';
import realUniqBy from 'es-toolkit/compat/uniqBy';
import * as realKeyboard from 'recharts/es6/state/keyboardEventsMiddleware';
import isEqual from './chart-equal';
import get from './chart-get';
import * as keyboard from './chart-no-keyboard';
import omit from './chart-omit';
import range from './chart-range';
import { isFragment } from './chart-react-is';
import sortBy from './chart-sort-by';
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

  const name = fc.constantFrom('a', 'b', 'value', 'name', '0', '1');
  const leaf = fc.oneof(fc.integer(), fc.string({ maxLength: 2 }), fc.constant(undefined));
  const nested = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.dictionary(name, tie('node')),
      fc.array(tie('node'), { maxLength: 3 }),
    ),
  })).node;
  const path = fc
    .array(
      fc.oneof(
        name.map((n) => ({ n, index: false })),
        fc.nat(2).map((n) => ({ n: String(n), index: true })),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((parts) =>
      parts.map(({ n, index }, i) => (index ? `[${n}]` : i === 0 ? n : `.${n}`)).join(''),
    );

  it('read a value by key or dotted path as get does', () => {
    fc.assert(
      fc.property(
        nested,
        fc.oneof(path, fc.integer({ min: -1, max: 2 }), fc.constant(-0)),
        fc.anything(),
        (object, key, fallback) => {
          expect(get(object, key, fallback)).toBe(realGet(object, key, fallback));
        },
      ),
    );
    expect(get({ type: { displayName: 'Bar' } }, 'type.displayName')).toBe('Bar');
    expect(get({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(1);
  });

  it('leave out the keys named as omit does', () => {
    const row = fc.dictionary(fc.constantFrom('id', 'name', 'value', 'x', '0'), fc.anything());
    const keys = fc.array(fc.constantFrom('id', 'name', 'x', 0, 'missing'), { maxLength: 3 });
    fc.assert(
      fc.property(row, keys, (object, dropped) => {
        expect(omit(object, dropped)).toEqual(realOmit(object, dropped));
      }),
    );
    const symbol = Symbol('s');
    const inherited = Object.assign(Object.create({ from: 'prototype' }), { id: 1, [symbol]: 2 });
    expect(omit(inherited, ['id'])).toEqual(realOmit(inherited, ['id']));
  });

  it('sort by a function or a property name as sortBy does, ties kept in order', () => {
    const value = fc.oneof(
      fc.double(),
      fc.string({ maxLength: 2 }),
      fc.constantFrom(null, undefined, Symbol.for('s')),
    );
    const entries = fc.array(fc.record({ name: value, coordinate: value, i: fc.nat() }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(entries, (list) => {
        expect(sortBy(list, 'name')).toEqual(realSortBy(list, 'name'));
        const byCoordinate = (entry: { coordinate: unknown }) => entry.coordinate;
        expect(sortBy(list, byCoordinate)).toEqual(realSortBy(list, byCoordinate));
      }),
    );
  });

  it('count as range does', () => {
    const small = fc.integer({ min: -6, max: 6 });
    fc.assert(
      fc.property(
        small,
        fc.option(small, { nil: undefined }),
        fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
        (start, end, step) => {
          expect(range(start, end, step)).toEqual(realRange(start, end, step));
        },
      ),
    );
  });

  it('tell a fragment from other elements as react-is does', () => {
    const values = [
      createElement(Fragment, null, 'a'),
      createElement('g'),
      createElement(StrictMode),
      { type: Fragment },
      null,
      'text',
      [createElement(Fragment)],
    ];
    for (const value of values) expect(isFragment(value)).toBe(realIsFragment(value));
  });

  it("dispatch the chart's focus, blur and key actions as recharts' own do", () => {
    expect(keyboard.keyDownAction('ArrowRight')).toEqual(realKeyboard.keyDownAction('ArrowRight'));
    expect(keyboard.focusAction()).toEqual(realKeyboard.focusAction());
    expect(keyboard.blurAction()).toEqual(realKeyboard.blurAction());
    const next = vi.fn((action: unknown) => action);
    const action = keyboard.keyDownAction('Enter');
    expect(keyboard.keyboardEventsMiddleware.middleware()(next)(action)).toBe(action);
    expect(next).toHaveBeenCalledWith(action);
  });
});
