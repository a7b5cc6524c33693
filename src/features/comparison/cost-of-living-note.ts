import type { Offer } from '../../domain/document/schema';

const WORDS = {
  suggested: 'suggested from built-in prices',
  earlier: 'suggested against another reference place',
  typed: 'typed',
  none: 'none',
} as const;

type Kind = keyof typeof WORDS;

const kindOf = ({ compensation: c }: Offer, pricesAsIn: string | null): Kind => {
  if (c.costOfLivingFrom)
    return c.costOfLivingFrom.reference === pricesAsIn ? 'suggested' : 'earlier';
  return c.costOfLivingIndex === 100 ? 'none' : 'typed';
};

/**
 * Which offers' pay is adjusted for cost of living by a suggested index (and
 * whether against today's reference place), one the person typed, or none
 * (an index of 100); null when no offer has one.
 */
export const costOfLivingNote = (
  offers: readonly Offer[],
  pricesAsIn: string | null,
): string | null => {
  const groups: Record<Kind, string[]> = { suggested: [], earlier: [], typed: [], none: [] };
  for (const offer of offers) groups[kindOf(offer, pricesAsIn)].push(offer.company);
  if (groups.none.length === offers.length) return null;
  const parts = (Object.keys(WORDS) as Kind[])
    .filter((kind) => groups[kind].length > 0)
    .map((kind) => `${WORDS[kind]} for ${groups[kind].join(', ')}`);
  return `Cost of living index: ${parts.join('; ')}.`;
};
