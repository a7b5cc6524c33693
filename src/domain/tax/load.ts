import type { PlaceRules } from './types';

/** Loads one lazily split module; the app passes its retrying import, tests the plain one. */
export type ModuleLoader = <M>(load: () => Promise<M>) => Promise<M>;

const plain: ModuleLoader = (load) => load();

/**
 * The rules of the places asked for, none of them in the first render: the US
 * places in a lazily loaded chunk of their own (23 of them), the other
 * countries' in one more (countries.ts). Returns them; the caller keeps them
 * (the app in its tax-rules store) and passes them to whatever scores after
 * tax. A place of no country here has no rules.
 */
export const loadTaxPlaces = async (
  places: Iterable<string>,
  importModule: ModuleLoader = plain,
): Promise<readonly PlaceRules[]> => {
  const countries = new Set([...places].map((place) => place.slice(0, 2)));
  const lists = await Promise.all([
    countries.has('US') ? importModule(() => import('./us')).then((m) => m.US_PLACES) : [],
    [...countries].some((country) => country !== 'US')
      ? importModule(() => import('./countries')).then((m) =>
          [...countries].flatMap((country) => m.PLACES_BY_COUNTRY[country] ?? []),
        )
      : [],
  ]);
  return lists.flat();
};
