import type { Offer } from '../../domain/document/schema';

const WORDS = {
  suggested: 'suggested from built-in prices',
  typed: 'typed',
  none: 'none',
} as const;

/**
 * Which offers' pay is adjusted for cost of living by a suggested index, one
 * the person typed, or none (an index of 100); null when no offer has one.
 */
export const costOfLivingNote = (offers: readonly Offer[]): string | null => {
  const groups: Record<keyof typeof WORDS, string[]> = { suggested: [], typed: [], none: [] };
  for (const { company, compensation: c } of offers)
    groups[c.costOfLivingFrom ? 'suggested' : c.costOfLivingIndex === 100 ? 'none' : 'typed'].push(
      company,
    );
  if (groups.none.length === offers.length) return null;
  const parts = (Object.keys(WORDS) as (keyof typeof WORDS)[])
    .filter((kind) => groups[kind].length > 0)
    .map((kind) => `${WORDS[kind]} for ${groups[kind].join(', ')}`);
  return `Cost of living index: ${parts.join('; ')}.`;
};
