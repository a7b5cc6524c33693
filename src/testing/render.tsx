import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createDocument, type TradeoffDocument } from '../domain';
import { DocumentStoreProvider } from '../store/document-context';
import { createDocumentStore, type DocumentStore } from '../store/document-store';

export interface RenderWithStoreResult extends RenderResult {
  /** The store the UI reads and writes: assert on `store.getDocument()`. */
  store: DocumentStore;
  /** A user-event instance without typing delays, so long forms stay fast. */
  user: ReturnType<typeof userEvent.setup>;
}

/**
 * Renders `ui` inside a DocumentStoreProvider holding `document` (an empty
 * document by default), the way the app does.
 */
export const renderWithStore = (
  ui: ReactElement,
  document: TradeoffDocument = createDocument(),
): RenderWithStoreResult => {
  const store = createDocumentStore(document);
  const user = userEvent.setup({ delay: null });
  const result = render(<DocumentStoreProvider store={store}>{ui}</DocumentStoreProvider>);
  return { ...result, store, user };
};
