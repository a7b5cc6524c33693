import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';
import { ScrollRegion } from './scroll-region';
import './chart-figure.css';

/** A chart's numbers as a table, its text alternative. Each row starts with its header cell. */
export interface DataTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

interface ChartFigureProps {
  title: string;
  description?: ReactNode;
  /**
   * `md`: a chart of its own, titled by a heading. `sm`: a smaller caption for
   * a chart inside a panel section that already has its heading.
   */
  size?: 'md' | 'sm';
  /** Controls shown beside the title (e.g. a toggle). */
  actions?: ReactNode;
  /** A legend in HTML (ChartLegend), shared by all of the figure's drawings. */
  legend?: ReactNode;
  table: DataTable;
  children: ReactNode;
}

/**
 * One chart with its caption and text alternative. The drawing is hidden from
 * assistive technology; the caption describes it, and "Show the numbers"
 * opens a table with the same numbers. The table is built only when opened: a
 * page of charts would otherwise hold thousands of hidden cells, laid out and
 * updated on every change (docs/performance.md).
 */
export function ChartFigure({
  title,
  description,
  size = 'md',
  actions,
  legend,
  table,
  children,
}: ChartFigureProps) {
  const titleId = useId();
  const descriptionId = useId();
  const tableId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const drawing = useUnfocusableDrawing();
  const Title = size === 'md' ? 'h3' : 'span';
  return (
    <figure
      className={`chart-figure chart-figure-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <figcaption className="chart-caption">
        <div className="chart-caption-text">
          <Title id={titleId} className="chart-title">
            {title}
          </Title>
          {description && (
            <p id={descriptionId} className="chart-description">
              {description}
            </p>
          )}
        </div>
        <div className="chart-actions">
          {actions}
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={tableOpen}
            aria-controls={tableOpen ? tableId : undefined}
            onClick={() => setTableOpen(!tableOpen)}
          >
            {tableOpen ? 'Hide the numbers' : 'Show the numbers'}
          </Button>
        </div>
      </figcaption>
      {legend}
      <div className="chart-drawing" aria-hidden="true" ref={drawing}>
        {children}
      </div>
      {tableOpen && (
        <div id={tableId}>
          <ScrollRegion className="chart-table table-wrap" label={`${title}, the numbers`}>
            <TableOf table={table} />
          </ScrollRegion>
        </div>
      )}
    </figure>
  );
}

/**
 * Recharts draws parts of a chart into SVG groups that React makes portal
 * roots, with event listeners, and Chromium lets a keyboard stop on any SVG
 * element that listens for focus: a chart became four unnamed tab stops. The
 * drawing is hidden from assistive technology (its table stands in for it),
 * so nothing in it takes keyboard focus.
 */
function useUnfocusableDrawing() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const settle = () => {
      for (const element of root.querySelectorAll('svg, svg g')) {
        if (element.getAttribute('tabindex') !== '-1') element.setAttribute('tabindex', '-1');
      }
    };
    settle();
    if (typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(settle);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return ref;
}

function TableOf({ table }: { table: DataTable }) {
  return (
    <table className="data-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([head, ...cells], i) => (
          <tr key={`${head}-${i}`}>
            <th scope="row">{head}</th>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
