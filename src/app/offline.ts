import { Workbox } from 'workbox-window';
import type { Notify } from '../store/notices';

/*
 * Offline and updates. The service worker (sw.js, made by vite-plugin-pwa at build time)
 * precaches the built app so that it opens with no network after one visit. This module is
 * loaded after the first render (main.tsx), so neither it nor workbox-window (bundled with it) is
 * first-render JavaScript.
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
}

/**
 * Registers sw.js and offers each new version it finds (on load and when the tab is shown
 * again). When another tab's Reload has let the new version in, this tab is offered Reload
 * too: its old code may ask for files the new version no longer keeps.
 */
export async function registerServiceWorker(
  deps: UpdateDeps,
  { reload }: UpdateEnvironment = { reload: () => window.location.reload() },
): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  let accepted = false;
  let offered = false;
  const found: { registration?: ServiceWorkerRegistration } = {};
  const activate = () => {
    accepted = true;
    // Still waiting: let it in, and reload once it controls the page. Already in (another
    // tab's Reload): only this page needs loading again.
    if (found.registration?.waiting) workbox.messageSkipWaiting();
    else reload();
  };
  const offer = () => {
    if (offered) return;
    offered = true;
    promptUpdate(deps, activate);
  };
  workbox.addEventListener('waiting', offer);
  workbox.addEventListener('controlling', (event) => {
    if (accepted) reload();
    // isUpdate: a version controlled this page before (the first install claims it silently).
    else if (event.isUpdate) offer();
  });
  found.registration = await workbox.register();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update();
  });
}
