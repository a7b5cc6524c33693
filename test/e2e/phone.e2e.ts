import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { rankingList, scrollToEveryPanel, scrollToPanel } from './support/pages';

const PHONE = { width: 360, height: 760 };

const openPhone = (colorScheme: 'light' | 'dark' = 'light') =>
  openApp({ colorScheme, viewport: PHONE, localStorage: savedDocument(exampleDocument(4)) });

/** Names of bar charts whose text is cut (wider than its box) or overflows the page. */
const cutNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.bar-name, .rank-peek li b')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 360)
      .map((el) => el.textContent),
  );

describe('on a phone (360 px)', () => {
  it('keeps the top three and their scores in view while a slider moves', async () => {
    const { page } = await openPhone();
    await rankingList(page).waitFor();
    const strip = page.locator('.rank-peek');
    const slider = page.getByRole('slider', { name: 'Work-life balance' });
    await slider.scrollIntoViewIfNeeded();
    // Scrolled so that the ranking and the top of the weights are far above the screen.
    await page.evaluate(() => window.scrollBy(0, 200));
    expect(await rankingList(page).boundingBox()).toSatisfy(
      (box: { y: number; height: number } | null) => box !== null && box.y + box.height < 0,
    );
    await slider.fill('100');
    const box = await strip.boundingBox();
    expect(box?.y).toBe(0);
    expect(await strip.locator('li').count()).toBe(3);
    expect(await strip.locator('li').first().textContent()).toMatch(/\d+\.\d$/);
    // It covers no slider: the one moved sits below it.
    const sliderBox = await slider.boundingBox();
    expect(sliderBox!.y).toBeGreaterThanOrEqual(box!.y + box!.height);
  });

  it('loads and draws the panels below the ranking and the weights as they are scrolled to', async () => {
    // Every request from the first, the page's own files included.
    const requested: string[] = [];
    const { page } = await openApp({
      viewport: PHONE,
      localStorage: savedDocument(exampleDocument(4)),
      prepare: async (context) =>
        context.on('request', (request) => requested.push(new URL(request.url()).pathname)),
    });
    await rankingList(page).waitFor();
    await page.getByRole('slider', { name: 'Culture' }).waitFor();
    const insights = page.getByRole('region', { name: 'Insights' });
    // Two screens down, the Insights hold their place with their heading, and nothing is loaded.
    expect(await insights.getAttribute('aria-busy')).toBe('true');
    expect(await page.getByRole('figure', { name: /Chance of coming first/ }).count()).toBe(0);
    expect(requested.filter((path) => path.includes('insights'))).toEqual([]);

    await scrollToPanel(page, 'Insights');

    await page.getByRole('figure', { name: /Chance of coming first/ }).waitFor();
    expect(requested.filter((path) => path.includes('insights')).length).toBeGreaterThan(0);
    // The panels further down wait for their turn.
    expect(await page.getByRole('table', { name: 'Side by side' }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Side by side' }).count()).toBe(0);
  });

  it('shows side by side as one card per offer, with no table to scroll sideways', async () => {
    const { page } = await openPhone();
    await scrollToPanel(page, 'Side by side');
    const cards = page.getByRole('list', { name: 'Side by side' });
    await cards.scrollIntoViewIfNeeded();
    await cards.waitFor();
    expect(await page.getByRole('table', { name: 'Side by side' }).count()).toBe(0);
    expect(await cards.getByRole('listitem').count()).toBe(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  it('cuts no chart label', async () => {
    const { page } = await openPhone();
    await rankingList(page).waitFor();
    await scrollToEveryPanel(page);
    for (const name of [/How far each weight/, /Chance of coming first/, /Total score by factor/]) {
      const figure = page.getByRole('figure', { name });
      await figure.scrollIntoViewIfNeeded();
      await figure.locator('.bar-name').first().waitFor();
    }
    expect(await cutNames(page)).toEqual([]);
  });

  it('shows a message as a bar along the bottom that fades by itself', async () => {
    const { page } = await openApp({ viewport: PHONE });
    await page.getByRole('button', { name: 'Load example offers' }).click();
    const toast = page.locator('.toast', { hasText: 'Loaded example offers' });
    await toast.waitFor();
    const box = await toast.boundingBox();
    expect(box!.y + box!.height).toBeGreaterThan(PHONE.height - 40);
    expect(box!.width).toBeGreaterThan(PHONE.width - 40);
    // The page's end can be scrolled above it while it shows.
    const padding = await page.evaluate(
      () => getComputedStyle(document.querySelector('.app')!).paddingBottom,
    );
    expect(parseFloat(padding)).toBeGreaterThanOrEqual(box!.height);
    await toast.waitFor({ state: 'detached', timeout: 10_000 });
  });
});
