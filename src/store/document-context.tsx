import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { TradeoffDocument } from '../domain';
import type { DocumentStore } from './document-store';
import { selectScores, type DocumentScores } from './scores';

const DocumentStoreContext = createContext<DocumentStore | null>(null);

export function DocumentStoreProvider({
  store,
  children,
}: {
  store: DocumentStore;
  children: ReactNode;
}) {
  return <DocumentStoreContext.Provider value={store}>{children}</DocumentStoreContext.Provider>;
}

export const useDocumentStore = (): DocumentStore => {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('useDocumentStore must be used inside <DocumentStoreProvider>');
  return store;
};

/** The current document; re-renders when it changes. */
export const useDocument = (): TradeoffDocument => {
  const store = useDocumentStore();
  return useSyncExternalStore(store.subscribe, store.getDocument, store.getDocument);
};

/** Scores and ranking of the current document, computed once per change. */
export const useScores = (): DocumentScores => selectScores(useDocument());
