/*
 * What recharts gets in place of es-toolkit's lodash-compatible get (the
 * chart-scales-only plugin in vite.config.ts): it reads a row's value by a
 * chart's dataKey, and a few props by a dotted path ('type.displayName').
 * Lodash's also parses quoted keys and escapes inside brackets ('a["b.c"]'),
 * which brings its path parser along; recharts is given no such key here.
 */

const isUnsafe = (key: PropertyKey) => key === '__proto__';
const isDeep = (path: string) => /[.[\]]/.test(path);

/** The value at the key or path, or the fallback where it is undefined. */
export default function get(object: unknown, path: PropertyKey, fallback?: unknown): unknown {
  if (object == null || isUnsafe(path)) return fallback;
  const key = Object.is(path, -0) ? '-0' : path;
  const found = (object as Record<PropertyKey, unknown>)[key];
  if (found !== undefined) return found;
  if (typeof path !== 'string' || !isDeep(path) || Object.hasOwn(object, path)) return fallback;
  let current: unknown = object;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current == null || isUnsafe(part)) return fallback;
    current = (current as Record<string, unknown>)[part];
  }
  return current === undefined ? fallback : current;
}
