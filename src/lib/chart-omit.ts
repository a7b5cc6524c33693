/*
 * What recharts gets in place of es-toolkit's lodash-compatible omit (the
 * chart-scales-only plugin in vite.config.ts): a bar's row without its `id`.
 * Lodash's also takes deep paths, which bring deep cloning and unsetting
 * along; recharts passes names only.
 */

/** The object's enumerable properties, its prototypes' included, without the keys named. */
export default function omit(
  object: unknown,
  ...keys: (PropertyKey | readonly PropertyKey[])[]
): Record<PropertyKey, unknown> {
  const kept: Record<PropertyKey, unknown> = {};
  if (object == null) return kept;
  const source = object as Record<PropertyKey, unknown>;
  const dropped = new Set(keys.flat().map((key) => (typeof key === 'symbol' ? key : String(key))));
  for (const key in source) if (!dropped.has(key)) kept[key] = source[key];
  for (let o: object | null = Object(object); o !== null; o = Object.getPrototypeOf(o)) {
    for (const symbol of Object.getOwnPropertySymbols(o)) {
      if (Object.prototype.propertyIsEnumerable.call(o, symbol) && !dropped.has(symbol))
        kept[symbol] = source[symbol];
    }
  }
  return kept;
}
