import type { Offer } from './schema';

/** The offer marked as the person's current job, if any. */
export const currentJob = <T extends Pick<Offer, 'current'>>(offers: readonly T[]): T | undefined =>
  offers.find((offer) => offer.current);

/**
 * The offers with at most one current job (the schema allows one): `keepId`
 * keeps the mark when it carries it, else the first marked offer does. Every
 * change that can bring a second mark (a save, a merge of two documents or
 * of two tabs) goes through here. Returns `offers` itself when nothing moved.
 */
export const keepOneCurrentJob = (offers: readonly Offer[], keepId?: string): Offer[] => {
  const marked = offers.filter((offer) => offer.current);
  if (marked.length <= 1) return offers as Offer[];
  const keep = marked.find((offer) => offer.id === keepId) ?? marked[0];
  return offers.map((offer) =>
    offer.current && offer !== keep ? { ...offer, current: false } : offer,
  );
};
