import { keepOneCurrentJob } from '../document/current-job';
import { sameValue } from './revert';
import { MAX_OFFERS, type Offer, type TradeoffDocument } from '../document/schema';

export type MergeResult =
  | {
      ok: true;
      document: TradeoffDocument;
      /** Offers whose id was already taken by another offer and that got a fresh one. */
      renamed: { company: string; from: string; to: string }[];
      /** The same offer (same id and company), newer in the file: the file's version replaced ours. */
      updated: string[];
      /** The same offer, already here as it is in the file, or newer here: ours was kept. */
      kept: string[];
      /** Twins (see `twinsOf`) whose file copy took the place of ours, by the person's choice. */
      replaced: string[];
      /** Twins whose file copy was left out, by the person's choice. */
      skipped: string[];
    }
  | { ok: false; message: string };

/**
 * What to do with a twin: an incoming offer under another id with the company
 * and role of one here, most likely the same offer saved twice (two devices,
 * or an export edited by hand). Only the person can tell, so the import asks.
 */
export type TwinChoice = 'both' | 'incoming' | 'mine';

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** The offer here that `offer` (from a file) is a twin of, if any. */
const twinOf = (offers: readonly Offer[], offer: Offer) =>
  offers.find(
    (here) =>
      here.id !== offer.id && same(here.company, offer.company) && same(here.role, offer.role),
  );

/** The incoming offers that are twins of one here ("Acme · Engineer"), to ask about before merging. */
export const twinsOf = (current: TradeoffDocument, incoming: TradeoffDocument): Offer[] =>
  incoming.offers.filter(
    (offer) =>
      !current.offers.some((here) => here.id === offer.id && same(here.company, offer.company)) &&
      twinOf(current.offers, offer),
  );

/**
 * Adds the incoming document's offers after the current ones. An incoming
 * offer with the id and company of one already here is the same offer (a
 * re-imported export): the newer `updatedAt` wins, in place, and nothing is
 * added. The same id on another company is another offer: it gets a fresh id. A twin (another
 * id, the company and role of one here) is added too, takes the place of ours (keeping our id
 * and place) or is left out, as `twins` says. The current
 * settings stay; the incoming exchange rates fill in currencies the current
 * settings have no rate for, but only when both documents use the same
 * display currency (a rate means "display units per unit", so rates of
 * another display currency would be wrong here). `makeId` supplies fresh ids
 * for colliding offers; the domain stays deterministic.
 */
export const mergeDocuments = (
  current: TradeoffDocument,
  incoming: TradeoffDocument,
  makeId: () => string,
  twins: TwinChoice = 'both',
): MergeResult => {
  // The same offer twice (re-importing your own export): one copy, the newer one.
  const byId = new Map(current.offers.map((offer) => [offer.id, offer]));
  const sameOffer = (offer: Offer) => {
    const here = byId.get(offer.id);
    return here !== undefined && same(here.company, offer.company) ? here : undefined;
  };
  const replacements = new Map<string, Offer>();
  const updated: string[] = [];
  const kept: string[] = [];
  const replaced: string[] = [];
  const skipped: string[] = [];
  const fresh: Offer[] = [];
  for (const offer of incoming.offers) {
    const here = sameOffer(offer);
    const twin = here || twins === 'both' ? undefined : twinOf(current.offers, offer);
    if (twin && twins === 'mine') skipped.push(offer.company);
    else if (twin) {
      replacements.set(twin.id, { ...offer, id: twin.id });
      replaced.push(offer.company);
    } else if (!here) fresh.push(offer);
    else if (offer.updatedAt > here.updatedAt && !sameValue(offer, here)) {
      replacements.set(offer.id, offer);
      updated.push(offer.company);
    } else kept.push(offer.company);
  }

  const total = current.offers.length + fresh.length;
  if (total > MAX_OFFERS) {
    return {
      ok: false,
      message: `Merging would make ${total} offers; Tradeoff holds at most ${MAX_OFFERS}.`,
    };
  }

  // Every id already in either document is off limits for fresh ids, so an
  // incoming offer that did not collide keeps its id.
  const used = new Set(current.offers.map((offer) => offer.id));
  const taken = new Set([...used, ...incoming.offers.map((offer) => offer.id)]);
  const renamed: { company: string; from: string; to: string }[] = [];
  const added = fresh.map((offer): Offer => {
    if (!used.has(offer.id)) {
      used.add(offer.id);
      return offer;
    }
    const id = freshId(taken, makeId);
    taken.add(id);
    renamed.push({ company: offer.company, from: offer.id, to: id });
    return { ...offer, id };
  });

  const sameCurrency = current.settings.currency === incoming.settings.currency;
  const exchangeRates = sameCurrency
    ? { ...incoming.settings.exchangeRates, ...current.settings.exchangeRates }
    : current.settings.exchangeRates;

  return {
    ok: true,
    renamed,
    updated,
    kept,
    replaced,
    skipped,
    document: {
      ...current,
      settings: { ...current.settings, exchangeRates },
      // The current document's job stays the current one.
      offers: keepOneCurrentJob([
        ...current.offers.map((offer) => replacements.get(offer.id) ?? offer),
        ...added,
      ]),
    },
  };
};

const freshId = (taken: ReadonlySet<string>, makeId: () => string): string => {
  // A generator that repeats itself is a bug in the caller; fail loudly rather than loop.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const id = makeId();
    if (id.trim() !== '' && !taken.has(id)) return id;
  }
  throw new Error('mergeDocuments: makeId keeps returning ids that are taken');
};
