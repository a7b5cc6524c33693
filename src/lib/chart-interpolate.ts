/*
 * All that the charts' d3 scales get of d3-interpolate and d3-format (the
 * chart-scales-only plugin in vite.config.ts). Every range the charts give
 * a scale is numbers, so values interpolate as numbers and no colour or
 * string parser (d3-color) is bundled; the charts format every tick
 * themselves, so a scale's own tickFormat writes plain numbers.
 */

type Interpolator = (t: number) => number;

export const interpolateNumber =
  (a: number, b: number): Interpolator =>
  (t) =>
    a * (1 - t) + b * t;

/** The charts' ranges are numbers: the generic interpolator is the numeric one. */
export const interpolate = interpolateNumber;

export const interpolateRound =
  (a: number, b: number): Interpolator =>
  (t) =>
    Math.round(a * (1 - t) + b * t);

/** Between consecutive values, as d3's piecewise. */
export const piecewise = (
  between: (a: number, b: number) => Interpolator,
  values: readonly number[],
): Interpolator => {
  const n = values.length - 1;
  const parts = values.slice(1).map((v, i) => between(values[i]!, v));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i]!(t - i);
  };
};

/** d3-format, as far as a scale's unused tickFormat reaches: plain numbers. */
export const format = () => (x: number) => String(x);
export const formatPrefix = format;
export const formatSpecifier = () => ({ type: 'f', precision: undefined as number | undefined });
export const precisionFixed = () => Number.NaN;
export const precisionPrefix = precisionFixed;
export const precisionRound = precisionFixed;
