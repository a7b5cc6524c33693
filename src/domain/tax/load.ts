import { registerTaxPlaces, type TaxRules } from './net';
import type { PlaceRules } from './types';

/**
 * Loads the rules of the places asked for, a country's module at a time, and
 * installs them for scoring (tax-registry.ts). The app calls this when an
 * offer has a tax place or the person compares after tax; the first-render
 * bundle holds none of it.
 */
const COUNTRIES: Record<string, () => Promise<readonly PlaceRules[]>> = {
  US: () => import('./us').then((m) => m.US_PLACES),
  GB: () => import('./gb').then((m) => m.GB_PLACES),
  DE: () => import('./de').then((m) => m.DE_PLACES),
  CA: () => import('./ca').then((m) => m.CA_PLACES),
  IN: () => import('./in').then((m) => m.IN_PLACES),
};

export const loadTaxPlaces = async (places: Iterable<string>): Promise<TaxRules> => {
  const countries = new Set([...places].map((place) => place.slice(0, 2)));
  const lists = await Promise.all(
    [...countries].map((country) => COUNTRIES[country]?.() ?? Promise.resolve([])),
  );
  return registerTaxPlaces(lists.flat());
};

export { loadedTaxRules, netCompensationWith, netYears, taxChoice } from './net';
export type { NetCompensation, NetYear, TaxRules } from './net';
