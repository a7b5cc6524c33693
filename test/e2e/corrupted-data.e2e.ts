import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { STORAGE_KEYS } from './support/documents';
import { captureDownload } from './support/downloads';
import { rankedCompanies, storedDocument } from './support/pages';

const CORRUPTED = {
  'cut-off JSON':
    '{"revision":4,"savedAt":"2026-01-15T09:00:00.000Z","document":{"format":"tradeoff","version":2,"offers":[{"company":"Ac',
  'a document that breaks the rules':
    '{"revision":4,"savedAt":"2026-01-15T09:00:00.000Z","document":{"format":"tradeoff","version":2,"offers":[{"id":"a","company":"","currency":"usd"}]}}',
};

const stored = (page: Page, key: string) =>
  page.evaluate((name) => window.localStorage.getItem(name), key);

describe.each(Object.entries(CORRUPTED))('saved data that cannot be read (%s)', (_, raw) => {
  it('says so, keeps the raw value as a backup and starts fresh on request', async () => {
    const { page } = await openApp({ localStorage: { [STORAGE_KEYS.document]: raw } });

    const notice = page.getByRole('region', { name: 'Your saved data could not be read' });
    await notice.waitFor();
    expect(await stored(page, STORAGE_KEYS.document)).toBe(raw);
    const backup = await captureDownload(page, () =>
      notice.getByRole('button', { name: 'Download backup' }).click(),
    );
    expect(backup.text).toBe(raw);

    await notice.getByRole('button', { name: 'Start fresh' }).click();

    await notice.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Load example offers' }).click();
    await expect.poll(async () => (await storedDocument(page))?.offers.length).toBe(4);
    expect(await stored(page, STORAGE_KEYS.backup)).toBe(raw);

    await page.reload();
    await expect.poll(async () => (await rankedCompanies(page)).length).toBe(4);
    expect(await notice.count()).toBe(0);
    expect(await stored(page, STORAGE_KEYS.backup)).toBe(raw);
  });
});
