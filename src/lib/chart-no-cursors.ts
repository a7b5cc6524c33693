/*
 * What recharts' tooltip cursor gets in place of two shapes (the
 * chart-scales-only plugin in vite.config.ts): the sector is the cursor of a
 * radial chart, the cross that of a scatter chart, and no chart here is
 * either.
 */

/** A radial chart's cursor: none here. */
export const Sector = (): null => null;

/** A scatter chart's cursor: none here. */
export const Cross = (): null => null;

/** A line chart's cursor: none here. */
export const Curve = (): null => null;
