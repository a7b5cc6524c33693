// STUB — replaced by the comparison feature (React.lazy wrapper around the recharts charts).
export function LazyComparisonCharts() {
  return null;
}
