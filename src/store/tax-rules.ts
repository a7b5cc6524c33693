import type { TradeoffDocument } from '../domain/document/schema';
import type { PlaceRules } from '../domain/tax/types';
import { NO_TAX_RULES, placeRules, withTaxPlaces, type TaxRules } from '../domain/tax/rules';
import { importRetrying } from '../lib/import-retrying';
import { createStore, type Store } from './create-store';
import type { DocumentStore } from './document-store';

/** The tax rules the app holds: the places loaded so far, and those whose rules failed to load. */
export interface TaxRulesState {
  rules: TaxRules;
  /** Places asked for and not loaded yet. */
  loading: readonly string[];
  /** Places whose rules could not be fetched; asked for again by `retry`. */
  failed: readonly string[];
  /** Places no built-in rules exist for (an id from an imported file, say). */
  unknown: readonly string[];
}

export type TaxRulesStore = Store<TaxRulesState>;

export const createTaxRulesStore = (rules: TaxRules = NO_TAX_RULES): TaxRulesStore =>
  createStore<TaxRulesState>({ rules, loading: [], failed: [], unknown: [] });

/** The tax places a document's offers name, each once. */
export const neededTaxPlaces = (document: TradeoffDocument): string[] => [
  ...new Set(document.offers.flatMap((offer) => (offer.tax?.place ? [offer.tax.place] : []))),
];

/** Fetches places' rules, in lazily loaded chunks (load.ts): none of it in the first render. */
export type TaxPlacesLoader = (places: readonly string[]) => Promise<readonly PlaceRules[]>;

export const loadTaxPlacesLazily: TaxPlacesLoader = async (places) => {
  const { loadTaxPlaces } = await importRetrying(() => import('../domain/tax/load'));
  return loadTaxPlaces(places, importRetrying);
};

const without = (list: readonly string[], gone: readonly string[]) =>
  list.filter((place) => !gone.includes(place));

/**
 * Loads the rules of `places` not held yet into the store. Resolves once they
 * are in (or failed: then they are listed in `failed`, and the promise
 * rejects, for a caller that waits on it).
 */
export const loadTaxRules = async (
  store: TaxRulesStore,
  places: readonly string[],
  load: TaxPlacesLoader = loadTaxPlacesLazily,
): Promise<void> => {
  const { rules, loading } = store.get();
  const { unknown } = store.get();
  const missing = places.filter(
    (place) =>
      placeRules(rules, place) === undefined &&
      !loading.includes(place) &&
      !unknown.includes(place),
  );
  if (missing.length === 0) return;
  store.update((s) => ({
    ...s,
    loading: [...s.loading, ...missing],
    failed: without(s.failed, missing),
  }));
  try {
    const loaded = await load(missing);
    const found = new Set(loaded.map((place) => place.place));
    store.update((s) => ({
      rules: withTaxPlaces(s.rules, loaded),
      loading: without(s.loading, missing),
      failed: s.failed,
      unknown: [...s.unknown, ...missing.filter((place) => !found.has(place))],
    }));
  } catch (error) {
    store.update((s) => ({
      ...s,
      loading: without(s.loading, missing),
      failed: [...s.failed, ...missing],
    }));
    throw error;
  }
};

/**
 * Keeps the tax rules a document needs loaded: when an offer names a place
 * whose rules are not held, they load into `store`, and everything derived
 * after tax follows the store. A place that failed is asked for again only
 * by `loadTaxRules` (the After tax switch, a Retry). Looks at the offers
 * only when they change, not on a weight step. Returns the unsubscribe.
 */
export const watchTaxRules = (
  documents: DocumentStore,
  store: TaxRulesStore,
  load: TaxPlacesLoader = loadTaxPlacesLazily,
): (() => void) => {
  let seen: TradeoffDocument['offers'] | null = null;
  const check = (document: TradeoffDocument) => {
    if (document.offers === seen) return;
    seen = document.offers;
    const { failed } = store.get();
    const wanted = neededTaxPlaces(document).filter((place) => !failed.includes(place));
    // A failure is in the store's `failed`, where the page says so.
    loadTaxRules(store, wanted, load).catch(() => {});
  };
  check(documents.get());
  return documents.subscribe(check);
};
