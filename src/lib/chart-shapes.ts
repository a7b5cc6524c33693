/*
 * All recharts gets of d3-shape (the chart-scales-only plugin in
 * vite.config.ts): bars stacked one on another, for the yearly pay chart.
 * d3-shape ships as one flat file whose curves and symbols assign prototypes
 * at its top level, so the bundler kept 23 kB of it for a stack; this is the
 * stack alone, answering as d3's does for what recharts asks of it (keys, a
 * value accessor, no reordering, its own offsets), property-tested against
 * d3's in chart-shapes.test.ts.
 *
 * The lines, areas and symbols recharts draws for line, area, scatter and pie
 * charts are not here: no chart of ours uses recharts for those (the
 * leave-early chart is plain SVG, a bar chart's tooltip cursor is a
 * rectangle). Asked for one, they throw, saying so.
 */

/** One stacked point: where the segment starts and ends, and the row it came from. */
export type StackPoint = [number, number] & { data?: unknown };
/** One key's points across the rows, with its key and its place in the stacking order. */
export type StackSeries = StackPoint[] & { key: unknown; index: number };

type Keys = (data: readonly unknown[]) => Iterable<unknown>;
type Value = (row: unknown, key: unknown, index: number, data: readonly unknown[]) => number;
type Order = (series: StackSeries[]) => Iterable<number>;
type Offset = (series: StackSeries[], order: number[]) => void;

const always =
  <T>(value: T) =>
  () =>
    value;

/** The series in the order the keys were given. */
export function stackOrderNone(series: readonly unknown[]): number[] {
  return Array.from(series, (_, i) => i);
}

/** Each series starts where the one before it in the order ended (or began, where that is NaN). */
export function stackOffsetNone(series: StackSeries[], order: readonly number[]): void {
  for (let i = 1; i < series.length; i += 1) {
    const below = series[order[i - 1]!]!;
    const above = series[order[i]!]!;
    above.forEach((point, j) => {
      const [start, end] = below[j]!;
      point[0] = Number.isNaN(end) ? start : end;
      point[1] += point[0];
    });
  }
}

interface Stack {
  (data: readonly unknown[]): StackSeries[];
  keys(keys: Keys | Iterable<unknown>): Stack;
  value(value: Value | number): Stack;
  order(order: Order | null): Stack;
  offset(offset: Offset | null): Stack;
}

/** d3's stack generator: a series per key, a [start, end] point per row. */
export function stack(): Stack {
  let keys: Keys = always([]);
  let value: Value = (row, key) =>
    Number((row as Record<PropertyKey, unknown>)[key as PropertyKey]);
  let order: Order = stackOrderNone;
  let offset: Offset = stackOffsetNone;

  const generator = ((data: readonly unknown[]) => {
    const series = Array.from(keys(data), (key) =>
      Object.assign([] as StackPoint[], { key, index: 0 }),
    );
    let i = 0;
    for (const row of data) {
      for (const s of series) {
        const point: StackPoint = [0, +value(row, s.key, i, data)];
        point.data = row;
        s[i] = point;
      }
      i += 1;
    }
    const ordered = Array.from(order(series));
    ordered.forEach((seriesIndex, place) => {
      series[seriesIndex]!.index = place;
    });
    offset(series, ordered);
    return series;
  }) as Stack;

  generator.keys = (given) => (
    (keys = typeof given === 'function' ? given : always(Array.from(given))),
    generator
  );
  generator.value = (given) => (
    (value = typeof given === 'function' ? given : always(given)),
    generator
  );
  generator.order = (given) => ((order = given ?? stackOrderNone), generator);
  generator.offset = (given) => ((offset = given ?? stackOffsetNone), generator);
  return generator;
}

const notBundled = (name: string) => () => {
  throw new Error(
    `recharts asked for d3-shape's ${name}, which this app does not bundle (src/lib/chart-shapes.ts)`,
  );
};

export const area = notBundled('area');
export const line = notBundled('line');
export const symbol = notBundled('symbol');
const curve = notBundled('curves');
const symbolType = notBundled('symbol types');
export {
  curve as curveBasis,
  curve as curveBasisClosed,
  curve as curveBasisOpen,
  curve as curveBumpX,
  curve as curveBumpY,
  curve as curveLinear,
  curve as curveLinearClosed,
  curve as curveMonotoneX,
  curve as curveMonotoneY,
  curve as curveNatural,
  curve as curveStep,
  curve as curveStepAfter,
  curve as curveStepBefore,
  symbolType as symbolCircle,
  symbolType as symbolCross,
  symbolType as symbolDiamond,
  symbolType as symbolSquare,
  symbolType as symbolStar,
  symbolType as symbolTriangle,
  symbolType as symbolWye,
  // Offsets other than none and recharts' own (sign, positive): no chart here asks for them.
  stackOffsetNone as stackOffsetExpand,
  stackOffsetNone as stackOffsetSilhouette,
  stackOffsetNone as stackOffsetWiggle,
};
