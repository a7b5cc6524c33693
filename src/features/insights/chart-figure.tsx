import { useId, type ReactNode } from 'react';

export interface DataTable {
  caption: string;
  columns: string[];
  /** Each row starts with its header cell. */
  rows: string[][];
}

/**
 * A chart with its text alternative: the caption names the figure, and the
 * same numbers sit in a visually hidden table for screen readers.
 */
export function ChartFigure({
  title,
  description,
  table,
  legend,
  children,
}: {
  title: string;
  description?: ReactNode;
  table: DataTable;
  legend?: ReactNode;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <figure className="insight-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="insight-figure-caption">
        <span className="insight-figure-title">{title}</span>
        {description && <span className="insight-figure-description">{description}</span>}
      </figcaption>
      {legend}
      {/* The drawing repeats the table below for sighted readers. */}
      <div className="insight-figure-plot" aria-hidden="true">
        {children}
      </div>
      {/* A table ignores a 1 px width: the wrapper does the hiding. */}
      <div className="visually-hidden">
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
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
      </div>
    </figure>
  );
}
