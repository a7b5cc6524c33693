import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { offerDialog, rankingList, scrollToEveryPanel } from './support/pages';

const THEME_TOGGLE = { light: 'Switch to dark theme', dark: 'Switch to light theme' } as const;

/**
 * The charts load lazily once their panel comes near the screen, the recharts ones after the
 * plain-SVG ones, and draw after measuring (the factor chart and the yearly small multiples once
 * they come near the screen): with every panel scrolled to, scroll to each figure, wait for
 * its drawing and open its table of numbers, so that axe checks the tables too.
 */
async function waitForCharts(page: Page): Promise<void> {
  for (const name of [
    /Total score by factor/,
    /Factor scores/,
    /Compensation year by year/,
    /What you walk away with/,
  ])
    await page.getByRole('figure', { name }).waitFor();
  const figures = await page.getByRole('figure').all();
  expect(figures.length).toBeGreaterThanOrEqual(3);
  for (const figure of figures) {
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('svg').first().waitFor();
    await figure.getByRole('button', { name: 'Show the numbers' }).click();
    await figure.getByRole('table').waitFor();
  }
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it('has no violations on the welcome screen and in the offer form, with and without errors', async () => {
    const { page } = await openApp({ colorScheme });
    await page.getByRole('button', { name: THEME_TOGGLE[colorScheme] }).waitFor();
    await page.getByRole('button', { name: 'Load example offers' }).waitFor();
    await checkA11y(page);

    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    await checkA11y(page);

    await dialog.getByLabel('Base salary', { exact: true }).fill('lots');
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.locator('[aria-invalid="true"]').first().waitFor();
    expect(await dialog.getByLabel('Company', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await checkA11y(page);
  });

  it('has no violations in the comparison of three offers, charts included', async () => {
    const { page } = await openApp({
      colorScheme,
      localStorage: savedDocument(exampleDocument(3)),
    });
    await page.getByRole('button', { name: THEME_TOGGLE[colorScheme] }).waitFor();
    await rankingList(page).waitFor();
    await scrollToEveryPanel(page);
    await page.getByRole('table', { name: 'Side by side' }).waitFor();
    await waitForCharts(page);

    await checkA11y(page);
  });

  it('has no violations on a phone (360 px): the panels below waiting, the ranking strip over the sliders, side by side as cards', async () => {
    const { page } = await openApp({
      colorScheme,
      viewport: { width: 360, height: 760 },
      localStorage: savedDocument(exampleDocument(3)),
    });
    await rankingList(page).waitFor();
    // The panels below the first two screens hold their places with their headings.
    await page.getByRole('region', { name: 'Side by side' }).waitFor();
    expect(await page.getByRole('list', { name: 'Side by side' }).count()).toBe(0);
    await checkA11y(page);

    const slider = page.getByRole('slider', { name: 'Culture' });
    await slider.scrollIntoViewIfNeeded();
    await slider.fill('90');
    await page.locator('.rank-peek').waitFor();
    await scrollToEveryPanel(page);
    const cards = page.getByRole('list', { name: 'Side by side' });
    await cards.scrollIntoViewIfNeeded();
    await page.getByLabel('Compare against').selectOption({ index: 1 });
    await cards.getByText('Rows as in the baseline', { exact: false }).first().waitFor();
    await waitForCharts(page);

    await checkA11y(page);
  });
});
