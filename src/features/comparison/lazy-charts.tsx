import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import { useInView } from '../../components/use-in-view';
import { PanelPlaceholder } from '../../components/when-near';
import { useDocument, useTaxRules } from '../../store/document-context';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import './comparison.css';

// recharts lands in its own chunk: the ranking and offers show before it arrives.
const ComparisonCharts = retryableLazy(
  () => import('./comparison-charts'),
  (module) => module.ComparisonCharts,
);

/**
 * The charts, loaded on demand. On screen, the total score by factor (plain
 * SVG, a few rectangles per offer) follows every weight step with the
 * ranking; the other two read a deferred copy of the document, and do not
 * change with the weights anyway. Out of view, all of them wait for a pause.
 */
export function LazyComparisonCharts() {
  const [slot, inView] = useInView<HTMLDivElement>();
  const live = useDocument();
  const document = useCatchUpDocument(live, { inView });
  const rules = useTaxRules();
  if (document.offers.length === 0) return null;
  return (
    <div ref={slot} className="panel-slot">
      <PanelBoundary
        name="Charts"
        loading={<PanelPlaceholder title="Why they rank this way" height="30rem" />}
        panel
      >
        <ComparisonCharts
          document={document}
          rules={rules}
          weightsDocument={inView ? live : document}
        />
      </PanelBoundary>
    </div>
  );
}
