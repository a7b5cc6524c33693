import type { TradeoffDocument } from '../domain/core';
import type { DocumentStore } from './document-store';

/** The tax places a document's offers name, each once. */
export const neededTaxPlaces = (document: TradeoffDocument): string[] => [
  ...new Set(document.offers.flatMap((offer) => (offer.tax?.place ? [offer.tax.place] : []))),
];

/**
 * Loads the tax rules of `places` (a lazily loaded chunk per country) and
 * installs them for scoring. Nothing of it is in the first-render bundle.
 */
export const loadTaxRules = async (places: readonly string[]): Promise<void> => {
  const { loadTaxPlaces } = await import('../domain/tax/load');
  await loadTaxPlaces(places);
};

/**
 * Keeps the tax rules a document needs loaded: when it compares after tax or
 * an offer names a tax place not loaded yet, the rules load and the same
 * document is handed back as an external change (nothing to save), so that
 * every score and panel derived from it is worked out again with them.
 * Until then an offer after tax is listed as waiting for its rules, never
 * ranked on gross pay. Returns the unsubscribe.
 */
export const watchTaxRules = (store: DocumentStore): (() => void) => {
  const asked = new Set<string>();
  let calculatorAsked = false;
  const check = (document: TradeoffDocument) => {
    const places = neededTaxPlaces(document);
    const missing = places.filter((place) => !asked.has(place));
    const wanted = document.settings.compareOn === 'net' || places.length > 0;
    if (!wanted || (calculatorAsked && missing.length === 0)) return;
    calculatorAsked = true;
    for (const place of missing) asked.add(place);
    loadTaxRules(missing).then(
      () => {
        const current = store.getDocument();
        store.replace({ ...current }, 'external');
      },
      () => {
        // A failed chunk may load on a later change; the offers keep their reason meanwhile.
        calculatorAsked = false;
        for (const place of missing) asked.delete(place);
      },
    );
  };
  check(store.getDocument());
  return store.subscribe((document) => check(document));
};
