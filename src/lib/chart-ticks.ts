/*
 * The round ticks of a number axis, as recharts picks them for an axis with
 * its defaults (five ticks, decimals allowed: `getNiceTickValues`), for the
 * charts drawn in plain SVG, so an axis reads as it did with recharts: 0,
 * 450K, 900K, 1.35M, 1.8M rather than d3's 0, 500K … 2M. recharts works in
 * decimal numbers; these are doubles with the float noise rounded off before
 * each rounding up, which gives the same ticks for money in cents up to a
 * hundred million (`chart-ticks.test.ts` compares them with recharts' own).
 */

/** A double with the noise of a float operation rounded off (15 significant digits). */
const clean = (value: number): number => Number(value.toPrecision(15));

/** Digits before the decimal point: 1 for [1, 10), 0 for [0.1, 1), −1 for [0.01, 0.1)… */
const digitCount = (value: number): number =>
  value === 0 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;

/**
 * A difference or sum of amounts of about `size`, its float noise rounded off:
 * to 12 significant digits of `size`, then of itself.
 */
const exact = (value: number, size: number): number => {
  const unit = 10 ** (digitCount(size) - 12);
  return clean(Math.round(value / unit) * unit);
};

/**
 * A step near `rough` that reads well: a multiple of 0.05 of its power of ten
 * (of 0.1 for steps from 1 to 10), `correction` such multiples larger.
 */
const adaptiveStep = (rough: number, correction: number): number => {
  if (rough <= 0) return 0;
  const digits = digitCount(rough);
  // The unit of the multiple: 0.05 (or 0.1) times 10 to the `digits`.
  const unit = digits === 1 ? 1 : digits >= 2 ? 5 * 10 ** (digits - 2) : 5 / 10 ** (2 - digits);
  return clean((Math.ceil(clean(rough / unit)) + correction) * unit);
};

/** Ticks for a domain of one value: `count` of them around it, 1 apart. */
const singleValueTicks = (value: number, count: number): number[] => {
  let step = 1;
  let middle = value;
  if (!Number.isInteger(value)) {
    if (Math.abs(value) < 1) {
      step = 10 ** (digitCount(value) - 1);
      middle = Math.floor(clean(value / step));
    } else middle = Math.floor(value);
  } else if (value === 0) middle = Math.floor((count - 1) / 2);
  const middleIndex = Math.floor((count - 1) / 2);
  // Whole steps from 0, so a tick at 0 is exactly 0.
  return Array.from({ length: count }, (_, i) => clean((middle + i - middleIndex) * step));
};

/** The step, and how many ticks below and above the middle one. */
const spread = (
  min: number,
  max: number,
  tickCount: number,
  correction = 0,
): { step: number; steps: number; below: number; above: number } => {
  if (!Number.isFinite((max - min) / (tickCount - 1)))
    return { step: 0, steps: 0, below: 0, above: 0 };
  // An interval with 0 strictly inside it gets a tick at 0 and one on either side.
  const count = min < 0 && max > 0 ? Math.max(tickCount, 3) : tickCount;
  const size = Math.max(Math.abs(min), Math.abs(max));
  const step = adaptiveStep(clean(exact(max - min, size) / (count - 1)), correction);
  // 0 is a tick whenever it is in the interval; else the middle rounded to a step.
  const steps = min <= 0 && max >= 0 ? 0 : Math.trunc(clean(exact(min + max, size) / 2 / step));
  const middle = clean(steps * step);
  let below = Math.ceil(clean(exact(middle - min, size) / step));
  let above = Math.ceil(clean(exact(max - middle, size) / step));
  const ticks = below + above + 1;
  if (ticks > count) return spread(min, max, count, correction + 1);
  if (ticks < count) {
    if (max > 0) above += count - ticks;
    else below += count - ticks;
  }
  return { step, steps, below, above };
};

/**
 * About `count` round ticks covering [a, b] (either order), the first at or
 * below the smaller end and the last at or above the larger: an axis runs
 * from the first to the last.
 */
export const niceTicks = (a: number, b: number, count = 5): number[] => {
  const [min, max] = a <= b ? [a, b] : [b, a];
  const tickCount = Math.max(count, 2);
  let ticks: number[];
  if (!Number.isFinite(min) || !Number.isFinite(max)) ticks = [min, max];
  else if (min === max) ticks = singleValueTicks(min, count);
  else {
    const { step, steps, below, above } = spread(min, max, tickCount);
    // Whole steps from 0, so a tick at 0 is exactly 0 (never −0).
    ticks =
      step === 0
        ? []
        : Array.from(
            { length: below + above + 1 },
            (_, i) => clean((steps + i - below) * step) + 0,
          );
  }
  return a > b ? ticks.reverse() : ticks;
};
