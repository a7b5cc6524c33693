import type { TradeoffDocument } from '../domain/document/schema';
import { createStore, type ReadableStore } from './create-store';

/**
 * Where a change came from. `local`: the person did something in this tab, so
 * it must be saved. `external`: it was loaded (start-up, another tab, an
 * import already saved elsewhere), so saving it again is not needed.
 */
export type ChangeSource = 'local' | 'external';

export type DocumentListener = (document: TradeoffDocument, source: ChangeSource) => void;

/**
 * The one store of the user's document, shaped like every other store
 * (`get`, `set`, `update`, `subscribe`), so `useStore(store, select)` reads
 * one slice of it; each change also says where it came from. Framework-free:
 * the storage layer subscribes to persist it.
 */
export interface DocumentStore extends ReadableStore<TradeoffDocument> {
  subscribe(listener: DocumentListener): () => void;
  /** A change made by the person in this tab. */
  update(recipe: (current: TradeoffDocument) => TradeoffDocument): void;
  /** Swaps the whole document: `local` (the default) to be saved, `external` already stored. */
  set(document: TradeoffDocument, source?: ChangeSource): void;
}

export const createDocumentStore = (initial: TradeoffDocument): DocumentStore => {
  // The source travels with the document so that every listener learns both.
  const state = createStore<{ document: TradeoffDocument; source: ChangeSource }>({
    document: initial,
    source: 'external',
  });
  const get = () => state.get().document;
  const set = (document: TradeoffDocument, source: ChangeSource = 'local') => {
    if (document !== get()) state.set({ document, source });
  };

  return {
    get,
    subscribe: (listener) =>
      state.subscribe(() => {
        const { document, source } = state.get();
        listener(document, source);
      }),
    update: (recipe) => set(recipe(get()), 'local'),
    set,
  };
};
