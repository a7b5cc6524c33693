import { useSyncExternalStore } from 'react';
import { useDocumentStore } from '../../store/document-context';
import type { DocumentStore } from '../../store/document-store';

/** What the offer editor is doing: nothing, a new offer, or editing one offer. */
export type EditorTarget =
  { mode: 'new'; session: number } | { mode: 'edit'; offerId: string; session: number };

interface EditorStore {
  get: () => EditorTarget | null;
  set: (target: EditorTarget | null) => void;
  subscribe: (listener: () => void) => () => void;
}

const createEditorStore = (): EditorStore => {
  let target: EditorTarget | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => target,
    set(next) {
      target = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};

/*
 * The Add offer button, the cards and the editor sit in different parts of the
 * page, all under one DocumentStoreProvider: they share the editor's state
 * through a small store kept per document store, so every app (and every
 * test) starts with the editor closed.
 */
const stores = new WeakMap<DocumentStore, EditorStore>();
let sessions = 0;

const editorStoreFor = (documentStore: DocumentStore): EditorStore => {
  let store = stores.get(documentStore);
  if (!store) {
    store = createEditorStore();
    stores.set(documentStore, store);
  }
  return store;
};

export const useOfferEditor = () => {
  const editor = editorStoreFor(useDocumentStore());
  const target = useSyncExternalStore(editor.subscribe, editor.get, editor.get);
  return {
    target,
    openNew: () => editor.set({ mode: 'new', session: ++sessions }),
    openEdit: (offerId: string) => editor.set({ mode: 'edit', offerId, session: ++sessions }),
    close: () => editor.set(null),
  };
};
