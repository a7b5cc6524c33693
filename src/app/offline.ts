import type { Notify } from '../store/notices';

/*
 * Offline and updates. The service worker (src/sw/sw.ts, built into sw.js) precaches the built
 * app so that it opens with no network after one visit. This module is loaded after the first
 * render (main.tsx), so it is never first-render JavaScript.
 *
 * A new version never takes over on its own: it waits, and the page says "A new version of
 * Tradeoff is ready" with Reload. Reload saves what is pending first, and while an offer form
 * is open (its typing is not saved until Save) it asks to save or close the form first.
 */

export interface UpdateDeps {
  notify: Notify;
  /** Writes every pending change to storage now (persistence.flush). */
  flush: () => void;
  /** An offer form is open: what is typed there is not in the document yet. */
  isEditing: () => boolean;
}

export const UPDATE_READY = 'A new version of Tradeoff is ready.';
export const UPDATE_AFTER_FORM =
  'A new version of Tradeoff is ready. Save or cancel the offer you are editing, then choose Reload.';

/** Shows the update notice; `activate` is called only once nothing typed can be lost. */
export const promptUpdate = ({ notify, flush, isEditing }: UpdateDeps, activate: () => void) => {
  const reload = () => {
    if (isEditing()) {
      notify({
        message: UPDATE_AFTER_FORM,
        tone: 'info',
        actions: [{ label: 'Reload', onAction: reload }],
      });
      return;
    }
    flush();
    activate();
  };
  notify({ message: UPDATE_READY, tone: 'info', actions: [{ label: 'Reload', onAction: reload }] });
};

export interface UpdateEnvironment {
  /** Loads the page again (window.location.reload). */
  reload: () => void;
  /** The browser's service worker container (navigator.serviceWorker). */
  container?: ServiceWorkerContainer;
}

/**
 * Registers sw.js and offers each new version it finds (on load and when the tab is shown
 * again). When another tab's Reload has let the new version in, this tab is offered Reload
 * too: its old code may ask for files the new version no longer keeps. The first version
 * takes charge of the page that installed it without a word (the same build: nothing to swap).
 */
export async function registerServiceWorker(
  deps: UpdateDeps,
  { reload, container = navigator.serviceWorker }: UpdateEnvironment = {
    reload: () => window.location.reload(),
  },
): Promise<void> {
  if (!container) return;
  // A version was in charge before this page loaded: whatever takes charge later is an update.
  const hadController = container.controller !== null;
  let accepted = false;
  let offered = false;
  let registration: ServiceWorkerRegistration | null = null;
  const activate = () => {
    accepted = true;
    // Still waiting: let it in, and reload once it controls the page. Already in (another
    // tab's Reload): only this page needs loading again.
    if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    else reload();
  };
  const offer = () => {
    if (offered) return;
    offered = true;
    promptUpdate(deps, activate);
  };
  const offerOnceInstalled = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const check = () => {
      if (worker.state === 'installed' && container.controller !== null) offer();
    };
    worker.addEventListener('statechange', check);
    check();
  };
  container.addEventListener('controllerchange', () => {
    if (accepted) reload();
    else if (hadController) offer();
  });
  registration = await container.register(`${import.meta.env.BASE_URL}sw.js`);
  if (registration.waiting && container.controller !== null) offer();
  offerOnceInstalled(registration.installing);
  registration.addEventListener('updatefound', () => offerOnceInstalled(registration!.installing));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration?.update();
  });
}
