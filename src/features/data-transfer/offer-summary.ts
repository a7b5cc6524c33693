import type { TradeoffDocument } from '../../domain/document/schema';

/*
 * A document's offers in words, for the messages about copying, importing and
 * replacing them. Kept apart from the import's own code (import-actions.ts),
 * which brings merging along, because copying a share link is in the first
 * render and needs only these words.
 */

/** "1 offer", "3 offers". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

const companies = (document: TradeoffDocument, shown: number) => {
  const names = document.offers.map((offer) => offer.company);
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
};

/** "3 offers: Acme, Globex, Initech" — at most five names, then "and N more". */
export const describeOffers = (document: TradeoffDocument, shown = 5): string =>
  document.offers.length === 0
    ? 'no offers'
    : `${plural(document.offers.length, 'offer')}: ${companies(document, shown)}`;

/** "3 offers (Acme, Globex, Initech)", for use inside a sentence. */
export const summarizeOffers = (document: TradeoffDocument, shown = 5): string =>
  document.offers.length === 0
    ? 'no offers'
    : `${plural(document.offers.length, 'offer')} (${companies(document, shown)})`;
