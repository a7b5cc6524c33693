import { useId, useState } from 'react';
import { FACTORS, type Weights } from '../../domain/document/schema';
import {
  FACTOR_COLORS,
  FACTOR_INK,
  FACTOR_LABELS,
  FACTOR_SHORT,
  offerColor,
} from '../../components/palette';
import { Button } from '../../components/button';
import { formatScore } from '../../lib/format';
import { TAX_RULES_LOADING } from '../../domain/tax/net';
import { useAppState } from '../../store/app-context';
import {
  useDocument,
  useScores,
  useTaxRules,
  useTaxRulesState,
} from '../../store/document-context';
import { selectFirstYears } from '../../store/scores';
import { averageWords, basisWords } from '../../domain/scoring/basis';
import { loadTaxRules } from '../../store/tax-rules';
import { CompareOnSwitch } from './compare-on-switch';
import { HowScoresWork } from './how-scores-work';
import { factorParts, stackSegments } from './contributions';
import { closeCall, rankingRows, type RankingRow } from './ranking-rows';
import { moneyLead, payLine } from './ranking-money';
import { UnscoredHint } from './unscored-hint';
import { costOfLivingNote } from './cost-of-living-note';
import './comparison.css';
import { UserText } from '../../components/isolated';

/** Rows shown before "Show all": the ranking stays one screen and one quick redraw per weight step. */
export const RANKING_AT_ONCE = 10;

/** Offers best first, with their totals, and the ones that cannot be scored yet. */
export function RankingPanel() {
  const headingId = useId();
  const [all, setAll] = useState(false);
  const document = useDocument();
  const scores = useScores();
  const rows = rankingRows(document, scores.ranked);
  const { taxRules } = useAppState();
  const { failed, unknown } = useTaxRulesState();
  const placeOf = new Map(document.offers.map((o) => [o.id, o.tax?.place ?? null]));
  const failedReason = (offer: { offerId: string; reason: string }, places: readonly string[]) => {
    const place = placeOf.get(offer.offerId);
    if (offer.reason !== TAX_RULES_LOADING || !place) return null;
    if (unknown.includes(place))
      return `Tradeoff has no tax rules for “${place}”: choose a built-in place or your own rate in its form.`;
    return places.includes(place) ? `Its tax rules (${place}) could not be loaded.` : null;
  };
  const retryRules = () => void loadTaxRules(taxRules, failed).catch(() => {});
  const close = closeCall(scores.ranked, scores.allWeightsZero);
  const firstYears = selectFirstYears(document, useTaxRules());
  const { currency, compareOn, horizonYears } = document.settings;
  const basis = basisWords(compareOn);
  const payOf = (offerId: string) => {
    const scored = scores.byId.get(offerId);
    if (!scored) return null;
    const average = averageWords(horizonYears);
    const first = firstYears.get(offerId) ?? null;
    return payLine(scored.meanCompensation, first, currency, basis, average);
  };
  const [leader, runnerUp] = scores.ranked;
  const rankedIds = new Set(scores.ranked.map((r) => r.offerId));
  const livingNote = costOfLivingNote(
    document.offers.filter((o) => rankedIds.has(o.id)),
    document.settings.pricesAsIn,
  );
  const lead =
    leader && runnerUp && !scores.allWeightsZero
      ? moneyLead(leader.meanCompensation, runnerUp.meanCompensation, currency, basis)
      : null;

  return (
    <section className="panel ranking-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>Ranking</h2>
        <p>Total score out of 100, best first</p>
      </div>
      <CompareOnSwitch />

      {scores.allWeightsZero && rows.length > 0 && (
        <p className="callout callout-warning small ranking-note">
          Every weight is 0, so every offer scores 0 and they all share first place.
        </p>
      )}
      {close ? (
        <p className="callout small ranking-note">
          <strong>Close call:</strong>{' '}
          {close.gap < 0.05
            ? `${close.first} and ${close.second} are level · ${close.first}: ${lead}.`
            : `${close.first} leads ${close.second} by only ${formatScore(close.gap)} points · ${lead}.`}{' '}
          A small change in weights could swap them.
        </p>
      ) : (
        leader &&
        runnerUp &&
        lead && (
          <p className="ranking-lead">
            <strong>
              <UserText>{leader.company}</UserText>
            </strong>{' '}
            leads <UserText>{runnerUp.company}</UserText> by{' '}
            {formatScore(leader.total - runnerUp.total)} points · {lead}.
          </p>
        )
      )}

      {rows.length > 0 ? (
        <>
          <ul className="ranking-legend small" aria-label="Bars split by factor">
            {FACTORS.map((factor) => (
              <li key={factor}>
                <span
                  className="ranking-legend-mark"
                  style={{ background: FACTOR_COLORS[factor] }}
                  aria-hidden="true"
                />
                {FACTOR_LABELS[factor]}
              </li>
            ))}
          </ul>
          <ol aria-label="Ranking" className="ranking-list">
            {(all ? rows : rows.slice(0, RANKING_AT_ONCE)).map((row) => (
              <RankingItem
                key={row.offerId}
                row={row}
                weights={document.settings.weights}
                pay={payOf(row.offerId)}
              />
            ))}
          </ol>
          {rows.length > RANKING_AT_ONCE && (
            <Button
              variant="ghost"
              size="sm"
              className="ranking-more"
              aria-expanded={all}
              onClick={() => setAll(!all)}
            >
              {all ? `Show the top ${RANKING_AT_ONCE}` : `Show all ${rows.length}`}
            </Button>
          )}
        </>
      ) : (
        <p className="muted small">No offer can be ranked yet.</p>
      )}
      {livingNote && <p className="small muted ranking-living">{livingNote}</p>}

      {scores.unscored.length > 0 && (
        <div className="unscored">
          <h3 className="small" id={`${headingId}-unscored`}>
            Not ranked
          </h3>
          <UnscoredHint
            unscored={scores.unscored}
            failed={failed}
            unknownOnly={scores.unscored.every(
              (o) =>
                o.reason !== TAX_RULES_LOADING || unknown.includes(placeOf.get(o.offerId) ?? ''),
            )}
            onRetry={retryRules}
          />
          <ul aria-labelledby={`${headingId}-unscored`} className="unscored-list">
            {scores.unscored.map((offer) => (
              <li key={offer.offerId}>
                <span className="badge badge-warning">{offer.currency}</span>{' '}
                <strong>
                  <UserText>{offer.company}</UserText>
                </strong>{' '}
                — {failedReason(offer, failed) ?? offer.reason}
              </li>
            ))}
          </ul>
        </div>
      )}

      {scores.declined.length > 0 && (
        <div className="declined">
          <h3 className="small" id={`${headingId}-declined`}>
            Declined
          </h3>
          <p className="small muted">Not ranked, and not counted when pay is compared.</p>
          <ul aria-labelledby={`${headingId}-declined`} className="declined-list">
            {scores.declined.map((offer) => (
              <li key={offer.offerId}>
                <UserText>{offer.company}</UserText>
              </li>
            ))}
          </ul>
        </div>
      )}

      <HowScoresWork />
    </section>
  );
}

/** A segment gets its factor's name on it when there is room for the word. */
const LABEL_ROOM = 11;

function RankingItem({
  row,
  weights,
  pay,
}: {
  row: RankingRow;
  weights: Weights;
  /** The offer's pay on the basis compared, in words. */
  pay: string | null;
}) {
  const color = offerColor(row.colorIndex);
  const score = formatScore(row.total);
  const segments = stackSegments(factorParts(row.factors, weights));
  return (
    <li className={`ranking-item${row.rank === 1 ? ' is-first' : ''}`}>
      <span className="ranking-rank num">
        <span className="visually-hidden">Rank </span>
        {row.rank}
      </span>
      <span className="ranking-name">
        <span className="ranking-swatch" style={{ background: color }} aria-hidden="true" />
        <span className="ranking-company" title={row.company}>
          <UserText>{row.company}</UserText>
        </span>
        {row.tied && <span className="badge">Tied</span>}
        {row.current && <span className="badge">Current job</span>}
        {row.accepted && <span className="badge badge-success">Accepted</span>}
        {row.role && (
          <span className="ranking-role small muted">
            <UserText>{row.role}</UserText>
          </span>
        )}
      </span>
      <span className="ranking-bar" aria-hidden="true">
        {segments.map(({ factor, start, width }) =>
          width > 0 ? (
            // The word on the mark is drawn by CSS (data-label): the row's text stays
            // "Rank 1 Acme 77.4 out of 100" for screen readers and copy-paste.
            <span
              key={factor}
              className="ranking-bar-part"
              data-label={width >= LABEL_ROOM ? FACTOR_SHORT[factor] : undefined}
              title={`${FACTOR_LABELS[factor]}: ${formatScore(width)} points`}
              style={{
                left: `${Math.min(100, start)}%`,
                width: `${Math.max(0, Math.min(100 - start, width))}%`,
                background: FACTOR_COLORS[factor],
                color: FACTOR_INK[factor],
              }}
            />
          ) : null,
        )}
      </span>
      <span className="ranking-score num">
        {score}
        <span className="visually-hidden"> out of 100</span>
      </span>
      {pay && <span className="ranking-pay small muted num">{pay}</span>}
    </li>
  );
}
