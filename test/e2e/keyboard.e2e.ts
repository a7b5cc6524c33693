import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { hasVisibleFocus, tabTo, waitForFocus } from './support/keyboard';
import { offerDialog, rankedCompanies, scrollToEveryPanel, weightSlider } from './support/pages';

/** Fills the offer form with Tab, typing and arrow keys only, then saves it with Enter. */
async function enterOfferByKeyboard(page: Page, company: string, salary: string, learning: number) {
  const dialog = offerDialog(page);
  await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
  await waitForFocus(dialog.getByLabel('Company', { exact: true }));
  await page.keyboard.type(company);
  await tabTo(page, dialog.getByLabel('Base salary', { exact: true }));
  await page.keyboard.type(salary);
  // The ratings sit in the fold "Work and culture": opened with Enter on its summary.
  await tabTo(page, dialog.locator('summary', { hasText: 'Work and culture' }));
  await page.keyboard.press('Enter');
  const learningGroup = dialog.getByRole('radiogroup', { name: 'Learning' });
  await tabTo(page, learningGroup.getByRole('radio', { checked: true }));
  // A new offer starts "Not rated", the first choice; each arrow moves the choice by one.
  for (let rating = 0; rating < learning; rating += 1) await page.keyboard.press('ArrowRight');
  await tabTo(page, dialog.getByRole('button', { name: 'Save offer' }));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
}

describe('using the app with the keyboard alone', () => {
  it('adds offers and changes a weight without the mouse', async () => {
    const { page } = await openApp();
    await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Add offer' }));
    await page.keyboard.press('Enter');
    await enterOfferByKeyboard(page, 'Acme', '150k', 3);
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme']);

    await tabTo(page, page.getByRole('button', { name: 'Add offer' }), { backwards: true });
    await page.keyboard.press('Space');
    await enterOfferByKeyboard(page, 'Globex', '100k', 5);
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex']);

    const compensation = weightSlider(page, 'Compensation');
    await tabTo(page, compensation);
    expect(await hasVisibleFocus(compensation)).toBe(true);
    await page.keyboard.press('Home');
    expect(await compensation.inputValue()).toBe('0');
    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex', 'Acme']);

    await page.keyboard.press('ArrowRight');
    expect(await compensation.inputValue()).toBe('1');
  });

  it('never stops on a part of a chart: each chart is read through its table', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Load example offers' }).click();
    await scrollToEveryPanel(page);
    await page.getByRole('figure', { name: /Compensation year by year/ }).waitFor();
    await page.getByRole('figure', { name: /What you walk away with/ }).waitFor();
    const stops: string[] = [];
    await page.keyboard.press('Tab');
    for (let i = 0; i < 120; i += 1) {
      const stop = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'body';
        return active.closest('.chart-drawing') ? `chart part <${active.tagName}>` : 'control';
      });
      if (stop === 'body') break;
      stops.push(stop);
      await page.keyboard.press('Tab');
    }
    expect(stops.length).toBeGreaterThan(10);
    expect(stops.filter((stop) => stop !== 'control')).toEqual([]);
  });
});
