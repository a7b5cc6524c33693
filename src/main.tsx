import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { appRoot } from './app/root';
import { applyTheme } from './app/theme';
import './app/styles.css';
import { createPersistence } from './storage/persistence';
import { browserStorage } from './storage/storage-access';
import { loadThemePreference } from './storage/theme-preference';
import { createAppState } from './store/app-state';
import { watchTaxRules } from './store/tax-rules';
import { createNotices } from './store/notices';
import { importRetrying } from './lib/import-retrying';
import { nextTask, whenIdle } from './lib/slices';
import { compensationSchema, documentSchema } from './domain/document/schema';

applyTheme(loadThemePreference());

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
// index.html's inline script marks a page whose origin holds saved offers.
const hasSaved = 'saved' in document.documentElement.dataset;

// A new visitor's first screen is index.html's prerendered welcome, the app's own first render:
// it is hydrated, its elements made live where they stand. A returning visitor's saved offers
// (or a page without the prerender, the dev server) are drawn afresh.
// A first render that differs from the build's anyway (storage refused, a share link to preview)
// is drawn afresh by React, as createRoot would: expected, not an error to report.
const differsFromBuild = (error: unknown) =>
  error instanceof Error && /#418|#423|#425|Hydration/.test(error.message);
/** Loads (read → parse → migrate → validate), then renders and saves every local change. */
async function start(root: HTMLElement) {
  const notices = createNotices();
  const persistence = createPersistence({
    storage: browserStorage,
    windowTarget: window,
    documentTarget: document,
    onNotice: (message, actions) => notices.notify({ message, tone: 'info', actions }),
  });
  // The saved document has been read and checked; the stores and the first render start in the
  // next task, so that neither makes a long one on a phone (docs/performance.md).
  if (hasSaved) await nextTask();
  // The app's one set of stores: the document, messages, dialogs, editor and storage status.
  const app = createAppState({ document: persistence.initialDocument, persistence, notices });
  persistence.connect(app.document);
  // Tax rules load only when an offer names a tax place or offers are compared after tax.
  watchTaxRules(app.document, app.taxRules);

  // In a transition, React works out the first render in slices of a few milliseconds, with the
  // browser free to handle input between them, instead of one long task: on a phone's slower CPU,
  // 70 ms to hydrate the welcome, hundreds to draw saved offers (docs/performance.md).
  startTransition(() => {
    if (root.firstElementChild && !hasSaved && !location.hash)
      hydrateRoot(root, appRoot(app), {
        onRecoverableError: (error) => {
          if (!differsFromBuild(error)) reportError(error);
        },
      });
    else createRoot(root).render(appRoot(app));
  });

  // Offline: the service worker is registered once the page is idle, in code loaded then, so it
  // never delays the first render. Without it (dev server, a browser that refuses) the app works
  // as before, online only.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    whenIdle(() => {
      importRetrying(() => import('./app/offline'))
        .then(({ registerServiceWorker }) =>
          registerServiceWorker({
            notify: notices.notify,
            flush: persistence.flush,
            isEditing: () => app.editor.get().target !== null,
          }),
        )
        .catch(() => {
          // No offline copy this time; the app itself is unaffected and tries again next visit.
        });
    }, 1000);
  }
}

// Nothing heavy happens before the first render: no charts, no scoring. The saved document is
// read in a task of its own, after the one that evaluated the code: on a phone's slower CPU each
// is about 100 ms, together a task that kept input waiting twice as long. With saved offers the
// document's schema, which checks them, is built before it in two tasks, the pay's part and then
// the rest: about half each (docs/performance.md); a new visitor's start waits for neither.
// (A function after nextTask(), not a top-level await: with one, the bundler splits its runtime
// and react-hook-form into chunks of their own.)
const schemaParts: (() => unknown)[] = hasSaved ? [compensationSchema, documentSchema] : [];
let ready = nextTask();
for (const part of schemaParts) ready = ready.then(part).then(nextTask);
void ready.then(() => start(root));
