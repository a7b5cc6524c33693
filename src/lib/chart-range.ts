/*
 * What recharts gets in place of es-toolkit's lodash-compatible range (the
 * chart-scales-only plugin in vite.config.ts): the indexes of a chart's rows,
 * range(0, n). Lodash's also converts strings and infinities to numbers first.
 */

/** The numbers from start up to (not including) end, step apart; range(n) counts from 0. */
export default function range(start: number, end?: number, step?: number): number[] {
  const [from, to] = end === undefined ? [0, start] : [start, end];
  const by = step ?? (from < to ? 1 : -1);
  const length = Math.max(Math.ceil((to - from) / (by || 1)), 0);
  const numbers: number[] = [];
  for (let n = from; numbers.length < length; n += by) numbers.push(n);
  return numbers;
}
