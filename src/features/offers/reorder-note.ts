import type { ScoredOffer } from '../../domain/scoring/scoring';
import { isolate } from '../../lib/isolate';

type Ranked = Pick<ScoredOffer, 'offerId' | 'company' | 'meanCompensation'>;

/**
 * One sentence for when saving an offer changed the order of the others: pay
 * is scored against the best-paid offer, so an offer that now pays the most
 * (or no longer does) moves every other offer's pay score. Null when the
 * others kept their order.
 */
export const reorderNote = (
  before: readonly Ranked[],
  after: readonly Ranked[],
  savedId: string,
): string | null => {
  const others = (list: readonly Ranked[]) => list.filter((r) => r.offerId !== savedId);
  const was = others(before).map((r) => r.offerId);
  const now = others(after);
  // Only an order of the same other offers that changed is news (not an offer added elsewhere).
  if (now.length < 2 || was.length !== now.length) return null;
  if (now.every((r, i) => r.offerId === was[i])) return null;
  const best = (list: readonly Ranked[]) =>
    list.reduce<Ranked | null>(
      (b, r) => (b === null || r.meanCompensation > b.meanCompensation ? r : b),
      null,
    );
  const bestAfter = best(after);
  const reason =
    bestAfter?.offerId === savedId
      ? `${isolate(bestAfter.company)} now pays the most, and pay is scored against the best-paid offer`
      : 'pay is scored against the best-paid offer, and that changed';
  const order = now.map((r) => isolate(r.company)).join(', ');
  return `The others moved because ${reason}: ${order}.`;
};
