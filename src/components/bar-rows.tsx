import type { ReactNode } from 'react';
import './bar-rows.css';

/*
 * Rows of horizontal bars on a 0–100 scale, drawn as plain SVG: the charts
 * that follow a dragged weight slider use them, because a few rectangles
 * per row redraw within a frame. Each chart supplies its own bars.
 */

export const SCALE_TICKS = [0, 25, 50, 75, 100] as const;

export function BarRows({ children }: { children: ReactNode }) {
  return <div className="bar-rows">{children}</div>;
}

/** One row: a name on the left, the bar's SVG in the middle, a value on the right. */
export function BarRow({
  name,
  title,
  value,
  children,
}: {
  name: ReactNode;
  /** The full name when `name` is shortened. */
  title?: string;
  value: ReactNode;
  /** SVG shapes drawn on the 0–100 % scale of the track. */
  children: ReactNode;
}) {
  return (
    <div className="bar-row">
      <span className="bar-name" title={title}>
        {name}
      </span>
      <svg className="bar-track" width="100%" height="24" role="presentation">
        {SCALE_TICKS.map((tick) => (
          <line key={tick} x1={`${tick}%`} x2={`${tick}%`} y1="0" y2="24" className="bar-grid" />
        ))}
        {children}
      </svg>
      <span className="bar-value num">{value}</span>
    </div>
  );
}

/** The scale under the rows; 25 and 75 are left out on phones. */
export function BarAxis({ format = String }: { format?: (tick: number) => string }) {
  return (
    <div className="bar-row bar-axis" aria-hidden="true">
      <span />
      <span className="bar-ticks">
        {SCALE_TICKS.map((tick) => (
          <span
            key={tick}
            className={tick % 50 === 0 ? undefined : 'bar-tick-minor'}
            style={{ left: `${tick}%` }}
          >
            {format(tick)}
          </span>
        ))}
      </span>
      <span />
    </div>
  );
}
