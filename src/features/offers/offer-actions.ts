import {
  COMPANY_MAX_LENGTH,
  MAX_OFFERS,
  type Offer,
  type TradeoffDocument,
} from '../../domain/document/schema';
import { currentJob, keepOneCurrentJob } from '../../domain/document/current-job';

/*
 * The document changes the offers feature makes, as pure functions so that
 * the order and the Undo position are tested without rendering anything.
 */

export const canAddOffer = (document: TradeoffDocument) => document.offers.length < MAX_OFFERS;

export interface RateUpdate {
  currency: string;
  rate: number;
}

/**
 * Replaces the offer with the same id in place, or appends a new one; saves
 * the rate it needed. An offer saved as the current job takes the mark from
 * the one that had it.
 */
export const saveOffer = (
  document: TradeoffDocument,
  offer: Offer,
  rate: RateUpdate | null = null,
): TradeoffDocument => {
  const exists = document.offers.some((o) => o.id === offer.id);
  const offers = keepOneCurrentJob(
    exists
      ? document.offers.map((o) => (o.id === offer.id ? offer : o))
      : [...document.offers, offer],
    offer.id,
  );
  const settings = rate
    ? {
        ...document.settings,
        exchangeRates: { ...document.settings.exchangeRates, [rate.currency]: rate.rate },
      }
    : document.settings;
  return { ...document, settings, offers };
};

const COPY_SUFFIX = ' (copy)';
const COMPANY_MAX = COMPANY_MAX_LENGTH;

/** "Acme" → "Acme (copy)", shortened so that the name stays within the schema's limit. */
export const copyName = (company: string) =>
  `${company.slice(0, COMPANY_MAX - COPY_SUFFIX.length).trimEnd()}${COPY_SUFFIX}`;

/** A copy of the offer right after it, with a new id and timestamps; a copy is never the current job. */
export const duplicateOffer = (
  document: TradeoffDocument,
  offerId: string,
  newId: string,
  now: string,
): TradeoffDocument => {
  const index = document.offers.findIndex((o) => o.id === offerId);
  const original = document.offers[index];
  if (!original) return document;
  const copy: Offer = {
    ...structuredClone(original),
    id: newId,
    company: copyName(original.company),
    current: false,
    createdAt: now,
    updatedAt: now,
  };
  const offers = [...document.offers];
  offers.splice(index + 1, 0, copy);
  return { ...document, offers };
};

/** A deleted offer and where it was. */
export interface RemovedOffer {
  offer: Offer;
  index: number;
}

export interface Removal {
  document: TradeoffDocument;
  removed: RemovedOffer | null;
}

export const removeOffer = (document: TradeoffDocument, offerId: string): Removal => {
  const index = document.offers.findIndex((o) => o.id === offerId);
  const offer = document.offers[index];
  if (!offer) return { document, removed: null };
  return {
    document: { ...document, offers: document.offers.filter((o) => o.id !== offerId) },
    removed: { offer, index },
  };
};

/** Undo of a delete: back at its old place (or the end, if the list got shorter meanwhile). */
export const restoreOffer = (
  document: TradeoffDocument,
  offer: Offer,
  index: number,
): TradeoffDocument => {
  if (document.offers.some((o) => o.id === offer.id) || !canAddOffer(document)) return document;
  const offers = [...document.offers];
  offers.splice(Math.min(index, offers.length), 0, offer);
  // The job marked current meanwhile keeps the mark.
  return { ...document, offers: keepOneCurrentJob(offers, currentJob(document.offers)?.id) };
};

export interface UndoneRemoval {
  document: TradeoffDocument;
  /** `back-already`: an offer with its id is there again (another tab, an import): nothing to do. */
  outcome: 'restored' | 'back-already' | 'full';
}

/**
 * Undo of a delete, on the newest document: only the deleted offer comes
 * back, at its old place, and every change made since stays. It never
 * overwrites an offer that came back under the same id meanwhile.
 */
export const undoRemoval = (
  document: TradeoffDocument,
  { offer, index }: RemovedOffer,
): UndoneRemoval => {
  if (document.offers.some((o) => o.id === offer.id)) return { document, outcome: 'back-already' };
  if (!canAddOffer(document)) return { document, outcome: 'full' };
  return { document: restoreOffer(document, offer, index), outcome: 'restored' };
};
