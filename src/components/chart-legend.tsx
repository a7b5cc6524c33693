import './chart-legend.css';
import { UserText } from './isolated';

/** `box` a colour, `tick` a thin upright mark, `dash` a dashed line. */
export type SwatchMark = 'box' | 'tick' | 'dash';

export interface LegendItem {
  label: string;
  /** Any CSS colour, e.g. a palette colour or `var(--surface-3)`. */
  color: string;
  mark?: SwatchMark;
}

/** A small sample of a colour or a mark, as in a legend; shown beside a name elsewhere too. */
export function Swatch({ color, mark = 'box' }: { color: string; mark?: SwatchMark }) {
  return (
    <span
      className={
        mark === 'box' ? 'chart-legend-swatch' : `chart-legend-swatch chart-legend-${mark}`
      }
      style={mark === 'dash' ? { borderTopColor: color } : { background: color }}
    />
  );
}

/**
 * A chart's legend in HTML. Hidden from assistive technology: the figure's
 * data table names every series.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map(({ label, color, mark }, i) => (
        <li key={i}>
          <Swatch color={color} mark={mark} />
          <UserText>{label}</UserText>
        </li>
      ))}
    </ul>
  );
}
