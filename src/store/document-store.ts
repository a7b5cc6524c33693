import type { TradeoffDocument } from '../domain';

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
  let current = initial;
  const listeners = new Set<DocumentListener>();

  const set = (next: TradeoffDocument, source: ChangeSource) => {
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener(current, source);
  };

  return {
    getDocument: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: (recipe) => set(recipe(current), 'local'),
    replace: (document, source = 'local') => set(document, source),
  };
};
