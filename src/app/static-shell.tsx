import { renderToString } from 'react-dom/server';
import { createDocument } from '../domain/document/factory';
import { createAppState } from '../store/app-state';
import { App } from './app';

/**
 * The first screen of a new visitor (the header and the welcome) as HTML, for
 * index.html at build time (vite.config.ts, `prerender`): the browser paints
 * it before any JavaScript has arrived, and the app replaces it with the same
 * picture on its first render. It is the app itself rendered with an empty
 * document, so it cannot drift from what the app shows. A returning visitor's
 * saved offers are not known at build time: index.html hides this welcome
 * for them (`data-saved`) and shows the header alone until the app is there.
 */
export const renderStaticShell = (): string =>
  `<div data-static>${renderToString(<App app={createAppState({ document: createDocument() })} />)}</div>`;
