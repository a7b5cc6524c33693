import { taxRulesVersion, type TradeoffDocument } from '../../domain/core';
import { loadedTaxRules, netCompensationWith } from '../../domain/tax/load';
import { derive } from '../../lib/derive';
import { selectScores } from '../../store/scores';
import {
  CHART_OFFER_LIMIT,
  contributionRows,
  drawnOfferIds,
  factorRows,
  onlyDrawn,
  yearlyChartData,
} from './chart-data';

/*
 * The rows of the three comparison charts, each cached on what it depends on
 * (see src/lib/derive.ts). A weight drag makes a new document: the
 * contributions follow it, while the factor scores and the pay year by year
 * do not depend on the weights, so their charts get the same rows and skip
 * their redraw.
 */

/** The best-ranked offers past the limit, as one value for a selector's inputs. */
const drawnKey = (document: TradeoffDocument): string =>
  JSON.stringify(drawnOfferIds(selectScores(document).ranked));

/** Ranked totals split by factor: they move with every weight. */
export const selectContributions = derive(
  (document: TradeoffDocument) => [document],
  (document) =>
    contributionRows(
      selectScores(document).ranked.slice(0, CHART_OFFER_LIMIT),
      document.settings.weights,
    ),
);

/**
 * Every drawn offer's factor scores. They depend on the offers and on every
 * setting but the factor weights (pay is compared in the display currency
 * over the horizon; ratings through the criterion weights), and the weights
 * only choose which offers are drawn.
 */
export const selectFactorChart = derive(
  (document: TradeoffDocument) => {
    const { horizonYears, currency, exchangeRates, criterionWeights } = document.settings;
    return [
      document.offers,
      horizonYears,
      currency,
      exchangeRates,
      criterionWeights,
      drawnKey(document),
    ];
  },
  (document) => {
    const scores = selectScores(document);
    const all = factorRows(document, scores.byId);
    return { ...all, series: onlyDrawn(all.series, drawnOfferIds(scores.ranked)) };
  },
);

/**
 * Pay year by year of the best-paid offers (past the limit): the weights
 * change neither the amounts nor which offers are best paid. After tax, with
 * each offer's tax and contributions from the tax rules loaded so far.
 */
export const selectYearlyChart = derive(
  (document: TradeoffDocument, adjusted: boolean) => {
    const { horizonYears, currency, exchangeRates, compareOn, household, taxYear } =
      document.settings;
    const inputs = [document.offers, horizonYears, currency, exchangeRates, adjusted, compareOn];
    return compareOn === 'net' ? [...inputs, household, taxYear, taxRulesVersion()] : inputs;
  },
  (document, adjusted) => {
    const { offers, settings } = document;
    const all = yearlyChartData(
      offers,
      settings,
      { adjusted },
      settings.compareOn === 'net'
        ? (offer) =>
            netCompensationWith(loadedTaxRules(), offer, settings)?.years.map(
              (y) => y.incomeTax + y.social,
            ) ?? null
        : undefined,
    );
    const bestPaid = drawnOfferIds(
      [...selectScores(document).scored].sort((a, b) => b.meanCompensation - a.meanCompensation),
    );
    return { ...all, offers: onlyDrawn(all.offers, bestPaid) };
  },
);
