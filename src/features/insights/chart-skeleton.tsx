/** Holds the chart's place while recharts loads, so nothing below it jumps. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-skeleton" style={{ height }} aria-busy="true">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
