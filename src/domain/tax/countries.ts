import { AU_PLACES } from './au';
import { CA_PLACES } from './ca';
import { CH_PLACES } from './ch';
import { DE_PLACES } from './de';
import { ES_PLACES } from './es';
import { FR_PLACES } from './fr';
import { GB_PLACES } from './gb';
import { IE_PLACES } from './ie';
import { IN_PLACES } from './in';
import { JP_PLACES } from './jp';
import { NL_PLACES } from './nl';
import { SG_PLACES } from './sg';
import type { PlaceRules } from './types';

/**
 * The built-in places outside the US, by country code: one lazily loaded
 * chunk for the twelve countries (load.ts). Apart, their chunks of 0.8–2.3 kB
 * came to 15.4 kB compressed; together they are 11.8 kB, and the service
 * worker fetches every chunk for offline use either way (docs/performance.md).
 */
export const PLACES_BY_COUNTRY: Readonly<Record<string, readonly PlaceRules[]>> = {
  AU: AU_PLACES,
  CA: CA_PLACES,
  CH: CH_PLACES,
  DE: DE_PLACES,
  ES: ES_PLACES,
  FR: FR_PLACES,
  GB: GB_PLACES,
  IE: IE_PLACES,
  IN: IN_PLACES,
  JP: JP_PLACES,
  NL: NL_PLACES,
  SG: SG_PLACES,
};
