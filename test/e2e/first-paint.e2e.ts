import { describe, expect, it } from 'vitest';
import { newAppContext } from './support/app';
import { appUrl, sharedBrowser } from './support/browser';
import { exampleDocument, savedDocument } from './support/documents';

/*
 * index.html holds the first screen, rendered by the app at build time (src/app/static-shell.tsx):
 * the browser paints it before any JavaScript has run, and the app takes over on its first render.
 */
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

  it('gives way to the app, which shows the saved offers', async () => {
    const context = await newAppContext({ localStorage: savedDocument(exampleDocument()) });
    try {
      const page = await context.newPage();
      await page.goto('/');
      await page.getByRole('list', { name: 'Ranking' }).getByRole('listitem').first().waitFor();
      expect(await page.locator('[data-static]').count()).toBe(0);
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
