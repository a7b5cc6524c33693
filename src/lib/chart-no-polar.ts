/*
 * What recharts' tooltip cursor gets in place of its Sector shape (the
 * chart-scales-only plugin in vite.config.ts): the sector is the cursor of a
 * radial chart, and no chart here is radial.
 */

/** A radial chart's cursor: none here. */
export const Sector = (): null => null;
