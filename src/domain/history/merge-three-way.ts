import { currentJob, keepOneCurrentJob } from '../document/current-job';
import { sameValue } from './revert';
import { MAX_OFFERS, type Offer, type TradeoffDocument } from '../document/schema';

/** One value both sides changed, each its own way. `theirs` is kept; `mine` is set aside. */
export interface MergeConflict {
  /** The offer it belongs to; null for a setting. */
  offerId: string | null;
  /** Where it sits in the offer (`compensation.baseSalary`) or in the settings (`weights.growth`). */
  path: string;
  theirs: unknown;
  mine: unknown;
}

/** An offer deleted on one side and changed on the other: it is kept, changed. */
export interface KeptOffer {
  id: string;
  company: string;
  /** Which side had deleted it. */
  deletedBy: 'theirs' | 'mine';
}

export interface ThreeWayMerge {
  document: TradeoffDocument;
  conflicts: MergeConflict[];
  kept: KeptOffer[];
  /** Offers added on my side that did not fit: the result would have passed MAX_OFFERS. */
  overflow: Offer[];
}

/** No common ancestor is known: every difference is a conflict and nothing counts as deleted. */
const UNKNOWN = Symbol('unknown base');
type Base = unknown;

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const childOf = (base: Base, key: string): Base =>
  base === UNKNOWN ? UNKNOWN : isPlain(base) ? base[key] : undefined;

/**
 * Merges one value: a side that did not change it takes the other side's
 * change; objects are merged key by key; lists (a vesting schedule) and
 * plain values changed on both sides to different values are conflicts,
 * which keep `theirs`.
 */
const mergeValue = (
  base: Base,
  theirs: unknown,
  mine: unknown,
  path: string,
  conflict: (path: string, theirs: unknown, mine: unknown) => void,
): unknown => {
  if (sameValue(theirs, mine)) return theirs;
  if (base !== UNKNOWN && sameValue(base, mine)) return theirs;
  if (base !== UNKNOWN && sameValue(base, theirs)) return mine;
  if (isPlain(theirs) && isPlain(mine)) {
    const merged: Plain = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const child = path === '' ? key : `${path}.${key}`;
      const value = mergeValue(childOf(base, key), theirs[key], mine[key], child, conflict);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  conflict(path, theirs, mine);
  return theirs;
};

const byId = (offers: readonly Offer[]) => new Map(offers.map((offer) => [offer.id, offer]));

/**
 * Three-way merge of two documents that both grew from `base` (this tab's
 * `mine`, and `theirs`, saved meanwhile by another tab). Offer by offer and
 * field by field, no change of either side is lost unless both sides changed
 * the same field: that is a conflict, `theirs` is kept (it is saved already),
 * and the conflict is returned so that the person can be told. Offers added
 * on either side are kept: theirs in their order, mine where they were in
 * mine. An offer deleted on one side goes, unless the other side changed it.
 * `base` null: no common ancestor is known, so nothing counts as deleted.
 * Settings merge field by field too. Pure: the same inputs give the same result.
 */
export const mergeThreeWay = (
  base: TradeoffDocument | null,
  theirs: TradeoffDocument,
  mine: TradeoffDocument,
): ThreeWayMerge => {
  const conflicts: MergeConflict[] = [];
  const kept: KeptOffer[] = [];
  const baseOffers = byId(base?.offers ?? []);
  const theirOffers = byId(theirs.offers);
  const myOffers = byId(mine.offers);
  const baseOffer = (id: string): Base => (base ? baseOffers.get(id) : UNKNOWN);

  const mergeOffer = (id: string, their: Offer, my: Offer): Offer => {
    const found: MergeConflict[] = [];
    const merged = mergeValue(baseOffer(id), their, my, '', (path, t, m) =>
      found.push({ offerId: id, path, theirs: t, mine: m }),
    ) as Offer;
    // Both sides stamp their edits: the later stamp is the offer's, not a conflict.
    conflicts.push(...found.filter((c) => c.path !== 'updatedAt'));
    if (found.some((c) => c.path === 'updatedAt'))
      return {
        ...merged,
        updatedAt: their.updatedAt > my.updatedAt ? their.updatedAt : my.updatedAt,
      };
    return merged;
  };

  const offers: Offer[] = [];
  for (const their of theirs.offers) {
    const my = myOffers.get(their.id);
    const old = baseOffer(their.id);
    if (my) offers.push(mergeOffer(their.id, their, my));
    else if (old === UNKNOWN || old === undefined) offers.push(their);
    else if (!sameValue(old, their)) {
      // Deleted here, changed there: the change wins, and the person hears of it.
      offers.push(their);
      kept.push({ id: their.id, company: their.company, deletedBy: 'mine' });
    }
  }

  const isTheirNew = (id: string) => {
    const old = baseOffer(id);
    return theirOffers.has(id) && !myOffers.has(id) && (old === UNKNOWN || old === undefined);
  };
  // My new offers (and my changed ones they deleted) go in after the offer they followed in mine.
  const added: Offer[] = [];
  let anchor: string | null = null;
  for (const my of mine.offers) {
    if (theirOffers.has(my.id)) {
      if (offers.some((offer) => offer.id === my.id)) anchor = my.id;
      continue;
    }
    const old = baseOffer(my.id);
    if (old !== UNKNOWN && old !== undefined) {
      if (sameValue(old, my)) continue; // deleted there, untouched here
      kept.push({ id: my.id, company: my.company, deletedBy: 'theirs' });
    }
    let at = anchor === null ? 0 : offers.findIndex((offer) => offer.id === anchor) + 1;
    // After the offers they added at the same place: two tabs that both append keep theirs first.
    while (at < offers.length && isTheirNew(offers[at]!.id)) at += 1;
    offers.splice(at, 0, my);
    added.push(my);
    anchor = my.id;
  }

  // Past the limit the document could not be read back: my newest additions stay out, reported.
  const excess = offers.length - MAX_OFFERS;
  const overflow = excess > 0 ? added.slice(-excess) : [];
  const fitting = excess > 0 ? offers.filter((offer) => !overflow.includes(offer)) : offers;

  const settings = mergeValue(
    base ? base.settings : UNKNOWN,
    theirs.settings,
    mine.settings,
    '',
    (path, t, m) => conflicts.push({ offerId: null, path, theirs: t, mine: m }),
  ) as TradeoffDocument['settings'];

  // Each tab may have marked a different current job: the mark this tab moved wins, else theirs.
  const myCurrent = currentJob(mine.offers)?.id;
  const keepId =
    myCurrent !== undefined && myCurrent !== currentJob(base?.offers ?? [])?.id
      ? myCurrent
      : currentJob(theirs.offers)?.id;
  const document: TradeoffDocument = {
    ...theirs,
    settings,
    offers: keepOneCurrentJob(fitting, keepId),
  };
  return {
    document: sameValue(document, theirs) ? theirs : sameValue(document, mine) ? mine : document,
    conflicts,
    kept,
    overflow,
  };
};
