import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBareChromium } from './bare-chromium';
import type { BareChromium } from './bare-chromium';
import { appUrl } from './browser';

describe('the Chromium the phone bench drives without Playwright', () => {
  let browser: BareChromium;

  beforeAll(async () => {
    browser = await launchBareChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('opens the app and reads what its page shows', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(appUrl());
      const heading = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const read = () => {
              const text = document.querySelector('h1')?.textContent;
              if (text) resolve(text);
              else setTimeout(read, 50);
            };
            read();
          }),
        null,
      );
      expect(heading).toBe('Tradeoff');
      expect(await page.evaluate(() => [innerWidth, innerHeight], null)).toEqual([390, 844]);
    } finally {
      await page.close();
    }
  });

  it('runs the init script before the page’s own scripts', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      initScript: 'window.__before = document.scripts.length;',
    });
    try {
      await page.goto(appUrl());
      expect(await page.evaluate(() => (window as { __before?: number }).__before, null)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('gives each page storage of its own', async () => {
    const first = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const second = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await first.goto(new URL('/storage-only', appUrl()).href);
      await first.evaluate((value) => localStorage.setItem('seen', value), 'yes');
      await second.goto(new URL('/storage-only', appUrl()).href);

      expect(await first.evaluate(() => localStorage.getItem('seen'), null)).toBe('yes');
      expect(await second.evaluate(() => localStorage.getItem('seen'), null)).toBeNull();
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('rejects with the page’s error when a script throws', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(new URL('/storage-only', appUrl()).href);
      await expect(
        page.evaluate(() => {
          throw new Error('the page said no');
        }, null),
      ).rejects.toThrow(/the page said no/);
    } finally {
      await page.close();
    }
  });
});
