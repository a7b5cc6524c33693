import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import type { AppState } from '../store/app-state';
import { App } from './app';

/**
 * Once the app has drawn its first screen, index.html's hiding of the prerendered welcome for
 * a visitor with saved offers (`data-saved`) has done its work.
 */
function Started({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    delete document.documentElement.dataset.saved;
  }, []);
  return children;
}

/**
 * The app's whole tree, the same for the page (main.tsx) and the build's prerendered welcome
 * (static-shell.tsx), so that a new visitor's page is hydrated from the welcome it shows.
 */
export const appRoot = (app: AppState) => (
  <StrictMode>
    <Started>
      <App app={app} />
    </Started>
  </StrictMode>
);
