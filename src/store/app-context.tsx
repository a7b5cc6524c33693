import { createContext, useContext, type ReactNode } from 'react';
import type { AppState } from './app-state';
import type { Notice, Notify } from './notices';
import { useStore } from './use-store';

const AppStateContext = createContext<AppState | null>(null);

export function AppStateProvider({ app, children }: { app: AppState; children: ReactNode }) {
  return <AppStateContext.Provider value={app}>{children}</AppStateContext.Provider>;
}

/** The running app's stores (see app-state.ts). */
export const useAppState = (): AppState => {
  const app = useContext(AppStateContext);
  if (!app) throw new Error('useAppState must be used inside <AppStateProvider>');
  return app;
};

/** The status messages shown now, oldest first. */
export const useNotices = (): readonly Notice[] => useStore(useAppState().notices.list);

/** Shows a status message (see notices.ts); returns its id. */
export const useNotify = (): Notify => useAppState().notices.notify;
