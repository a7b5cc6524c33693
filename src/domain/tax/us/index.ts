import type { PlaceRules } from '../types';
import { noWageTaxState } from './federal';
import { MIDWEST } from './midwest';
import { NORTHEAST } from './northeast';
import { SOUTH_ATLANTIC } from './south-atlantic';
import { SOUTH_CENTRAL } from './south-central';
import { withState } from './state';
import { WEST } from './west';

/**
 * Every United States place: the states that tax no wages, then those that
 * do, by census region (one file each, so a region's states stay together;
 * the South in two, its Atlantic and its central divisions).
 */
export const US_PLACES: readonly PlaceRules[] = [
  ...['AK', 'FL', 'NV', 'NH', 'SD', 'TN', 'TX', 'WA', 'WY'].map(noWageTaxState),
  ...[...WEST, ...NORTHEAST, ...SOUTH_ATLANTIC, ...SOUTH_CENTRAL, ...MIDWEST].map(withState),
];
