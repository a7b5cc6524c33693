import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_EXCHANGE_RATES,
  createDocument,
  createSettings,
  exampleOffers,
  type TradeoffDocument,
} from '../../src/domain';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import { appUrl } from './support/browser';
import { savedDocument } from './support/documents';
import { rankingList, scrollToPanel, statusWith } from './support/pages';

/*
 * One basis at a time, always named (issue 24): the four example offers with
 * their tax places (Seattle, the Austin startup, the current job taxed in
 * California, Berlin), compared after tax. Every panel shows pay after tax,
 * labelled so, and the figures agree from the ranking to the copied brief.
 */

const PLACES: Record<string, string> = {
  Northwind: 'US-WA',
  'Lumen Labs': 'US-TX',
  Fieldnote: 'US-CA',
  Kontor: 'DE',
};

const fourOffersWithPlaces = (): TradeoffDocument =>
  createDocument({
    settings: createSettings({ exchangeRates: { ...EXAMPLE_EXCHANGE_RATES } }),
    offers: exampleOffers('2026-12-01T09:00:00.000Z').map((offer) => ({
      ...offer,
      tax: { place: PLACES[offer.company] ?? null, effectiveRatePct: null },
    })),
  });

const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl()).origin,
  });

/** Invisible direction marks left out: the text a person reads. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

/** "$221,623" → "$221.6K" and "$245,047" → "$245K", as the ranking writes a mean. */
const compact = (money: string) => {
  const amount = Number(money.replace(/[^\d.]/g, ''));
  return `$${(amount / 1000).toFixed(1).replace(/\.0$/, '')}K`;
};

const switchToAfterTax = async (page: Page) => {
  await rankingList(page).getByRole('listitem').first().waitFor();
  await page.getByRole('switch', { name: 'After tax' }).click();
  // Every ranked offer's pay line names the new basis once the rules have loaded.
  await expect
    .poll(() => rankingList(page).locator('.ranking-pay').allTextContents(), { timeout: 20_000 })
    .toEqual(Array(4).fill(expect.stringMatching(/a year after tax \(4-year average\)/)));
};

/** The brief's "Pay per year, after tax" row: each offer's figure, in the brief's order. */
const briefPay = async (page: Page) => {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Decision brief' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief' });
  await brief.getByRole('heading', { name: 'Decision brief' }).waitFor();
  const row = brief.getByRole('row', { name: /^Pay per year, after tax \(4-year average/ });
  const cells = await row.getByRole('cell').allTextContents();
  // Each cell starts with the amount; a star or a difference may follow it.
  return { brief, amounts: cells.map((cell) => /\$[\d,]+/.exec(plain(cell))?.[0] ?? cell) };
};

describe('one basis at a time, always named', () => {
  it('shows every figure after tax, labelled, and the same amounts in every panel, the brief and the copied text', async () => {
    const { page } = await openApp({
      localStorage: savedDocument(fourOffersWithPlaces()),
      prepare: allowClipboard,
      viewport: { width: 1280, height: 800 },
    });
    await switchToAfterTax(page);
    const ranking = plain(await rankingList(page).textContent());

    // Cards: each says its pay is after tax.
    const offers = page.getByRole('region', { name: 'Offers' });
    await expect
      .poll(() => offers.locator('.offer-basis').allTextContents())
      .toEqual(Array(4).fill('after tax'));

    // The yearly chart: each small multiple's average is after tax.
    await scrollToPanel(page, 'Why they rank this way');
    const yearly = page.getByRole('figure', { name: 'Compensation year by year' });
    await expect.poll(() => yearly.textContent()).toMatch(/avg \$[\d.]+K\/yr after tax/);
    expect(await yearly.textContent()).not.toMatch(/before tax/);

    // Side by side: the mean pay row is named after tax.
    await scrollToPanel(page, 'Side by side');
    const sideBySide = page.getByRole('table', { name: 'Side by side' });
    const sidePay = sideBySide.getByRole('row', { name: /^Pay per year, after tax/ });
    await sidePay.waitFor();
    const sideText = plain(await sidePay.textContent());
    // Four offers fit at 1280 px: no column cut off, and the tax estimate wraps to four lines at most.
    const fit = await sideBySide.evaluate((table) => ({
      overflow: table.scrollWidth - (table.parentElement?.clientWidth ?? 0),
      right: table.getBoundingClientRect().right - document.documentElement.clientWidth,
    }));
    expect(fit.overflow).toBeLessThanOrEqual(1);
    expect(fit.right).toBeLessThanOrEqual(0);
    const estimateLines = await sideBySide
      .getByRole('row', { name: /^Tax estimate/ })
      .getByRole('cell')
      .evaluateAll((cells) =>
        cells.map((cell) => {
          // The text shown: the short label where there is one (the whole is for screen readers).
          const shown =
            cell.querySelector('.sbs-value [aria-hidden="true"]') ??
            cell.querySelector('.sbs-value');
          const range = document.createRange();
          range.selectNodeContents(shown ?? cell);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
    expect(estimateLines).toHaveLength(4);
    for (const lines of estimateLines) expect(lines).toBeLessThanOrEqual(4);

    // Insights: the header says after tax, staying names it, leave early counts it.
    const insights = page.getByRole('region', { name: 'Insights' });
    await expect
      .poll(() => insights.textContent(), { timeout: 20_000 })
      .toContain('After tax: pay amounts here are estimates of pay after tax');
    await expect
      .poll(async () => plain(await insights.textContent()), { timeout: 20_000 })
      .toMatch(/a year (more|less) than staying, after tax/);
    const leaving = insights.getByRole('table', { name: 'Leaving after 12 months, after tax' });
    await leaving.waitFor();
    expect(await leaving.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['You keep, after tax', 'Pay received, before tax', 'Tax']),
    );

    // The brief: its pay row is after tax and carries the side by side's figures, which the
    // ranking shows rounded; the copied text carries them too.
    const { brief, amounts } = await briefPay(page);
    expect(amounts).toHaveLength(4);
    for (const amount of amounts) {
      expect(sideText).toContain(amount);
      expect(ranking).toContain(compact(amount));
    }
    expect(plain(await brief.textContent())).toContain('After tax (estimates');
    await brief.getByRole('button', { name: 'Copy as text' }).click();
    await statusWith(page, 'Brief copied as text.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('After tax (estimates');
    expect(copied).toMatch(/Pay per year, after tax \(4-year average/);
    for (const amount of amounts) expect(copied).toContain(amount);
    expect(copied).not.toMatch(/Pay per year, before tax/);

    await checkA11y(page);
  });

  it.each([
    [1280, 800],
    [360, 760],
  ])(
    'shows the pay and the lead in money after tax on the first screen at %i px',
    async (width, height) => {
      const { page } = await openApp({
        localStorage: savedDocument(fourOffersWithPlaces()),
        viewport: { width, height },
      });
      await switchToAfterTax(page);
      const lead = page.getByText(
        /leads .* by (only )?[\d.]+ points · .* a year (more|less) after tax/,
      );
      await lead.waitFor();
      const ranking = (await page
        .getByRole('heading', { name: 'Ranking', exact: true })
        .boundingBox())!;
      const leadBox = (await lead.boundingBox())!;
      // On a laptop it is on the first screen; on a phone within one screen of the ranking.
      if (width >= 1280) expect(leadBox.y + leadBox.height).toBeLessThanOrEqual(height);
      else expect(leadBox.y + leadBox.height - Math.max(0, ranking.y)).toBeLessThanOrEqual(height);
      const pay = rankingList(page).getByRole('listitem').first().locator('.ranking-pay');
      expect(await pay.isVisible()).toBe(true);
    },
  );
});
