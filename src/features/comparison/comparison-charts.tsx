import { memo, useId, useMemo, useState } from 'react';
import type { TradeoffDocument } from '../../domain';
import { selectScores } from '../../store/scores';
import { contributionRows, factorRows, yearlyChartData } from './chart-data';
import { ContributionChart } from './contribution-chart';
import { FactorChart } from './factor-chart';
import { useStable } from './use-stable';
import { YearlyCharts } from './yearly-charts';
import './charts.css';

/**
 * The three comparison charts. Loaded lazily (recharts is large), and given a
 * deferred document so a slider drag stays smooth while the charts catch up.
 */
export const ComparisonCharts = memo(function ComparisonCharts({
  document,
}: {
  document: TradeoffDocument;
}) {
  const headingId = useId();
  const [adjusted, setAdjusted] = useState(true);
  const scores = selectScores(document);
  const { offers, settings } = document;
  const { horizonYears, currency, exchangeRates } = settings;

  const contributions = useMemo(
    () => contributionRows(scores.ranked, settings.weights),
    [scores.ranked, settings.weights],
  );
  const factors = useStable(
    useMemo(() => factorRows(document, scores.byId), [document, scores.byId]),
  );
  // Pay does not depend on the weights, so a weight drag leaves this chart alone.
  const yearly = useMemo(
    () => yearlyChartData(offers, { horizonYears, currency, exchangeRates }, { adjusted }),
    [offers, horizonYears, currency, exchangeRates, adjusted],
  );

  if (scores.ranked.length === 0 && yearly.offers.length === 0) return null;

  return (
    <section className="panel charts-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Why they rank this way</h2>
        <p>Charts follow your weights as you move them</p>
      </div>
      {contributions.length > 0 && <ContributionChart rows={contributions} />}
      {factors.series.length > 0 && <FactorChart series={factors.series} rows={factors.rows} />}
      {yearly.offers.length > 0 && <YearlyCharts data={yearly} onAdjustedChange={setAdjusted} />}
    </section>
  );
});
