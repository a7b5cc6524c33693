import { memo, startTransition, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import type { TradeoffDocument } from '../../domain/document/schema';
import type { TaxRules } from '../../domain/tax/rules';
import { useInView } from '../../components/use-in-view';
import { useDocument, useTaxRules } from '../../store/document-context';
import { selectScores } from '../../store/scores';
import { DecisionCharts } from './decision-charts';
import { weightRangeRows, winChartData } from './insight-rows';
import { insightText } from './insight-sentences';
import { InsightSummary } from './insight-summary';
import { LeaveEarlySection } from './leave-early-section';
import { MoneySection } from './money-section';
import { moneyText } from './money-text';
import { RecruiterSection } from './recruiter-section';
import {
  insightsAtOnce,
  selectInsights,
  selectLeaveEarly,
  selectMoney,
  selectOutline,
  selectPanelWork,
  selectQuestions,
  selectStaying,
} from './select-insights';
import { StayingSummary } from './staying-summary';
import { useCatchUpDocument } from '../../store/use-catch-up-document';
import { useInsightsDocument, type InsightsInput } from './use-insights-document';
import './insights.css';

/**
 * How sure the winner is and what would change it: sentences and the two
 * plain-SVG charts at once, the leave-early chart once its chunk has loaded.
 */
export function InsightsPanel() {
  const [slot, inView] = useInView<HTMLDivElement>();
  const live = useDocument();
  const rules = useTaxRules();
  // A weight slider drags on at full speed; these numbers may follow a little behind, and
  // only once it pauses while they are out of view.
  const behind = useCatchUpDocument(live, { waitForPause: true, inView });
  // On screen, charts that take a few milliseconds (up to 40 offers, their money drawn) follow
  // each step in the ranking's own render: the step is painted once, charts and all.
  const document = inView && insightsAtOnce(live, rules) ? live : behind;
  const { shown, updating } = useInsightsDocument(document, rules);
  // On screen and waiting for a pause (past 40 offers): the figures shown are of an earlier
  // version, and say so from the step on.
  const waiting = inView && document !== live;
  return (
    <div ref={slot} className="panel-slot">
      <InsightsFrame updating={updating || waiting} first={shown === null}>
        {shown && <Insights document={shown.document} rules={shown.rules} />}
      </InsightsFrame>
    </div>
  );
}

/** The panel around the insights: while newer ones are worked out, it says so and is busy. */
function InsightsFrame({
  updating,
  first,
  children,
}: {
  updating: boolean;
  first: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="panel insights-panel" aria-labelledby={headingId} aria-busy={updating}>
      <div className="panel-header">
        <h2 id={headingId}>Insights</h2>
        {/* In the subtitle's place, so the panel keeps its height. */}
        {updating ? (
          <p className="insights-updating">
            {first ? 'Working out how sure the ranking is…' : 'Updating these figures…'}
          </p>
        ) : (
          <p>How sure the winner is, and what would change it</p>
        )}
      </div>
      {children}
    </section>
  );
}

/**
 * The version the sentences show: the one the charts show, or a render later
 * when they are still to be worked out. A weight step draws the charts (and
 * the ranking) at once; the sentences, whose break-even raises and money
 * equivalents search each offer's pay, follow in a transition of their own,
 * which the next step may cut short.
 */
const useSentencesVersion = (input: InsightsInput): InsightsInput => {
  const [version, setVersion] = useState(input);
  useEffect(() => {
    startTransition(() => setVersion(input));
  }, [input]);
  // Worked out already (in slices, or for an earlier render): shown with the charts.
  return selectPanelWork(input.document, input.rules).done ? input : version;
};

/**
 * Memoised on the version shown: while a slider moves, the urgent render
 * (slider and ranking) passes by here without redrawing a single chart.
 */
const Insights = memo(function Insights({
  document,
  rules,
}: {
  document: TradeoffDocument;
  rules: TaxRules;
}) {
  const outline = selectOutline(document, rules);
  const { margin, flips, winProbability, allWeightsZero } = outline;
  const comparable = margin !== null && margin.runnerUp !== null && !allWeightsZero;
  const decision = comparable
    ? {
        leader: margin.leader.company,
        leaderColorIndex: document.offers.findIndex((o) => o.id === margin.leader.offerId),
        weightRanges: margin.tied ? null : weightRangeRows(flips.all, document.settings.weights),
        win: { ...winChartData(winProbability, document.offers), moneyOf: outline.unsureAbout },
      }
    : null;
  const sentences = useSentencesVersion(useMemo(() => ({ document, rules }), [document, rules]));

  return (
    <>
      {document.settings.compareOn === 'net' && (
        <p className="small muted">
          After tax: pay amounts here are estimates of pay after tax (see Side by side for each
          offer’s rules); raises are of base salary, before tax.
        </p>
      )}
      <Summaries {...sentences} />
      {decision && <DecisionCharts {...decision} />}
      <Money {...sentences} />
      <LeaveEarlySection data={selectLeaveEarly(document, rules)} />
      <RecruiterSection
        entries={selectQuestions(sentences.document, sentences.rules)}
        currency={sentences.document.settings.currency}
      />
    </>
  );
});

/** What the insights say first: how sure the winner is, what raises would do, and staying. */
const Summaries = memo(function Summaries({ document, rules }: InsightsInput) {
  const insights = selectInsights(document, rules);
  const scores = selectScores(document, rules);
  const text = insightText({
    insights,
    firstPlace: scores.ranked.filter((r) => r.rank === 1).map((r) => r.company),
    unscored: scores.unscored,
    displayCurrency: document.settings.currency,
    weights: document.settings.weights,
  });
  const staying = selectStaying(document, rules);
  return (
    <>
      <InsightSummary text={text} />
      {staying && <StayingSummary text={staying} />}
    </>
  );
});

/** What the weights make each rating, day and hour worth. */
const Money = memo(function Money({ document, rules }: InsightsInput) {
  const money = moneyText(selectMoney(document, rules));
  return money && <MoneySection text={money} />;
});
