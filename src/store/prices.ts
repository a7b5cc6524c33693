import { useEffect, useState } from 'react';
import { importRetrying } from '../lib/import-retrying';

import type * as Prices from './prices-module';

/** The built-in price levels and what suggests an index from them: a lazily loaded chunk. */
export type PricesModule = typeof Prices;

let loaded: PricesModule | null = null;
let loading: Promise<PricesModule> | null = null;

/** Loads the price levels once; every later call gets the same promise. */
export const loadPrices = (): Promise<PricesModule> =>
  (loading ??= importRetrying(() => import('./prices-module')).then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));

/** The price levels once loaded (asked for on first use), else null. */
export const usePrices = (): PricesModule | null => {
  const [prices, setPrices] = useState(loaded);
  useEffect(() => {
    if (prices) return;
    let live = true;
    loadPrices().then(
      (module) => live && setPrices(module),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [prices]);
  return prices;
};

/** The price levels if some part of the page has loaded them already. */
export const pricesIfLoaded = (): PricesModule | null => loaded;
