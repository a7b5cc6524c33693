import type { TradeoffDocument } from '../domain/document/schema';
import { createStore } from './create-store';

/**
 * Where a change came from. `local`: the person did something in this tab, so
 * it must be saved. `external`: it was loaded (start-up, another tab, an
 * import already saved elsewhere), so saving it again is not needed.
 */
export type ChangeSource = 'local' | 'external';

export type DocumentListener = (document: TradeoffDocument, source: ChangeSource) => void;

/**
 * The one store of the user's document. Framework-free: React reads it with
 * useSyncExternalStore, the storage layer subscribes to persist it.
 */
export interface DocumentStore {
  getDocument(): TradeoffDocument;
  subscribe(listener: DocumentListener): () => void;
  /** A change made by the person in this tab. */
  update(recipe: (current: TradeoffDocument) => TradeoffDocument): void;
  /** Swaps the whole document, e.g. after loading or importing. */
  replace(document: TradeoffDocument, source?: ChangeSource): void;
}

export const createDocumentStore = (initial: TradeoffDocument): DocumentStore => {
  // The source travels with the document so that every listener learns both.
  const state = createStore<{ document: TradeoffDocument; source: ChangeSource }>({
    document: initial,
    source: 'external',
  });
  const getDocument = () => state.get().document;
  const set = (document: TradeoffDocument, source: ChangeSource) => {
    if (document !== getDocument()) state.set({ document, source });
  };

  return {
    getDocument,
    subscribe: (listener) =>
      state.subscribe(() => {
        const { document, source } = state.get();
        listener(document, source);
      }),
    update: (recipe) => set(recipe(getDocument()), 'local'),
    replace: (document, source = 'local') => set(document, source),
  };
};
