import fc from 'fast-check';
import { indexOrigin, indexSuggestion, priceSourceWords } from './index-suggestion';

describe('the cost of living index suggested from a location (scoring.md §2)', () => {
  it('works out San Francisco against Austin from BEA’s metro parities, on all prices and on rents', () => {
    // BEA 2024 all items: San Francisco 115.6 against Austin 98.1, 100 × 115.6 / 98.1 = 117.8
    // → 118; rents likewise from the housing line (Austin 120.4).
    const s = indexSuggestion('San Francisco, CA', 'US-M-austin')!;
    expect(s.place.id).toBe('US-M-san-francisco');
    expect(s.all).toBe(Math.round((100 * s.place.allItems) / s.reference.allItems));
    expect(s.all).toBe(118);
    expect(s.rents).toBe(Math.round((100 * s.place.rents!) / s.reference.rents!));
    expect(priceSourceWords(s.place)).toBe('BEA regional price parities, 2024');
  });

  it('suggests Berlin from Germany’s World Bank price level, with no rents figure', () => {
    // Germany 77.2, Austin 98.1: 100 × 77.2 / 98.1 = 78.7 → 79.
    const s = indexSuggestion('Berlin, Germany', 'US-M-austin')!;
    expect(s.place.id).toBe('DE');
    expect(s.all).toBe(79);
    expect(s.rents).toBeNull();
    expect(priceSourceWords(s.place)).toBe('World Bank price level, 2024');
  });

  it('suggests nothing without a reference place or for a location it does not know', () => {
    expect(indexSuggestion('Austin, TX', null)).toBeNull();
    expect(indexSuggestion('Remote', 'US-M-austin')).toBeNull();
    expect(indexSuggestion('Austin, TX', 'XX-nowhere')).toBeNull();
  });

  it('records an index equal to the suggestion as suggested, and any other as typed', () => {
    const s = indexSuggestion('Seattle, WA', 'US-M-austin')!;
    expect(indexOrigin(s.all, 'Seattle, WA', 'US-M-austin')).toEqual({
      place: s.place.id,
      reference: 'US-M-austin',
      measure: 'all',
    });
    expect(indexOrigin(s.rents!, 'Seattle, WA', 'US-M-austin')?.measure).toBe('rents');
    expect(indexOrigin(s.all + 1, 'Seattle, WA', 'US-M-austin')).toBeNull();
    expect(indexOrigin(s.all, 'Seattle, WA', null)).toBeNull();
  });

  it('never throws and stays within the index field’s 10–1000, for any location and reference', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('US', 'US-M-austin', 'IN', 'CH', 'nowhere'),
        (location, ref) => {
          const s = indexSuggestion(location, ref);
          if (s) {
            expect(s.all).toBeGreaterThanOrEqual(10);
            expect(s.all).toBeLessThanOrEqual(1000);
          }
        },
      ),
    );
  });
});
