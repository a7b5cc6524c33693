/*
 * What recharts gets in place of es-toolkit's lodash-compatible uniqBy (the
 * chart-scales-only plugin in vite.config.ts): it keeps a tooltip's or
 * legend's entries unique by a key its own function gives. The
 * lodash-compatible one also takes property names and object patterns, which
 * bring deep comparison and cloning along; recharts always passes a function.
 */

const isArrayLike = (value: unknown): value is ArrayLike<unknown> =>
  value != null &&
  typeof value !== 'function' &&
  Number.isSafeInteger((value as { length?: unknown }).length) &&
  (value as { length: number }).length >= 0;

/** The items in order, each the first with its key; −0 read as 0, as lodash does. */
export default function uniqBy<T>(
  array: ArrayLike<T> | null | undefined,
  key: (item: T) => unknown = (item) => item,
): T[] {
  if (!isArrayLike(array)) return [];
  const seen = new Set<unknown>();
  const kept: T[] = [];
  for (const item of Array.from(array as ArrayLike<T>)) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(Object.is(item, -0) ? (0 as T) : item);
  }
  return kept;
}
