import { AU_PLACES } from './au';
import { CA_PLACES } from './ca';
import { CH_PLACES } from './ch';
import { DE_PLACES } from './de';
import { ES_PLACES } from './es';
import { FR_PLACES } from './fr';
import { GB_PLACES } from './gb';
import { IE_PLACES } from './ie';
import { IN_PLACES } from './in';
import { JP_PLACES } from './jp';
import { NL_PLACES } from './nl';
import type { OfferPay } from '../pay/compensation';
import type { OfferTax, Settings } from '../document/schema';
import { netCompensationWith, type NetCompensation } from './net-compensation';
import { NO_TAX_RULES, withTaxPlaces, type TaxRules } from './rules';
import { SG_PLACES } from './sg';
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
  ...CH_PLACES,
  ...SG_PLACES,
  ...AU_PLACES,
  ...JP_PLACES,
  ...NL_PLACES,
  ...IE_PLACES,
  ...FR_PLACES,
  ...ES_PLACES,
];

/** Every built-in place's rules, as the app would hold them once all had loaded. */
export const ALL_TAX_RULES: TaxRules = withTaxPlaces(NO_TAX_RULES, ALL_TAX_PLACES);

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
  settings: Partial<
    Pick<Settings, 'horizonYears' | 'household' | 'taxYear' | 'pensionAsSavingsPct'>
  > = {},
): NetCompensation | null => netCompensationWith(ALL_TAX_RULES, offer, settings);
