import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { appUrl, sharedBrowser } from './browser';
import { guardContext } from './guard';
import type { Guard } from './guard';

export interface OpenAppOptions {
  /** Path to open, relative to the app's origin. */
  path?: string;
  colorScheme?: 'light' | 'dark';
  /** Defaults to a laptop screen; pass e.g. { width: 390, height: 844 } for a phone. */
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * What the origin's localStorage holds when the context opens, as a returning visitor's
   * browser would: set once, before any page loads (reloads and new tabs do not reset it).
   */
  localStorage?: Record<string, string>;
  /** Runs on the new context before the first page opens, e.g. `context.addInitScript(...)`. */
  prepare?: (context: BrowserContext) => Promise<unknown>;
  /**
   * 'allow' lets the app register its service worker (offline.e2e.ts). Blocked by default: the
   * other journeys test the page itself, each from a fresh start.
   */
  serviceWorkers?: 'allow' | 'block';
  /** Another server of the app (e.g. a copy of dist/ a test changes); the shared one by default. */
  baseURL?: string;
}

export interface OpenApp {
  page: Page;
  context: BrowserContext;
  guard: Guard;
  /** The app's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
}

/** A new, empty context (own storage, own cookies) on the shared browser, with no guard. */
export async function newAppContext(options: OpenAppOptions = {}): Promise<BrowserContext> {
  const browser = await sharedBrowser();
  const contextOptions: BrowserContextOptions = {
    baseURL: options.baseURL ?? appUrl(),
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: 'en-US',
    timezoneId: 'UTC',
    // Blocked unless a test is about it (offline.e2e.ts): a service worker's fetches could
    // bypass the request guard.
    serviceWorkers: options.serviceWorkers ?? 'block',
    storageState: {
      cookies: [],
      origins: options.localStorage
        ? [
            {
              origin: new URL(options.baseURL ?? appUrl()).origin,
              localStorage: Object.entries(options.localStorage).map(([name, value]) => ({
                name,
                value,
              })),
            },
          ]
        : [],
    },
  };
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(10_000);
  return context;
}

/**
 * Opens the production build in a fresh context. When the test ends the context is closed and
 * the test FAILS if any page of it requested another origin, logged a console error or threw.
 * Open more tabs with `context.newPage()`; they are guarded too.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<OpenApp> {
  const context = await newAppContext(options);
  const origin = new URL(options.baseURL ?? appUrl()).origin;
  const guard = await guardContext(context, origin);
  onTestFinished(async () => {
    await context.close();
    guard.assertClean();
  });
  await options.prepare?.(context);
  const page = await context.newPage();
  await page.goto(options.path ?? '/');
  return { page, context, guard, origin };
}
