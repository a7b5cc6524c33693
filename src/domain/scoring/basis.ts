import type { Settings } from '../document/schema';

/** The words naming the basis pay is compared on: "after tax" or "before tax". */
export const basisWords = (compareOn: Settings['compareOn'] | undefined): string =>
  compareOn === 'net' ? 'after tax' : 'before tax';

/** How a mean over the horizon is named: "4-year average". */
export const averageWords = (horizonYears: number): string => `${horizonYears}-year average`;
