import { CA_PLACES } from './ca';
import { DE_PLACES } from './de';
import { GB_PLACES } from './gb';
import { IN_PLACES } from './in';
import type { OfferPay } from '../compensation';
import type { OfferTax, Settings } from '../schema';
import { netCompensationWith, type NetCompensation, type TaxRules } from './net';
import type { PlaceRules, Source } from './types';
import { US_PLACES } from './us';

/**
 * Every built-in place at once, for the domain's public face (index.ts), the
 * checks of docs/scoring.md and the tests. The app loads places one country
 * at a time through load.ts instead.
 */
export const ALL_TAX_PLACES: readonly PlaceRules[] = [
  ...US_PLACES,
  ...GB_PLACES,
  ...DE_PLACES,
  ...CA_PLACES,
  ...IN_PLACES,
];

const ALL: TaxRules = new Map(ALL_TAX_PLACES.map((p) => [p.place, p]));

export interface TaxPlaceInfo {
  place: string;
  name: string;
  currency: string;
  years: number[];
  sources: Source[];
}

/** The built-in places with their tax years and sources. */
export const taxPlaces = (): TaxPlaceInfo[] =>
  ALL_TAX_PLACES.map((p) => ({
    place: p.place,
    name: p.name,
    currency: p.currency,
    years: p.years.map((y) => y.year),
    sources: p.years.flatMap((y) => [...y.sources]),
  }));

/**
 * Pay after tax year by year for an offer with a tax place or an own rate
 * (scoring.md §11), in the offer's currency; null for an offer with neither.
 */
export const netCompensation = (
  offer: OfferPay & { tax?: Partial<OfferTax> | null },
  settings: Partial<Pick<Settings, 'horizonYears' | 'household' | 'taxYear'>> = {},
): NetCompensation | null => netCompensationWith(ALL, offer, settings);
