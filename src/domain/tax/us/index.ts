import type { PlaceRules } from '../types';
import { noWageTaxState } from './federal';
import { MIDWEST } from './midwest';
import { NORTHEAST } from './northeast';
import { SOUTH_ATLANTIC } from './south-atlantic';
import { SOUTH_CENTRAL } from './south-central';
import { withState } from './state';
import { MOUNTAIN } from './mountain';
import { PACIFIC } from './pacific';

/**
 * Every United States place: the states that tax no wages, then those that
 * do, by census region (one file each, so a region's states stay together;
 * the West and the South in two: the Pacific and Mountain divisions, the
 * South Atlantic and the South's central divisions).
 */
export const US_PLACES: readonly PlaceRules[] = [
  ...['AK', 'FL', 'NV', 'NH', 'SD', 'TN', 'TX', 'WA', 'WY'].map(noWageTaxState),
  ...[...PACIFIC, ...MOUNTAIN, ...NORTHEAST, ...SOUTH_ATLANTIC, ...SOUTH_CENTRAL, ...MIDWEST].map(
    withState,
  ),
];
