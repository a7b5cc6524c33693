import { memo, useId, useState } from 'react';
import { ChartSkeleton } from '../../components/chart-skeleton';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';
import type { TradeoffDocument } from '../../domain/document/schema';
import type { TaxRules } from '../../domain/tax/rules';
import { selectScores } from '../../store/scores';
import { CHART_OFFER_LIMIT } from './chart-data';
import { ContributionChart } from './contribution-chart';
import { selectContributions, selectFactorChart, selectYearlyChart } from './select-charts';
import './charts.css';

// The two recharts charts load on their own, in one chunk (bar-charts.ts): the plain-SVG chart
// above them does not wait.
const FactorChart = retryableLazy(
  () => import('./bar-charts'),
  (m) => m.FactorChart,
);
const YearlyCharts = retryableLazy(
  () => import('./bar-charts'),
  (m) => m.YearlyCharts,
);

/**
 * The three comparison charts, loaded lazily. `document` is a deferred copy;
 * `weightsDocument` the one the total score by factor follows (the live
 * document while the charts are on screen), so that a weight step redraws
 * that chart alone and the recharts charts keep their rows and skip it.
 */
export const ComparisonCharts = memo(function ComparisonCharts({
  document,
  rules,
  weightsDocument = document,
}: {
  document: TradeoffDocument;
  rules: TaxRules;
  weightsDocument?: TradeoffDocument;
}) {
  const headingId = useId();
  const [adjusted, setAdjusted] = useState(true);
  const scores = selectScores(document, rules);
  const contributions = selectContributions(weightsDocument, rules);
  const factors = selectFactorChart(document, rules);
  const yearly = selectYearlyChart(document, rules, adjusted);

  if (scores.ranked.length === 0 && yearly.offers.length === 0) return null;

  return (
    <section className="panel charts-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Why they rank this way</h2>
        <p>Charts follow your weights as you move them</p>
      </div>
      {scores.ranked.length > CHART_OFFER_LIMIT && (
        <p className="muted small charts-limit">
          The charts show the {CHART_OFFER_LIMIT} best-ranked of {scores.ranked.length} offers (pay
          year by year: the {CHART_OFFER_LIMIT} best-paid); the Side by side table has every one.
        </p>
      )}
      {contributions.length > 0 && <ContributionChart rows={contributions} />}
      {factors.series.length > 0 && (
        <PanelBoundary
          name="The factor chart"
          loading={<ChartSkeleton height={340} label="Loading the factor chart" />}
        >
          <FactorChart series={factors.series} rows={factors.rows} />
        </PanelBoundary>
      )}
      {yearly.offers.length > 0 && (
        <PanelBoundary
          name="The yearly pay charts"
          loading={<ChartSkeleton height={320} label="Loading the yearly pay charts" />}
        >
          <YearlyCharts data={yearly} onAdjustedChange={setAdjusted} />
        </PanelBoundary>
      )}
    </section>
  );
});
