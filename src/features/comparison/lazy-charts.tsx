import { lazy, Suspense, useDeferredValue } from 'react';
import { useDocument } from '../../store/document-context';

// recharts lands in its own chunk: the ranking and offers show before it arrives.
const ComparisonCharts = lazy(() =>
  import('./comparison-charts').then((module) => ({ default: module.ComparisonCharts })),
);

/**
 * The charts, loaded on demand. They read a deferred copy of the document, so
 * React keeps a dragged slider responsive and redraws the charts right after.
 */
export function LazyComparisonCharts() {
  const document = useDeferredValue(useDocument());
  if (document.offers.length === 0) return null;
  return (
    <Suspense fallback={<ChartsSkeleton />}>
      <ComparisonCharts document={document} />
    </Suspense>
  );
}

function ChartsSkeleton() {
  return (
    <section className="panel charts-skeleton" aria-busy="true" aria-label="Charts">
      <span className="visually-hidden">Loading charts…</span>
      <div className="skeleton-line skeleton-title" />
      <div className="skeleton-block" />
      <div className="skeleton-block skeleton-short" />
    </section>
  );
}
