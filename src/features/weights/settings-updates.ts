import { createSettings } from '../../domain/document/factory';
import type {
  CriterionWeights,
  Factor,
  RatedFactor,
  Settings,
  TradeoffDocument,
  Weights,
} from '../../domain/document/schema';

/*
 * Recipes for the document store: each returns the same document when
 * nothing changes, so the store does not notify (and nothing re-renders).
 */

const withSettings = (doc: TradeoffDocument, settings: Settings): TradeoffDocument =>
  settings === doc.settings ? doc : { ...doc, settings };

export const setFactorWeight = (
  doc: TradeoffDocument,
  factor: Factor,
  value: number,
): TradeoffDocument =>
  doc.settings.weights[factor] === value
    ? doc
    : withSettings(doc, {
        ...doc.settings,
        weights: { ...doc.settings.weights, [factor]: value },
      });

export const setWeights = (doc: TradeoffDocument, weights: Weights): TradeoffDocument => {
  const current = doc.settings.weights;
  const same = (Object.keys(weights) as Factor[]).every((f) => current[f] === weights[f]);
  return same ? doc : withSettings(doc, { ...doc.settings, weights: { ...weights } });
};

export const setHorizon = (doc: TradeoffDocument, years: number): TradeoffDocument =>
  doc.settings.horizonYears === years
    ? doc
    : withSettings(doc, { ...doc.settings, horizonYears: years });

export const setCriterionWeight = (
  doc: TradeoffDocument,
  factor: RatedFactor,
  criterion: string,
  value: number,
): TradeoffDocument => {
  const group: Record<string, number> = doc.settings.criterionWeights[factor];
  if (!Object.hasOwn(group, criterion) || group[criterion] === value) return doc;
  return withSettings(doc, {
    ...doc.settings,
    criterionWeights: {
      ...doc.settings.criterionWeights,
      [factor]: { ...group, [criterion]: value },
    } as CriterionWeights,
  });
};

/** Every criterion counts the same again (the schema's defaults). */
export const resetCriterionWeights = (doc: TradeoffDocument): TradeoffDocument => {
  const defaults = createSettings().criterionWeights;
  const current = doc.settings.criterionWeights;
  const same = (Object.keys(defaults) as RatedFactor[]).every((factor) =>
    Object.entries(defaults[factor]).every(
      ([criterion, w]) => (current[factor] as Record<string, number>)[criterion] === w,
    ),
  );
  return same ? doc : withSettings(doc, { ...doc.settings, criterionWeights: defaults });
};

export const setExchangeRate = (
  doc: TradeoffDocument,
  currency: string,
  rate: number,
): TradeoffDocument =>
  doc.settings.exchangeRates[currency] === rate
    ? doc
    : withSettings(doc, {
        ...doc.settings,
        exchangeRates: { ...doc.settings.exchangeRates, [currency]: rate },
      });

/**
 * Switches the display currency. Rates say how many display-currency units
 * one unit of another currency buys, so they are re-expressed in the new
 * currency when its own rate is known (USD→EUR with 1 EUR = 1.08 USD makes
 * 1 USD = 0.926 EUR). Rates that cannot be re-expressed are dropped and
 * reported, because keeping them would silently convert at the wrong rate.
 */
export const changeDisplayCurrency = (
  doc: TradeoffDocument,
  next: string,
): { doc: TradeoffDocument; dropped: string[] } => {
  const { currency: previous, exchangeRates } = doc.settings;
  if (next === previous) return { doc, dropped: [] };
  const pivot = Object.hasOwn(exchangeRates, next) ? exchangeRates[next] : undefined;
  const rates: Record<string, number> = {};
  const dropped: string[] = [];
  for (const [code, rate] of Object.entries(exchangeRates)) {
    if (code === next) continue;
    if (pivot === undefined) dropped.push(code);
    else rates[code] = rate / pivot;
  }
  if (pivot !== undefined) rates[previous] = 1 / pivot;
  return {
    doc: withSettings(doc, { ...doc.settings, currency: next, exchangeRates: rates }),
    dropped,
  };
};
