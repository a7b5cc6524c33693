/*
 * What recharts gets in place of es-toolkit's lodash-compatible isEqual (the
 * chart-scales-only plugin in vite.config.ts): it asks only whether an axis's
 * ticks (arrays of plain objects of numbers and strings) are the ones it drew
 * last. This compares such values as lodash does: arrays and plain objects by
 * their contents, anything else by SameValueZero (NaN equals NaN).
 */

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

export default function isEqual(a: unknown, b: unknown): boolean {
  if (a === b || (a !== a && b !== b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => isEqual(item, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && isEqual(a[key], b[key]))
    );
  }
  return false;
}
