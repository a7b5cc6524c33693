import { Skeleton } from '../../components/chart-skeleton';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { useDocument } from '../../store/document-context';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import './comparison.css';

// recharts lands in its own chunk: the ranking and offers show before it arrives.
const ComparisonCharts = retryableLazy(
  () => import('./comparison-charts'),
  (module) => module.ComparisonCharts,
);

/**
 * The charts, loaded on demand. They read a deferred copy of the document, so
 * React keeps a dragged slider responsive and redraws the charts right after.
 */
export function LazyComparisonCharts() {
  const document = useCatchUpDocument(useDocument());
  if (document.offers.length === 0) return null;
  return (
    <PanelBoundary name="Charts" loading={<ChartsSkeleton />} panel>
      <ComparisonCharts document={document} />
    </PanelBoundary>
  );
}

function ChartsSkeleton() {
  return (
    <section className="panel charts-skeleton" aria-busy="true" aria-label="Charts">
      <span className="visually-hidden">Loading charts…</span>
      <Skeleton height="1.25rem" width="40%" />
      <Skeleton height="14rem" />
      <Skeleton height="10rem" />
    </section>
  );
}
