import type { PriceMeasure, PriceSuggestion } from '../document/schema';
import { PRICE_LEVEL_SOURCES, type PriceLevel } from './price-levels';
import { priceLevelById, priceLevelFor, suggestedIndex } from './suggest';

/**
 * The cost of living index the built-in price levels suggest for an offer's
 * location against the person's reference place (scoring.md §2): on all
 * prices, and on rents where both places have a rents figure.
 */
export interface IndexSuggestion {
  place: PriceLevel;
  reference: PriceLevel;
  all: number;
  rents: number | null;
}

/** The suggestion for `location` against the price place `referenceId`; null when either is unknown. */
export const indexSuggestion = (
  location: string,
  referenceId: string | null,
): IndexSuggestion | null => {
  const reference = referenceId === null ? null : priceLevelById(referenceId);
  const place = priceLevelFor(location);
  if (!reference || !place) return null;
  const rents =
    place.rents !== undefined && reference.rents !== undefined
      ? suggestedIndex(place.rents, reference.rents)
      : null;
  return { place, reference, all: suggestedIndex(place.allItems, reference.allItems), rents };
};

/** "BEA regional price parities, 2024": where a price level comes from, in words. */
export const priceSourceWords = (level: PriceLevel): string => {
  const source = PRICE_LEVEL_SOURCES[level.source];
  return level.source === 'wb-plr'
    ? `World Bank price level, ${source.year}`
    : `BEA regional price parities, ${source.year}`;
};

/**
 * Where an index being saved comes from: the suggestion it equals (all
 * prices first, then rents), or null when it was typed (or left at 100 with
 * nothing to suggest). An index equal to the suggestion is the suggestion,
 * however it got into the field.
 */
export const indexOrigin = (
  index: number,
  location: string,
  referenceId: string | null,
): PriceSuggestion | null => {
  const suggestion = indexSuggestion(location, referenceId);
  if (!suggestion) return null;
  const measure: PriceMeasure | null =
    index === suggestion.all ? 'all' : index === suggestion.rents ? 'rents' : null;
  return measure === null
    ? null
    : { place: suggestion.place.id, reference: suggestion.reference.id, measure };
};
