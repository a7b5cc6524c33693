import type { PlaceRules } from './types';

/**
 * The tax places whose rules are at hand, by id: a plain value handed to
 * whatever scores or shows pay after tax. The domain keeps none of its own;
 * the app holds the loaded rules in its state and passes them in.
 */
export type TaxRules = Readonly<Record<string, PlaceRules>>;

const frozen = (entries: Iterable<readonly [string, PlaceRules]>): TaxRules =>
  Object.freeze(
    Object.assign(Object.create(null) as Record<string, PlaceRules>, Object.fromEntries(entries)),
  );

/** No place's rules: all that comparing before tax needs, and the start before any has loaded. */
export const NO_TAX_RULES: TaxRules = frozen([]);

/** `rules` with `places` added (a place given again replaces its earlier rules). */
export const withTaxPlaces = (rules: TaxRules, places: readonly PlaceRules[]): TaxRules =>
  places.length === 0
    ? rules
    : frozen([...Object.entries(rules), ...places.map((p) => [p.place, p] as const)]);

/** The rules of one place, if at hand (an id read from a file is never looked up on the prototype). */
export const placeRules = (rules: TaxRules, place: string): PlaceRules | undefined =>
  Object.hasOwn(rules, place) ? rules[place] : undefined;

/** Whether every place in `places` is at hand. */
export const hasTaxPlaces = (rules: TaxRules, places: readonly string[]): boolean =>
  places.every((place) => Object.hasOwn(rules, place));
