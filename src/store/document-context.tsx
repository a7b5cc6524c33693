import { useSyncExternalStore } from 'react';
import type { TradeoffDocument } from '../domain/document/schema';
import { useAppState } from './app-context';
import type { DocumentStore } from './document-store';
import { selectScores, type DocumentScores } from './scores';
import type { TaxRules } from '../domain/tax/rules';
import type { TaxRulesState } from './tax-rules';
import { useStore } from './use-store';

export const useDocumentStore = (): DocumentStore => useAppState().document;

/** The current document; re-renders when it changes. */
export const useDocument = (): TradeoffDocument => {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, store.getDocument, store.getDocument);
};

/** The tax rules loaded so far; re-renders when more load. */
export const useTaxRules = (): TaxRules => useStore(useAppState().taxRules, rulesOf);

/** The whole tax-rules state: what has loaded, what is loading, what failed. */
export const useTaxRulesState = (): TaxRulesState => useStore(useAppState().taxRules);

const rulesOf = (state: TaxRulesState) => state.rules;

/** Scores and ranking of the current document, computed once per change of it or of the rules. */
export const useScores = (): DocumentScores => selectScores(useDocument(), useTaxRules());
