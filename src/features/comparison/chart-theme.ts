import type { CSSProperties } from 'react';

/*
 * Shared look for every chart. Colours are CSS variables so the charts follow
 * the light and dark themes without re-rendering.
 */

export const AXIS_TICK = { fill: 'var(--chart-text)', fontSize: 12 } as const;
export const GRID_STROKE = 'var(--chart-grid)';
export const CURSOR = { fill: 'var(--surface-2)' } as const;

export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 8,
  boxShadow: 'var(--shadow-md)',
  color: 'var(--text)',
  fontSize: 13,
};
export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: 'var(--text)', fontWeight: 650 };

/** Long company names are cut on axes; the full name is in the tooltip and table. */
export const shortName = (name: string, max = 14) =>
  name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
