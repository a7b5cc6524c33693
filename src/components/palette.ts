import type { CompensationPart, Factor } from '../domain/core';

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

export const FACTOR_COLORS: Record<Factor, string> = {
  compensation: '#0072B2',
  growth: '#009E73',
  culture: '#CC79A7',
  workLife: '#E69F00',
};

export const FACTOR_LABELS: Record<Factor, string> = {
  compensation: 'Compensation',
  growth: 'Growth',
  culture: 'Culture',
  workLife: 'Work-life balance',
};

export const PART_COLORS: Record<CompensationPart, string> = {
  base: '#0072B2',
  bonus: '#56B4E9',
  oneTime: '#E69F00',
  retirement: '#009E73',
  benefits: '#CC79A7',
  equity: '#D55E00',
};

export const PART_LABELS: Record<CompensationPart, string> = {
  base: 'Base',
  bonus: 'Bonus',
  oneTime: 'One-time',
  retirement: 'Retirement',
  benefits: 'Benefits',
  equity: 'Equity',
};
