import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/domain/document/schema';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { captureDownload, parseCsv } from './support/downloads';
import { rankingList, readRanking, statusWith, weightSlider } from './support/pages';

// Non-default weights, so the round trip has to carry the settings too.
const SAVED = (() => {
  const document = exampleDocument(3);
  return {
    ...document,
    settings: {
      ...document.settings,
      weights: { compensation: 20, growth: 50, culture: 10, workLife: 20 },
    },
  };
})();

const chooseExport = async (page: Page, item: string) => {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: item }).click();
};

describe('exporting and importing', () => {
  it('restores exactly the same ranking from an exported JSON file after storage is cleared', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });
    await rankingList(page).waitFor();
    const before = await readRanking(page);
    expect(before).toHaveLength(3);

    const file = await captureDownload(page, () => chooseExport(page, 'Export JSON'));
    expect(file.name).toMatch(/^tradeoff-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'tradeoff', version: CURRENT_VERSION });

    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Load example offers' }).waitFor();
    expect(await rankingList(page).count()).toBe(0);

    await page.getByLabel('Import file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    const dialog = page.getByRole('dialog', { name: 'Import offers' });
    await dialog.getByText(`${file.name} holds 3 offers`).waitFor();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await statusWith(page, 'Imported 3 offers').waitFor();
    await expect.poll(() => readRanking(page)).toEqual(before);
    expect(await weightSlider(page, 'Growth').inputValue()).toBe('50');
  });

  it('merges your own export back in without copying its offers', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });
    await rankingList(page).waitFor();
    const file = await captureDownload(page, () => chooseExport(page, 'Export JSON'));

    await page.getByLabel('Import file').setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await page
      .getByRole('dialog', { name: 'Import offers' })
      .getByRole('button', { name: 'Merge' })
      .click();

    await statusWith(page, /were here already, as new as in the file/).waitFor();
    expect((await readRanking(page)).length).toBe(SAVED.offers.length);
  });

  it('exports a CSV with a header and one row per offer, ranked as on the page', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });
    await rankingList(page).waitFor();
    const ranking = await readRanking(page);

    const file = await captureDownload(page, () => chooseExport(page, 'Export CSV'));

    expect(file.name).toMatch(/^tradeoff-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = parseCsv(file.text.replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(SAVED.offers.length);
    const column = (name: string) => {
      const index = header!.indexOf(name);
      expect(index, `CSV column "${name}"`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const [company, rank, total, salary] = ['Company', 'Rank', 'Total score', 'Base salary'].map(
      column,
    ) as [number, number, number, number];
    // Rows follow the document's order; each carries the rank and score the page shows.
    expect(rows.map((row) => row[company])).toEqual(SAVED.offers.map((offer) => offer.company));
    expect(rows.map((row) => Number(row[salary]))).toEqual(
      SAVED.offers.map((offer) => offer.compensation.baseSalary),
    );
    for (const row of rows) {
      const shown = ranking.find((entry) => entry.name.startsWith(row[company]!));
      expect(Number(row[rank])).toBe(shown?.rank);
      // Two decimals in the file, one on the page: 71.65 may show as 71.6 or 71.7.
      expect(Math.abs(Number(row[total]) - Number(shown?.score))).toBeLessThanOrEqual(0.051);
    }
  });
});
