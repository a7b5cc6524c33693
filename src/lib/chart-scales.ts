/*
 * The scales the charts draw with, and all that recharts gets in place of
 * d3-scale (the chart-scales-only plugin in vite.config.ts): numbers on a
 * linear scale, names in bands (bar charts) or at points (line charts).
 *
 * recharts asks a scale for its domain and range (to read and to set), maps
 * values through it, copies it, and asks a linear scale for ticks and a
 * banded one for its bandwidth; nothing else. These do exactly that, as
 * d3-scale does it with its defaults (no padding, no clamping, no rounding),
 * without d3-scale's interpolators, colours and number formats.
 */

type Range = readonly number[];

interface Scale<D> {
  (value: D): number | undefined;
  domain(): D[];
  domain(values: Iterable<D>): this;
  range(): number[];
  range(values: Range): this;
  copy(): this;
}

export interface LinearScale extends Scale<number> {
  ticks(count?: number): number[];
}

export interface BandScale extends Scale<unknown> {
  bandwidth(): number;
}

/** Tick steps are 1, 2 or 5 times a power of ten; a step is picked when the ideal one is past these. */
const STEP_EDGES = [
  [Math.sqrt(50), 10],
  [Math.sqrt(10), 5],
  [Math.sqrt(2), 2],
] as const;

/**
 * Round ticks between `a` and `b` (a ≤ b), about `count` of them. A step
 * under 1 is kept as its inverse (a whole number of ticks per unit), so
 * ticks like 0.1 and 0.3 are exact decimals rather than sums of 0.1.
 */
const roundTicks = (a: number, b: number, count: number): number[] => {
  const ideal = (b - a) / count;
  const power = Math.floor(Math.log10(ideal));
  const error = ideal / 10 ** power;
  const factor = STEP_EDGES.find(([edge]) => error >= edge)?.[1] ?? 1;
  const perUnit = power < 0 ? 10 ** -power / factor : 0;
  const step = power < 0 ? 0 : 10 ** power * factor;
  const at = (i: number) => (perUnit ? i / perUnit : i * step);
  const index = (x: number) => (perUnit ? x * perUnit : x / step);
  let first = Math.round(index(a));
  let last = Math.round(index(b));
  if (at(first) < a) first += 1;
  if (at(last) > b) last -= 1;
  // Too few for a small count: try twice as many.
  if (last < first && count >= 0.5 && count < 2) return roundTicks(a, b, count * 2);
  const ticks: number[] = [];
  // first + k, never first itself: a tick at −0 reads as 0.
  for (let k = 0; k <= last - first; k += 1) ticks.push(at(first + k));
  return ticks;
};

/** Numbers mapped in proportion: domain [d0, d1] onto range [r0, r1]. */
export const scaleLinear = (): LinearScale => {
  let domain = [0, 1];
  let range = [0, 1];
  const scale = ((value: number) => {
    const x = Number(value);
    if (Number.isNaN(x)) return undefined;
    const [d0 = 0, d1 = 1] = domain;
    const [r0 = 0, r1 = 1] = range;
    // A domain of one value maps to the middle of the range.
    const t = d1 === d0 ? 0.5 : (x - d0) / (d1 - d0);
    return r0 * (1 - t) + r1 * t;
  }) as LinearScale;
  scale.domain = ((values?: Iterable<number>) => {
    if (values === undefined) return [...domain];
    domain = Array.from(values, Number);
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((values?: Range) => {
    if (values === undefined) return [...range];
    range = Array.from(values, Number);
    return scale;
  }) as LinearScale['range'];
  scale.copy = () => scaleLinear().domain(domain).range(range);
  scale.ticks = (count = 10) => {
    const [d0 = 0, d1 = 1] = domain;
    if (!(count > 0) || Number.isNaN(d0) || Number.isNaN(d1)) return [];
    if (d0 === d1) return [d0];
    return d0 < d1 ? roundTicks(d0, d1, count) : roundTicks(d1, d0, count).reverse();
  };
  return scale;
};

/**
 * Names in equal bands (`inner` 0) or at equally spaced points (`inner` 1),
 * the first at the start of the range, the last at its end, a single point
 * in the middle.
 */
const ordinal = (inner: 0 | 1): BandScale => {
  let domain: unknown[] = [];
  let index = new Map<unknown, number>();
  let range = [0, 1];
  let start = 0;
  let step = 1;
  const rescale = () => {
    const [r0 = 0, r1 = 1] = range;
    const n = domain.length;
    const [low, high] = r1 < r0 ? [r1, r0] : [r0, r1];
    step = (high - low) / Math.max(1, n - inner);
    start = low + (n === 1 && inner === 1 ? (high - low) / 2 : 0);
    if (r1 < r0) {
      // A reversed range puts the first name at its end.
      start = start + step * (n - 1);
      step = -step;
    }
  };
  const scale = ((value: unknown) => {
    const i = index.get(value instanceof Date ? value.valueOf() : value);
    return i === undefined ? undefined : start + step * i;
  }) as BandScale;
  scale.domain = ((values?: Iterable<unknown>) => {
    if (values === undefined) return [...domain];
    domain = [];
    index = new Map();
    for (const value of values) {
      const key = value instanceof Date ? value.valueOf() : value;
      if (index.has(key)) continue;
      index.set(key, domain.length);
      domain.push(value);
    }
    rescale();
    return scale;
  }) as BandScale['domain'];
  scale.range = ((values?: Range) => {
    if (values === undefined) return [...range];
    range = Array.from(values, Number);
    rescale();
    return scale;
  }) as BandScale['range'];
  scale.bandwidth = () => (inner === 1 ? 0 : Math.abs(step));
  scale.copy = () => ordinal(inner).domain(domain).range(range);
  rescale();
  return scale;
};

/** Names in equal bands that fill the range (bar charts). */
export const scaleBand = (): BandScale => ordinal(0);

/** Names at equally spaced points from one end of the range to the other (line charts). */
export const scalePoint = (): BandScale => ordinal(1);
