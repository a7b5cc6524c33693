import { MAX_OFFERS, type Offer, type TradeoffDocument } from '../document/schema';

/** One change to the document, e.g. an import: what it started from and what it made. */
export interface DocumentChange {
  before: TradeoffDocument;
  after: TradeoffDocument;
}

export type RevertResult =
  | {
      ok: true;
      document: TradeoffDocument;
      /**
       * Offers the change touched that were changed again since (edited,
       * deleted, or back under the same id). Without `overwrite` they stay as
       * they are now; with it they go back too and those later changes are lost.
       */
      conflicts: { id: string; company: string }[];
      /** The change altered the settings and they were changed again since: they stay as they are. */
      settingsKept: boolean;
    }
  | { ok: false; message: string };

/** Equal as data: same JSON value, whatever the key order or object identity. */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
};

const byId = (offers: readonly Offer[]) => new Map(offers.map((offer) => [offer.id, offer]));

/**
 * Undoes `change` on top of `current`, the newest document, keeping every
 * later edit: the offers the change added are taken out, the ones it replaced
 * or removed come back (removed ones at their old place), and an offer
 * changed again since the change counts as a conflict (see RevertResult).
 * Settings go back as a whole, and only while they are exactly what the
 * change made; once changed again they stay as they are (`settingsKept`).
 * Offers are compared as data, so the same offer reloaded from another tab
 * is not a change.
 */
export const revertChange = (
  { before, after }: DocumentChange,
  current: TradeoffDocument,
  { overwrite = false }: { overwrite?: boolean } = {},
): RevertResult => {
  // Nothing happened since: the document from before, exactly.
  if (current === after) return { ok: true, document: before, conflicts: [], settingsKept: false };

  const was = byId(before.offers);
  const made = byId(after.offers);
  const now = byId(current.offers);
  const conflicts: { id: string; company: string }[] = [];
  /** What each touched id must become: the old offer, or nothing. */
  const targets = new Map<string, Offer | null>();

  for (const id of new Set([...was.keys(), ...made.keys()])) {
    const old = was.get(id) ?? null;
    const written = made.get(id) ?? null;
    if (sameValue(old, written)) continue;
    const present = now.get(id) ?? null;
    if (sameValue(present, old)) continue; // already as it was (e.g. an added offer deleted since)
    if (!sameValue(present, written)) {
      const shown = present ?? written ?? old;
      if (shown) conflicts.push({ id, company: shown.company });
      if (!overwrite) continue;
    }
    targets.set(id, old);
  }

  const offers = current.offers.flatMap((offer) => {
    if (!targets.has(offer.id)) return [offer];
    const old = targets.get(offer.id);
    return old ? [old] : [];
  });
  // Offers missing now come back at their old index (or the end, if the list got shorter).
  before.offers.forEach((old, index) => {
    if (targets.get(old.id) === old && !now.has(old.id))
      offers.splice(Math.min(index, offers.length), 0, old);
  });
  if (offers.length > MAX_OFFERS) {
    return {
      ok: false,
      message: `Undoing it would make ${offers.length} offers; Tradeoff holds at most ${MAX_OFFERS}.`,
    };
  }

  const settingsChanged = !sameValue(before.settings, after.settings);
  const settingsKept = settingsChanged && !sameValue(current.settings, after.settings);
  const settings = settingsChanged && !settingsKept ? before.settings : current.settings;
  const unchanged = targets.size === 0 && settings === current.settings;
  return {
    ok: true,
    document: unchanged ? current : { ...current, settings, offers },
    conflicts,
    settingsKept,
  };
};
