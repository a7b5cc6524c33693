import fc from 'fast-check';
import { arbitraryDocument } from '../testing/domain-factories';
import { JSON_SHAPE_LIMITS, checkJsonShape } from './json-shape';

const limits = { depth: 4, entries: 3, values: 10 };

describe('checkJsonShape', () => {
  it('passes every document the app can make, pretty-printed or not', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxOffers: 3 }), fc.boolean(), (document, pretty) => {
        expect(checkJsonShape(JSON.stringify(document, null, pretty ? 2 : 0))).toBeNull();
      }),
      { numRuns: 50 },
    );
  });

  it('refuses nesting deeper than the limit', () => {
    expect(checkJsonShape('[[[[1]]]]', limits)).toBeNull();
    expect(checkJsonShape('[[[[[1]]]]]', limits)).toBe(
      'The data is nested more than 4 levels deep; a Tradeoff document never is.',
    );
  });

  it('refuses a list or an object with more entries than the limit', () => {
    expect(checkJsonShape('[1,2,3]', limits)).toBeNull();
    expect(checkJsonShape('{"a":[1,2,3,4]}', limits)).toMatch(/more than 3 entries/);
    expect(checkJsonShape('{"a":1,"b":2,"c":3,"d":4}', limits)).toMatch(/more than 3 entries/);
  });

  it('refuses more values in all than the limit', () => {
    expect(checkJsonShape('[[1,2],[3,4],[5,6]]', limits)).toBeNull();
    expect(checkJsonShape('[[1,2],[3,4],[5,6,7]]', limits)).toMatch(/more than 10 values/);
  });

  it('counts nothing inside strings, escaped quotes included', () => {
    expect(checkJsonShape(JSON.stringify(['[[[[[,,,,,\\"{{{{{{']), limits)).toBeNull();
  });

  it('refuses a million nested brackets without parsing them', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(checkJsonShape(deep)).toMatch(`more than ${JSON_SHAPE_LIMITS.depth} levels`);
  });

  it('never throws on text that is not JSON', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => checkJsonShape(text, limits)).not.toThrow();
      }),
    );
  });
});
