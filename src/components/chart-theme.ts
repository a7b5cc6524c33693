import type { CSSProperties } from 'react';

/*
 * The one look of every chart. Colours are CSS variables so the charts
 * follow the light and dark themes without re-rendering.
 */

export const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 } as const;
export const GRID_STROKE = 'var(--chart-grid)';
/** The low–high range mark over a bar: the text colour, so it reads on every fill. */
export const RANGE_STROKE = 'var(--text)';
export const CURSOR = { fill: 'var(--surface-2)', zIndex: 0 } as const;

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  boxShadow: 'var(--shadow-md)',
  color: 'var(--text)',
  fontSize: 13,
  padding: '0.5rem 0.625rem',
};
export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: 'var(--text)', fontWeight: 650 };

/** Charts render at this size until the container is measured (and in jsdom, where it never is). */
export const initialDimension = (height: number) => ({ width: 640, height });

/** Long company names are cut on axes; the full name is in the tooltip and table. */
export const shortName = (name: string, max = 14) =>
  name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
