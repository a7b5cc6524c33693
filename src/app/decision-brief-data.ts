import { FACTORS, type TradeoffDocument } from '../domain/document/schema';
import { offerField } from '../domain/fields/offer-fields';
import { weightShares } from '../domain/scoring/scoring';
import { FACTOR_LABELS } from '../components/palette';
import { formatPercent, formatScore } from '../lib/format';
import { derive } from '../lib/derive';
import { rulesInUse, selectScores } from '../store/scores';
import type { TaxRules } from '../domain/tax/rules';
import type { BriefData, BriefRow } from '../features/brief/brief-data';
import { contributionRows, stackSegments } from '../features/comparison/chart-data';
import { rankingRows } from '../features/comparison/ranking-rows';
import { sideBySideRows } from '../features/comparison/side-by-side-rows';
import {
  MEAN_PAY,
  SIDE_BY_SIDE_GROUPS,
  payPerYearLabel,
  type RowSpec,
} from '../features/comparison/side-by-side-spec';
import { insightText } from '../features/insights/insight-sentences';
import { selectInsights, selectStaying } from '../features/insights/select-insights';
import { briefContext } from './brief-context';

/*
 * The decision brief's content, composed here because it draws on three features: the
 * ranking and the side-by-side rows (comparison) and the insight sentences (insights). Every
 * number and sentence comes from their own functions; this file only picks and arranges.
 */

const kindOf = (spec: RowSpec) => offerField(spec.key)?.kind;
const sectionOf = (spec: RowSpec) => offerField(spec.key)?.section;
const allRows = SIDE_BY_SIDE_GROUPS.flatMap((group) => group.rows);

/**
 * The key rows: the scores and pay per year (rows that are no input), the basics, and the
 * money of the compensation section, picked by kind and section from the field registry (no
 * compensation field is named here).
 * Deadlines and notes have a section of their own.
 */
const KEY_ROWS = allRows.filter((spec) => {
  const kind = kindOf(spec);
  const section = sectionOf(spec);
  if (kind === undefined) return true;
  // The role stands under each name in the ranking already.
  if (section === 'basics') return kind !== 'longText' && kind !== 'date' && spec.key !== 'role';
  return section === 'compensation' && kind === 'money';
});
const DEADLINE_ROWS = allRows.filter((spec) => kindOf(spec) === 'date');
const NOTE_ROWS = allRows.filter((spec) => kindOf(spec) === 'longText');

/** What sideBySideRows shows where a value does not apply or is not set. */
const NONE = '—';

export const buildBrief = (
  document: TradeoffDocument,
  rules: TaxRules,
  date: string,
): BriefData => {
  const scores = selectScores(document, rules);
  const { weights, currency } = document.settings;
  const ranked = rankingRows(document, scores.ranked);
  const split = new Map(contributionRows(scores.ranked, weights).map((r) => [r.offerId, r]));
  const shares = weightShares(weights);

  const text = insightText({
    insights: selectInsights(document, rules),
    firstPlace: scores.ranked.filter((r) => r.rank === 1).map((r) => r.company),
    unscored: scores.unscored,
    displayCurrency: currency,
    weights,
  });

  const [keyGroup, deadlineGroup, noteGroup] = sideBySideRows(document, scores.byId, null, [
    { name: 'Key rows', rows: KEY_ROWS },
    { name: 'Deadlines', rows: DEADLINE_ROWS },
    { name: 'Notes', rows: NOTE_ROWS },
  ]);
  // A row with nothing in any offer ($0 relocation, no cap for every offer) says nothing.
  const rows: BriefRow[] = (keyGroup?.rows ?? [])
    .filter((row) => row.cells.some((cell) => !cell.empty))
    .map((row) => ({
      key: row.key,
      label: row.key === MEAN_PAY ? payPerYearLabel(document.settings) : row.label,
      cells: row.cells.map((cell) => ({ text: cell.text, best: cell.best })),
    }));
  const cellText = (group: typeof noteGroup, index: number): string[] =>
    (group?.rows ?? []).map((row) => row.cells[index]?.text ?? NONE).filter((t) => t !== NONE);

  return {
    date,
    context: briefContext(document, selectStaying(document, rules)),
    factors: FACTORS.map((factor) => ({
      label: FACTOR_LABELS[factor],
      share: formatPercent(shares[factor]),
    })),
    allWeightsZero: scores.allWeightsZero,
    ranking: ranked.map((row) => {
      const parts = split.get(row.offerId);
      return {
        offerId: row.offerId,
        rank: row.rank,
        company: row.company,
        role: row.role,
        tied: row.tied,
        score: formatScore(row.total),
        split: FACTORS.map((factor) => formatScore(parts?.[factor] ?? 0)),
        bar: parts ? stackSegments(parts).map(({ start, width }) => ({ start, width })) : [],
      };
    }),
    unscored: scores.unscored.map((u) => ({ company: u.company, reason: u.reason })),
    insights: {
      headline: text.headline,
      details: text.details,
      catchUp: text.catchUp.map(({ offerId, company, text }) => ({ offerId, company, text })),
      leftOut: text.leftOut,
    },
    offers: document.offers.map((offer) => ({ offerId: offer.id, company: offer.company })),
    rows,
    notes: document.offers.map((offer, index) => ({
      offerId: offer.id,
      company: offer.company,
      deadline: cellText(deadlineGroup, index)[0] ?? null,
      notes: cellText(noteGroup, index).join('\n'),
    })),
  };
};

/** The brief of one version of the document on one day. */
export const selectBrief = derive(
  (document: TradeoffDocument, rules: TaxRules, date: string) => [
    document,
    rulesInUse(document, rules),
    date,
  ],
  buildBrief,
);

/** Today in words, in the reader's language: "1 December 2026". */
export const briefDate = (today: Date): string =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(today);
