/*
 * Shared looks for the insight charts. Colours come from CSS variables so
 * the charts follow the light and dark themes without re-rendering.
 */

export const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 } as const;

export const GRID_STROKE = 'var(--chart-grid)';

export const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  boxShadow: 'var(--shadow-md)',
  color: 'var(--text)',
  fontSize: 13,
  padding: '0.5rem 0.625rem',
} as const;

/** Charts render at this size until the container is measured (and in jsdom, where it never is). */
export const initialDimension = (height: number) => ({ width: 640, height });
