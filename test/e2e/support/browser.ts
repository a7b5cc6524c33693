import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import './provided';

let connection: Promise<Browser> | undefined;

/** The shared Chromium, connected once per test file. */
export function sharedBrowser(): Promise<Browser> {
  connection ??= chromium.connect(inject('browserEndpoint'));
  return connection;
}

/** Drops this file's connection; the browser itself belongs to the global setup. */
export async function disconnectBrowser(): Promise<void> {
  const pending = connection;
  connection = undefined;
  if (pending) await (await pending).close();
}

/** Where the production build is served. */
export function appUrl(): string {
  return inject('appUrl');
}
