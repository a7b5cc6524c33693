import type { PlaceRules } from './types';

/** Loads one lazily split module; the app passes its retrying import, tests the plain one. */
export type ModuleLoader = <M>(load: () => Promise<M>) => Promise<M>;

const plain: ModuleLoader = (load) => load();

/**
 * The rules of the places asked for, a country's module at a time (each a
 * lazily loaded chunk, none of it in the first render). Returns them; the
 * caller keeps them (the app in its tax-rules store) and passes them to
 * whatever scores after tax.
 */
export const loadTaxPlaces = async (
  places: Iterable<string>,
  importModule: ModuleLoader = plain,
): Promise<readonly PlaceRules[]> => {
  const countries = new Set([...places].map((place) => place.slice(0, 2)));
  const lists = await Promise.all(
    [...countries].map((country) => {
      switch (country) {
        case 'US':
          return importModule(() => import('./us')).then((m) => m.US_PLACES);
        case 'GB':
          return importModule(() => import('./gb')).then((m) => m.GB_PLACES);
        case 'DE':
          return importModule(() => import('./de')).then((m) => m.DE_PLACES);
        case 'CA':
          return importModule(() => import('./ca')).then((m) => m.CA_PLACES);
        case 'CH':
          return importModule(() => import('./ch')).then((m) => m.CH_PLACES);
        case 'SG':
          return importModule(() => import('./sg')).then((m) => m.SG_PLACES);
        case 'AU':
          return importModule(() => import('./au')).then((m) => m.AU_PLACES);
        case 'JP':
          return importModule(() => import('./jp')).then((m) => m.JP_PLACES);
        case 'IN':
          return importModule(() => import('./in')).then((m) => m.IN_PLACES);
        case 'IE':
          return importModule(() => import('./ie')).then((m) => m.IE_PLACES);
        case 'ES':
          return importModule(() => import('./es')).then((m) => m.ES_PLACES);
        case 'FR':
          return importModule(() => import('./fr')).then((m) => m.FR_PLACES);
        case 'NL':
          return importModule(() => import('./nl')).then((m) => m.NL_PLACES);
        default:
          return [];
      }
    }),
  );
  return lists.flat();
};
