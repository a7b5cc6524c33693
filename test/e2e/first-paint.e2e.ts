import { describe, expect, it } from 'vitest';
import { newAppContext, openApp } from './support/app';
import { appUrl, sharedBrowser } from './support/browser';
import { exampleDocument, savedDocument } from './support/documents';

/*
 * index.html holds the first screen, rendered by the app at build time (src/app/static-shell.tsx):
 * the browser paints it before any JavaScript has run, and the app hydrates it: a new visitor's
 * elements become live where they stand. A returning visitor's page is drawn in its place.
 */

declare global {
  interface Window {
    __prerendered?: { heading: Element | null; welcome: Element | null };
  }
}

/** Notes the prerendered elements once the HTML is parsed, before the app's code runs. */
const notePrerendered = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    window.__prerendered = {
      heading: document.querySelector('h1'),
      welcome:
        [...document.querySelectorAll('#root main h2')].find((h) =>
          h.textContent?.startsWith('Choose between'),
        ) ?? null,
    };
  });
};
describe('the first paint', () => {
  it('shows the header and the welcome before any JavaScript runs', async () => {
    const browser = await sharedBrowser();
    const context = await browser.newContext({ baseURL: appUrl(), javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto('/');
      expect(await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).isVisible()).toBe(
        true,
      );
      expect(
        await page
          .getByRole('heading', { name: 'Choose between job offers with a clear head' })
          .isVisible(),
      ).toBe(true);
      expect(await page.getByRole('button', { name: 'Load example offers' }).isVisible()).toBe(
        true,
      );
    } finally {
      await context.close();
    }
  });

  it('shows a returning visitor the header alone, in their theme, until the app has drawn their offers', async () => {
    const context = await newAppContext({
      colorScheme: 'dark',
      localStorage: savedDocument(exampleDocument()),
    });
    try {
      // The app's code never arrives: what is painted is index.html and its inline script.
      await context.route('**/assets/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto('/');
      expect(await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).isVisible()).toBe(
        true,
      );
      expect(
        await page
          .getByRole('heading', { name: 'Choose between job offers with a clear head' })
          .isVisible(),
      ).toBe(false);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    } finally {
      await context.close();
    }
  });

  it('loads the locale data for numbers and dates in a worker while the code downloads', async () => {
    const context = await newAppContext({ localStorage: savedDocument(exampleDocument()) });
    try {
      // The app's code never arrives: the worker is index.html's inline script's alone.
      await context.route('**/assets/*.js', (route) => route.abort());
      const page = await context.newPage();
      // It formats once, then closes itself: nothing of it stays behind in the page.
      const closed = new Promise<void>((resolve) =>
        page.once('worker', (worker) => worker.once('close', () => resolve())),
      );
      await page.goto('/');
      await closed;
      expect(page.workers()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("makes a new visitor's welcome live where it stands, in their theme", async () => {
    const { page } = await openApp({
      colorScheme: 'dark',
      prepare: (context) => context.addInitScript(notePrerendered),
    });
    // The toggle is drawn light at build time; hydrated, it follows the visitor's dark system.
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
    await page.getByRole('button', { name: 'Load example offers' }).click();
    await page.getByRole('list', { name: 'Ranking' }).getByRole('listitem').first().waitFor();
    const kept = await page.evaluate(() => ({
      heading: window.__prerendered?.heading === document.querySelector('h1'),
      welcomeWasThere: window.__prerendered?.welcome?.textContent ?? '',
    }));
    // The same elements, not copies: the app hydrated the page instead of drawing it again.
    expect(kept).toEqual({
      heading: true,
      welcomeWasThere: 'Choose between job offers with a clear head',
    });
    // openApp fails the test on any console or page error: a hydration mismatch would be one.
  });

  it('gives way to the app, which shows the saved offers', async () => {
    const context = await newAppContext({ localStorage: savedDocument(exampleDocument()) });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('list', { name: 'Ranking' }).getByRole('listitem').first().waitFor();
      expect(await page.getByRole('list', { name: 'Ranking' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => 'saved' in document.documentElement.dataset)).toBe(false);
      expect(
        await page
          .getByRole('heading', { name: 'Choose between job offers with a clear head' })
          .count(),
      ).toBe(0);
    } finally {
      await context.close();
    }
  });
});
