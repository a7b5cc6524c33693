import type { TradeoffDocument, Weights } from '../../domain/document/schema';
import { netCompensationWith } from '../../domain/tax/net-compensation';
import type { TaxRules } from '../../domain/tax/rules';
import { derive, keepEqual } from '../../lib/derive';
import { rulesInUse, selectScores } from '../../store/scores';
import {
  scoreBasis,
  selectBasisScores,
  selectScoringBasis,
  type ScoringBasis,
} from '../../store/scoring-basis';
import {
  CHART_OFFER_LIMIT,
  contributionRows,
  drawnOfferIds,
  factorRows,
  onlyDrawn,
  yearlyChartData,
  type FactorRow,
  type OfferSeries,
} from './chart-data';

/*
 * The rows of the three comparison charts, each cached on what it depends on
 * (see src/lib/derive.ts). A weight drag makes a new document: the
 * contributions follow it, while the factor scores and the pay year by year
 * do not depend on the weights, so their charts get the same rows and skip
 * their redraw.
 */

/** Ranked totals split by factor: they move with every weight. */
export const selectContributions = derive(
  (document: TradeoffDocument, rules: TaxRules) => [document, rulesInUse(document, rules)],
  (document, rules) =>
    contributionRows(
      selectScores(document, rules).ranked.slice(0, CHART_OFFER_LIMIT),
      document.settings.weights,
    ),
);

/** Past the limit, which offers are drawn follows the ranking, and so the weights. */
const weightsIfMany = (document: TradeoffDocument): Weights | null =>
  document.offers.length > CHART_OFFER_LIMIT ? document.settings.weights : null;

const sameSeries = (a: readonly OfferSeries[], b: readonly OfferSeries[]) =>
  a.length === b.length && a.every((s, i) => s.offerId === b[i]!.offerId && s.key === b[i]!.key);

/** Every scored offer's factor scores as chart rows, once per scoring basis. */
const selectFactorRows = derive(
  (basis: ScoringBasis) => [basis],
  (basis) => factorRows(basis.offers, selectBasisScores(basis).byId),
);

/**
 * Every drawn offer's factor scores. They depend on the offers and on every
 * setting but the factor weights (pay is compared in the display currency
 * over the horizon, after tax with the rules in use; ratings through the
 * criterion weights); past the limit the weights choose which offers are
 * drawn, and an unchanged choice keeps the same rows.
 */
export const selectFactorChart = keepEqual(
  derive(
    (document: TradeoffDocument, rules: TaxRules) => [
      selectScoringBasis(document, rules),
      weightsIfMany(document),
    ],
    (basis, weights): { series: OfferSeries[]; rows: FactorRow[] } => {
      const all = selectFactorRows(basis);
      const drawn = weights && drawnOfferIds(scoreBasis(basis, weights).ranked);
      return { rows: all.rows, series: onlyDrawn(all.series, drawn) };
    },
  ),
  (a, b) => a.rows === b.rows && sameSeries(a.series, b.series),
);

/**
 * Pay year by year of the best-paid offers (past the limit): the weights
 * change neither the amounts nor which offers are best paid. After tax, with
 * each offer's tax and contributions from the tax rules in use.
 */
export const selectYearlyChart = derive(
  (document: TradeoffDocument, rules: TaxRules, adjusted: boolean) => [
    selectScoringBasis(document, rules),
    adjusted,
  ],
  (basis, adjusted) => {
    const { offers, settings, rules } = basis;
    const all = yearlyChartData(
      offers,
      settings,
      { adjusted },
      settings.compareOn === 'net'
        ? (offer) =>
            // What tax takes, less any pension counted as savings: the chart's net is the ranking's.
            netCompensationWith(rules, offer, settings)?.years.map((y) => y.gross - y.net) ?? null
        : undefined,
    );
    const bestPaid = drawnOfferIds(
      [...selectBasisScores(basis).scored].sort((a, b) => b.meanCompensation - a.meanCompensation),
    );
    return { ...all, offers: onlyDrawn(all.offers, bestPaid) };
  },
);
