/*
 * What recharts gets in place of es-toolkit's lodash-compatible sortBy (the
 * chart-scales-only plugin in vite.config.ts): ticks by their coordinate, and
 * tooltip and legend entries by their name. Lodash's also takes several
 * criteria and deep paths, which bring its path parser along; recharts passes
 * one function or one property name.
 */

/** Where lodash puts a value it cannot compare: after every ordinary value, in this order. */
const rank = (value: unknown) =>
  typeof value === 'symbol'
    ? 1
    : value === null
      ? 2
      : value === undefined
        ? 3
        : Number.isNaN(value)
          ? 4
          : 0;

const compare = (a: unknown, b: unknown) => {
  if (a === b) return 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 0 && rb === 0) {
    if ((a as number) < (b as number)) return -1;
    if ((a as number) > (b as number)) return 1;
  }
  return ra - rb;
};

/** The items in ascending order of what the criterion reads from each; ties keep their order. */
export default function sortBy<T>(
  collection: ArrayLike<T> | null | undefined,
  criterion?: ((item: T) => unknown) | PropertyKey | null,
): T[] {
  if (collection == null) return [];
  const read =
    criterion == null
      ? (item: T) => item
      : typeof criterion === 'function'
        ? criterion
        : (item: T) =>
            item == null ? undefined : (item as Record<PropertyKey, unknown>)[criterion];
  return Array.from(collection, (item) => ({ item, by: read(item) }))
    .sort((a, b) => compare(a.by, b.by))
    .map(({ item }) => item);
}
