/// <reference lib="webworker" />
/*
 * Tradeoff's service worker: the build's own files, precached so the app opens with no network
 * after one visit. The build writes the list into `self.__WB_MANIFEST` (vite-plugin-pwa's
 * injectManifest); nothing else is cached, nothing from another origin is stored, and the
 * offers (localStorage) are not the worker's business.
 *
 * A new version installs beside the old one and waits until the page asks it in (Reload,
 * src/app/offline.ts), then takes charge of every open page of the app.
 */

interface PrecacheEntry {
  url: string;
  revision: string | null;
}

// A module, so that `self` below is this scope's own declaration.
export {};

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

const MANIFEST = self.__WB_MANIFEST;
const PREFIX = 'tradeoff-precache-';

/** A short fingerprint of the list: a new build is a new cache, the old one is dropped in charge. */
const fingerprint = (entries: readonly PrecacheEntry[]): string => {
  let hash = 0;
  for (const { url, revision } of entries) {
    for (const char of `${url}@${revision ?? ''};`)
      hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  }
  return (hash >>> 0).toString(36);
};

const CACHE = `${PREFIX}${fingerprint(MANIFEST)}`;
const scoped = (url: string) => new URL(url, self.registration.scope).href;
const URLS = new Set(MANIFEST.map(({ url }) => scoped(url)));
const INDEX = scoped('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // Fresh from the network, past the HTTP cache, so a new build never keeps an old file.
      Promise.all([...URLS].map((url) => cache.add(new Request(url, { cache: 'reload' })))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const key =
    request.mode === 'navigate' ? INDEX : url.origin === self.location.origin ? url.href : null;
  if (key === null || (request.mode !== 'navigate' && !URLS.has(key))) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  );
});
