import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createDocument, type TaxRules, type TradeoffDocument } from '../domain';
import { AppStateProvider } from '../store/app-context';
import { createAppState, type AppState, type PersistenceControl } from '../store/app-state';
import type { DocumentStore } from '../store/document-store';

export interface RenderWithStoreResult extends RenderResult {
  /** The store the UI reads and writes: assert on `store.get()`. */
  store: DocumentStore;
  /** Every store of this render (notices, dialogs, editor, storage status): fresh each time. */
  app: AppState;
  /** A user-event instance without typing delays, so long forms stay fast. */
  user: ReturnType<typeof userEvent.setup>;
}

/**
 * Renders `ui` inside an AppStateProvider holding `document` (an empty
 * document by default) and `taxRules` (none by default: tests that compare
 * after tax pass `ALL_TAX_RULES`), the way the app does. Each call makes new stores, so
 * no message, dialog or editor state leaks from one test into the next.
 */
export const renderWithStore = (
  ui: ReactElement,
  document: TradeoffDocument = createDocument(),
  { persistence, taxRules }: { persistence?: PersistenceControl; taxRules?: TaxRules } = {},
): RenderWithStoreResult => {
  const app = createAppState({ document, persistence, taxRules });
  const user = userEvent.setup({ delay: null });
  // A wrapper, not a parent element: `rerender` keeps the same stores around the new ui.
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppStateProvider app={app}>{children}</AppStateProvider>
  );
  const result = render(ui, { wrapper });
  return { ...result, store: app.document, app, user };
};
