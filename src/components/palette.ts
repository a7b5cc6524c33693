import type { CompensationPart } from '../domain/pay/compensation';
import type { Factor } from '../domain/document/schema';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision
 * deficiencies. An offer keeps its colour (by its place in the list) in
 * every chart. Yellow and black are left out: they vanish on one theme.
 */
export const OFFER_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
] as const;

export const offerColor = (index: number): string =>
  OFFER_COLORS[((index % OFFER_COLORS.length) + OFFER_COLORS.length) % OFFER_COLORS.length]!;

/**
 * Factors and parts of pay are never hues, so that no colour means both an
 * offer and something else: each is a step of a neutral ramp (tokens.css,
 * light and dark), named by a label on the mark or a legend in the same order.
 */
export const FACTOR_COLORS: Record<Factor, string> = {
  compensation: 'var(--factor-compensation)',
  growth: 'var(--factor-growth)',
  culture: 'var(--factor-culture)',
  workLife: 'var(--factor-workLife)',
};

/** Text drawn on a factor's mark. */
export const FACTOR_INK: Record<Factor, string> = {
  compensation: 'var(--factor-compensation-ink)',
  growth: 'var(--factor-growth-ink)',
  culture: 'var(--factor-culture-ink)',
  workLife: 'var(--factor-workLife-ink)',
};

/** Short names that fit on a factor's mark. */
export const FACTOR_SHORT: Record<Factor, string> = {
  compensation: 'Pay',
  growth: 'Growth',
  culture: 'Culture',
  workLife: 'Life',
};

export const FACTOR_LABELS: Record<Factor, string> = {
  compensation: 'Compensation',
  growth: 'Growth',
  culture: 'Culture',
  workLife: 'Work-life balance',
};

export const PART_COLORS: Record<CompensationPart, string> = {
  base: 'var(--part-base)',
  bonus: 'var(--part-bonus)',
  oneTime: 'var(--part-oneTime)',
  retirement: 'var(--part-retirement)',
  benefits: 'var(--part-benefits)',
  equity: 'var(--part-equity)',
  health: 'var(--part-health)',
};

export const PART_LABELS: Record<CompensationPart, string> = {
  base: 'Base',
  bonus: 'Bonus',
  oneTime: 'One-time',
  retirement: 'Retirement',
  benefits: 'Benefits',
  equity: 'Equity',
  health: 'Your health costs',
};
