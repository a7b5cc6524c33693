import fc from 'fast-check';
import { PRICE_LEVELS } from './price-levels';
import { priceLevelById, priceLevelFor, priceLevelOptions, suggestedIndex } from './suggest';

const idFor = (location: string): string | null => priceLevelFor(location)?.id ?? null;

describe('priceLevelFor', () => {
  it.each([
    ['Austin, TX', 'US-M-austin'],
    ['austin tx', 'US-M-austin'],
    ['Hybrid - Austin, Texas', 'US-M-austin'],
    ['San Francisco', 'US-M-san-francisco'],
    ['Palo Alto', 'US-M-san-jose'],
    ['Brooklyn', 'US-M-new-york'],
    ['New York', 'US-M-new-york'],
    ['Cambridge, MA', 'US-M-boston'],
    ['St. Louis, MO', 'US-M-st-louis'],
    ['Kansas City, KS', 'US-M-kansas-city'],
    ['Indianapolis, IN', 'US-M-indianapolis'],
    ['Portland, ME', 'US-M-portland-me'],
    ['Portland, OR', 'US-M-portland-or'],
    ['Vancouver, WA', 'US-M-portland-or'],
    ['Washington, DC', 'US-M-washington'],
    ['Washington D.C.', 'US-M-washington'],
    ['Arlington, VA', 'US-M-washington'],
    ['Arlington, TX', 'US-M-dallas'],
    ['Seattle, WA', 'US-M-seattle'],
    ['Washington state', 'US-WA'],
    ['Boise, ID', 'US-ID'],
    [', TX', 'US-TX'],
    [', IN', 'US-IN'],
    ['Paris, TX', 'US-TX'],
    ['New Mexico', 'US-NM'],
    ['Berlin', 'DE'],
    ['Berlin, Germany', 'DE'],
    ['Amsterdam', 'NL'],
    ['London', 'GB'],
    ['Cambridge, UK', 'GB'],
    ['Zurich', 'CH'],
    ['Zürich', 'CH'],
    ['Singapore', 'SG'],
    ['Sydney', 'AU'],
    ['Tokyo', 'JP'],
    ['Toronto', 'CA'],
    ['Vancouver', 'CA'],
    ['Bengaluru', 'IN'],
    ['Bengaluru, IN', 'IN'],
    ['Mexico City', 'MX'],
    ['Remote (US)', 'US'],
  ])('%s → %s', (location, id) => {
    expect(idFor(location)).toBe(id);
  });

  it('returns null when no place is named', () => {
    expect(idFor('Remote')).toBeNull();
    expect(idFor('')).toBeNull();
    expect(idFor('in or me')).toBeNull();
  });

  it('never throws and returns null or a known row, for any string', () => {
    const known = new Set(PRICE_LEVELS);
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const found = priceLevelFor(s);
        expect(found === null || known.has(found)).toBe(true);
      }),
    );
  });

  it('finds a metro’s city whatever digits and punctuation surround it', () => {
    const noise = fc.stringMatching(/^[0-9 ,;:()#/-]{0,12}$/);
    fc.assert(
      fc.property(noise, noise, (before, after) => {
        expect(idFor(`${before} Palo Alto ${after}`)).toBe('US-M-san-jose');
      }),
    );
  });
});

describe('suggestedIndex', () => {
  it('is 100 × offer / reference, rounded to a whole number', () => {
    expect(suggestedIndex(110.4, 100)).toBe(110);
    expect(suggestedIndex(98.1, 115.6)).toBe(85);
    expect(suggestedIndex(100, 100)).toBe(100);
  });

  it('stays within the index field’s 10–1000 for every pair of listed levels', () => {
    const levels = PRICE_LEVELS.map((p) => p.allItems);
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), (a, b) => {
        const index = suggestedIndex(a, b);
        expect(Number.isInteger(index)).toBe(true);
        expect(index).toBeGreaterThanOrEqual(10);
        expect(index).toBeLessThanOrEqual(1000);
      }),
    );
  });

  it('refuses levels that are not positive finite numbers', () => {
    expect(() => suggestedIndex(0, 100)).toThrow(RangeError);
    expect(() => suggestedIndex(100, Number.NaN)).toThrow(RangeError);
    expect(() => suggestedIndex(Number.POSITIVE_INFINITY, 100)).toThrow(RangeError);
  });
});

describe('priceLevelById and priceLevelOptions', () => {
  it('finds a row by id', () => {
    expect(priceLevelById('US-TX')?.name).toBe('Texas');
    expect(priceLevelById('nowhere')).toBeNull();
  });

  it('groups US metro areas, US states and countries, each sorted by name', () => {
    const groups = priceLevelOptions();
    expect(groups.map((g) => g.label)).toEqual(['US metro areas', 'US states', 'Countries']);
    for (const g of groups) {
      const names = g.options.map((o) => o.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
    const total = groups.reduce((n, g) => n + g.options.length, 0);
    expect(total).toBe(PRICE_LEVELS.length);
  });
});
