import { useSyncExternalStore } from 'react';
import type { TradeoffDocument } from '../domain/core';
import { useAppState } from './app-context';
import type { DocumentStore } from './document-store';
import { selectScores, type DocumentScores } from './scores';

export const useDocumentStore = (): DocumentStore => useAppState().document;

/** The current document; re-renders when it changes. */
export const useDocument = (): TradeoffDocument => {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, store.getDocument, store.getDocument);
};

/** Scores and ranking of the current document, computed once per change. */
export const useScores = (): DocumentScores => selectScores(useDocument());
