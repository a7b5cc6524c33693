import { COUNTRIES, METROS, STATES, type MetroRow } from './price-level-rows';

/*
 * Price levels on ONE scale, the United States average = 100, each row with its
 * source (PRICE_LEVEL_SOURCES: publication, year, date read). Pay in a place is
 * divided by level / 100 to compare buying power.
 *  - US metro areas: BEA Regional Price Parities by metropolitan area (MARPP),
 *    2024, released 2026-02-19: "RPPs: All items" and "RPPs: Services: Housing"
 *    (rents), rounded to one decimal.
 *  - US states and DC: BEA Regional Price Parities by state (SARPP), 2023,
 *    released 2024-12-12, the same two lines. The 2024 state table was not found
 *    in a copy we could read: states are a year older than metro areas.
 *  - Countries: World Bank WDI PA.NUS.PPPC.RF, price level ratio of PPP
 *    conversion factor (GDP) to market exchange rate, 2024 (WDI of 2025-10-07),
 *    US = 1, times 100. GDP-wide, not household consumption, and without a rent
 *    component on this scale: countries have no `rents`.
 * BEA's national housing figure is 100.6 (2024) / 100.7 (2023), kept as published.
 */

export type PriceLevelSourceKey = 'bea-metro' | 'bea-state' | 'wb-plr';
export type PriceLevelKind = 'metro' | 'state' | 'country';

export interface PriceLevelSource {
  what: string;
  url: string;
  year: number;
  read: string;
}

export interface PriceLevel {
  /** 'US-M-austin' (metro area), 'US-TX' (state), 'DE' (country), 'US' (US average). */
  id: string;
  /** 'Austin-Round Rock-San Marcos, TX', 'Texas', 'Germany'. */
  name: string;
  kind: PriceLevelKind;
  /** All items, US average = 100. */
  allItems: number;
  /** Housing (rents) component, US average = 100; absent where the source has none. */
  rents?: number;
  source: PriceLevelSourceKey;
  /** The US states a metro area spans, or a state's own code: ['OR', 'WA'], ['TX']. */
  states?: readonly string[];
  /**
   * Other names a typed location may use, '|'-separated, for the matcher: a
   * trailing '*' counts only with one of the place's states named ("Dublin, CA");
   * for a country, a trailing '!' is a name of the country, the rest its cities.
   */
  aka?: string;
}

const READ = '2026-12-05';

export const PRICE_LEVEL_SOURCES: Record<PriceLevelSourceKey, PriceLevelSource> = {
  'bea-metro': {
    what: 'BEA Regional Price Parities by metro area (MARPP), all items and housing',
    url: 'https://apps.bea.gov/regional/zip/MARPP.zip',
    year: 2024,
    read: READ,
  },
  'bea-state': {
    what: 'BEA Regional Price Parities by state (SARPP), all items and housing',
    url: 'https://apps.bea.gov/regional/zip/SARPP.zip',
    year: 2023,
    read: READ,
  },
  'wb-plr': {
    what: 'World Bank WDI PA.NUS.PPPC.RF, price level ratio of PPP (GDP) to exchange rate, US = 100',
    url: 'https://data.worldbank.org/indicator/PA.NUS.PPPC.RF',
    year: 2024,
    read: READ,
  },
};

const firstName = (name: string): string =>
  name
    .split(/-|\//)[0]!
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-');

const metroSlug = (name: string, states: string, all: readonly MetroRow[]): string => {
  const slug = firstName(name);
  const shared = all.filter(([n]) => firstName(n) === slug).length > 1;
  return shared ? `${slug}-${states.slice(0, 2).toLowerCase()}` : slug;
};

/**
 * Every price level: metro areas, states, countries, then the US average
 * (BEA: all items 100 by definition, housing 100.7 in the 2023 state table).
 */
export const PRICE_LEVELS: readonly PriceLevel[] = [
  ...METROS.map(([name, states, allItems, rents, aka]): PriceLevel => ({
    id: `US-M-${metroSlug(name, states, METROS)}`,
    name: `${name}, ${states}`,
    kind: 'metro',
    allItems,
    rents,
    source: 'bea-metro',
    states: states.split('-'),
    aka,
  })),
  ...STATES.map(([code, name, allItems, rents]): PriceLevel => ({
    id: `US-${code}`,
    name,
    kind: 'state',
    allItems,
    rents,
    source: 'bea-state',
    states: [code],
  })),
  ...COUNTRIES.map(([id, name, allItems, aka]): PriceLevel => ({
    id,
    name,
    kind: 'country',
    allItems,
    source: 'wb-plr',
    aka,
  })),
  {
    id: 'US',
    name: 'United States',
    kind: 'country',
    allItems: 100,
    rents: 100.7,
    source: 'bea-state',
    aka: 'usa!|us!|united states of america!',
  },
];
