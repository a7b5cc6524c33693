import { renderToString } from 'react-dom/server';
import { createDocument } from '../domain/document/factory';
import { createAppState } from '../store/app-state';
import { appRoot } from './root';

/**
 * The first screen of a new visitor (the header and the welcome) as HTML, for
 * index.html at build time (vite.config.ts, `prerender`): the browser paints
 * it before any JavaScript has arrived, and the app hydrates it (main.tsx):
 * the same elements become live, nothing is drawn again. It is the app's own
 * tree rendered with an empty document, so it cannot drift from what the app
 * shows. A returning visitor's saved offers are not known at build time:
 * index.html hides this welcome for them (`data-saved`), shows the header
 * alone, and the app draws their page in its place.
 */
export const renderStaticShell = (): string =>
  renderToString(appRoot(createAppState({ document: createDocument() })));
