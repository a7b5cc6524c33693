import { PRICE_LEVELS, PRICE_LEVEL_SOURCES, type PriceLevel } from './price-levels';

const level = (id: string): PriceLevel => {
  const found = PRICE_LEVELS.find((p) => p.id === id);
  if (!found) throw new Error(`no price level ${id}`);
  return found;
};

describe('price levels: integrity', () => {
  it('has unique ids and names within each kind', () => {
    expect(new Set(PRICE_LEVELS.map((p) => p.id)).size).toBe(PRICE_LEVELS.length);
    for (const kind of ['metro', 'state', 'country'] as const) {
      const names = PRICE_LEVELS.filter((p) => p.kind === kind).map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('names a known source for every row, each with a URL, year and read date', () => {
    for (const p of PRICE_LEVELS) expect(PRICE_LEVEL_SOURCES[p.source]).toBeDefined();
    for (const s of Object.values(PRICE_LEVEL_SOURCES)) {
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.year).toBeGreaterThanOrEqual(2023);
      expect(s.read).toBe('2026-12-05');
    }
  });

  it('keeps every level within 20–250 on the US = 100 scale', () => {
    // 20, not 30: the World Bank's 2024 price level ratio for India is 0.2417 (24.2).
    for (const p of PRICE_LEVELS) {
      expect(p.allItems, p.id).toBeGreaterThanOrEqual(20);
      expect(p.allItems, p.id).toBeLessThanOrEqual(250);
      if (p.rents !== undefined) {
        expect(p.rents, p.id).toBeGreaterThanOrEqual(30);
        expect(p.rents, p.id).toBeLessThanOrEqual(250);
      }
    }
  });

  it('holds the scale anchor: the US average is 100 in both sources', () => {
    // BEA SARPP line "RPPs: All items", United States = 100.000; WDI: United States = 1.
    expect(level('US').allItems).toBe(100);
    expect(level('US').kind).toBe('country');
  });

  it('covers all 50 states and DC, 60+ metro areas with the tech hubs, and the asked countries', () => {
    expect(PRICE_LEVELS.filter((p) => p.kind === 'state')).toHaveLength(51);
    expect(PRICE_LEVELS.filter((p) => p.kind === 'metro').length).toBeGreaterThanOrEqual(60);
    const hubs =
      'san-francisco san-jose seattle austin boston new-york washington los-angeles san-diego denver chicago atlanta raleigh portland-or salt-lake-city boulder pittsburgh minneapolis dallas houston phoenix miami detroit philadelphia baltimore';
    for (const slug of hubs.split(' ')) expect(level(`US-M-${slug}`).kind).toBe('metro');
    for (const id of 'DE GB NL IE FR ES CH SG AU JP CA IN'.split(' ')) {
      expect(level(id).source).toBe('wb-plr');
    }
  });

  it('gives rents for US rows only: the country source has no rent component', () => {
    for (const p of PRICE_LEVELS) {
      if (p.source === 'wb-plr') expect(p.rents).toBeUndefined();
      else expect(p.rents).toBeGreaterThan(0);
    }
  });

  it('lists each metro area under the states it spans', () => {
    expect(level('US-M-portland-or').states).toEqual(['OR', 'WA']);
    expect(level('US-M-washington').states).toEqual(['DC', 'VA', 'MD', 'WV']);
    expect(level('US-TX').states).toEqual(['TX']);
  });
});

describe('price levels: figures against the publications', () => {
  it('states match BEA’s text for the 2023 RPPs (release of December 12, 2024)', () => {
    // BEA "Regional Price Parities" page, current release December 12, 2024: "States with
    // the highest RPPs were California, at 112.6, New Jersey at 108.9 and Hawaii, at 108.6.
    // The RPP in the District of Columbia was 110.8. ... lowest RPPs were Arkansas, at 86.5,
    // Mississippi, at 87.3, and South Dakota, at 88.1. ... California had the highest RPP for
    // housing rents, at 157.8, and Mississippi had the lowest, at 54.9. ... District of
    // Columbia was 168.5."
    expect(level('US-CA')).toMatchObject({ allItems: 112.6, rents: 157.8 });
    expect(level('US-NJ').allItems).toBe(108.9);
    expect(level('US-HI').allItems).toBe(108.6);
    expect(level('US-DC')).toMatchObject({ allItems: 110.8, rents: 168.5 });
    expect(level('US-AR').allItems).toBe(86.5);
    expect(level('US-MS')).toMatchObject({ allItems: 87.3, rents: 54.9 });
    expect(level('US-SD').allItems).toBe(88.1);
  });

  it('metro areas match BEA MARPP 2024 (MARPP_MSA_2008_2024.csv, column 2024)', () => {
    // Line 1 "RPPs: All items": San Jose 110.423, Austin 98.066, San Francisco 115.613,
    // New York 112.563. Line 3 "RPPs: Services: Housing": San Jose 211.901, Austin 120.361.
    expect(level('US-M-san-jose')).toMatchObject({ allItems: 110.4, rents: 211.9 });
    expect(level('US-M-austin')).toMatchObject({ allItems: 98.1, rents: 120.4 });
    expect(level('US-M-san-francisco').allItems).toBe(115.6);
    expect(level('US-M-new-york').allItems).toBe(112.6);
    expect(level('US-M-austin').name).toBe('Austin-Round Rock-San Marcos, TX');
  });

  it('countries match World Bank WDI PA.NUS.PPPC.RF, 2024 (updated 2025-10-07)', () => {
    // Switzerland 1.10500213434747, Germany 0.771785981339844, India 0.241660782871889,
    // Singapore 0.60172862740966, United Kingdom 0.868301814037804.
    expect(level('CH').allItems).toBe(110.5);
    expect(level('DE').allItems).toBe(77.2);
    expect(level('IN').allItems).toBe(24.2);
    expect(level('SG').allItems).toBe(60.2);
    expect(level('GB').allItems).toBe(86.8);
  });
});
