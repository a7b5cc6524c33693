import type { TradeoffDocument } from '../domain/document/schema';
import { useAppState } from './app-context';
import type { DocumentStore } from './document-store';
import { selectScores, type DocumentScores } from './scores';
import type { TaxRules } from '../domain/tax/rules';
import type { TaxRulesState } from './tax-rules';
import { useStore } from './use-store';

export const useDocumentStore = (): DocumentStore => useAppState().document;

/**
 * The current document, or the part `select` picks of it (a setting, a
 * count, a list the document holds): re-renders only when that part
 * changes, so a component reading `offers` skips every weight step.
 */
export function useDocument(): TradeoffDocument;
export function useDocument<S>(select: (document: TradeoffDocument) => S): S;
export function useDocument<S>(select?: (document: TradeoffDocument) => S): TradeoffDocument | S {
  const store = useDocumentStore();
  return useStore<TradeoffDocument, TradeoffDocument | S>(store, select ?? identity);
}

const identity = (document: TradeoffDocument): TradeoffDocument => document;

/** The tax rules loaded so far; re-renders when more load. */
export const useTaxRules = (): TaxRules => useStore(useAppState().taxRules, rulesOf);

/** The whole tax-rules state: what has loaded, what is loading, what failed. */
export const useTaxRulesState = (): TaxRulesState => useStore(useAppState().taxRules);

const rulesOf = (state: TaxRulesState) => state.rules;

/** Scores and ranking of the current document, computed once per change of it or of the rules. */
export const useScores = (): DocumentScores => selectScores(useDocument(), useTaxRules());
