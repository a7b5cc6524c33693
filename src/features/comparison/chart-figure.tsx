import { useId, type ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  description: ReactNode;
  /** Controls shown beside the title (e.g. a toggle). */
  actions?: ReactNode;
  /** A legend in HTML, shared by all of the figure's charts. */
  legend?: ReactNode;
  /** The data as a table for screen readers: the chart's text alternative. */
  table: ReactNode;
  children: ReactNode;
}

/**
 * One chart with its caption and text alternative. The drawing is hidden from
 * assistive technology; the visually hidden table carries the same numbers.
 */
export function ChartFigure({
  title,
  description,
  actions,
  legend,
  table,
  children,
}: ChartFigureProps) {
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <div className="chart-caption-text">
          <h3 id={titleId}>{title}</h3>
          <p className="small muted">{description}</p>
        </div>
        {actions}
      </figcaption>
      {legend}
      <div className="chart-drawing" aria-hidden="true">
        {children}
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}

export function ChartLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map(({ label, color }) => (
        <li key={label}>
          <span className="chart-legend-swatch" style={{ background: color }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
