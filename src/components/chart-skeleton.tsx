import './chart-skeleton.css';

/** A shimmering shape that holds a place while code loads, so nothing below it jumps. */
export function Skeleton({ height, width }: { height: string; width?: string }) {
  return <div className="skeleton" style={{ height, width }} />;
}

/** Holds a chart's place while its code (recharts) loads, and says so to screen readers. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="skeleton chart-skeleton" style={{ height }} aria-busy="true">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
