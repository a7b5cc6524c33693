import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { STORAGE_KEYS, salariesDocument, savedDocument } from './support/documents';
import { captureDownload } from './support/downloads';
import { addOffer, rankedCompanies, storedDocument } from './support/pages';

const SAVED = savedDocument(salariesDocument({ Acme: 150_000, Globex: 120_000 }));

/**
 * Reaching window.localStorage throws, as with storage blocked for the site, until the page
 * sets `tradeoffStorageRefused` to false (the person changes the site setting).
 */
const refusedUntilAllowed = (context: BrowserContext) =>
  context.addInitScript(() => {
    const scope = window as unknown as { tradeoffStorageRefused: boolean };
    scope.tradeoffStorageRefused = true;
    const real =
      Object.getOwnPropertyDescriptor(window, 'localStorage') ??
      Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        if (scope.tradeoffStorageRefused)
          throw new DOMException('The operation is insecure.', 'SecurityError');
        return real?.get?.call(window);
      },
    });
  });

/** The browser has no room for a second copy of the saved data: writing the backup key fails. */
const noRoomForBackup = (context: BrowserContext) =>
  context.addInitScript((backupKey) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(backupKey))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  }, STORAGE_KEYS.backup);

const stored = (page: Page, key: string) =>
  page.evaluate((name) => window.localStorage.getItem(name), key);

describe('storage refused when the page opened, allowed later', () => {
  it('keeps what was done meanwhile, says what happened, and merges both on request', async () => {
    const { page } = await openApp({ localStorage: SAVED, prepare: refusedUntilAllowed });
    await page.getByRole('region', { name: 'Changes are not being saved' }).waitFor();
    await addOffer(page, { company: 'Initech', baseSalary: '200k' });

    await page.evaluate(() => {
      (window as unknown as { tradeoffStorageRefused: boolean }).tradeoffStorageRefused = false;
      // The person comes back to the tab after changing the site setting.
      document.dispatchEvent(new Event('visibilitychange'));
    });

    const banner = page.getByRole('region', { name: 'Your browser’s storage works again' });
    await banner.getByText('saved data (2 offers').waitFor();
    expect(await banner.textContent()).not.toMatch(/another tab/);
    expect(await rankedCompanies(page)).toEqual(['Initech']);
    expect((await storedDocument(page))?.offers.map((o) => o.company)).toEqual(['Acme', 'Globex']);

    await banner.getByRole('button', { name: 'Merge both' }).click();

    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => rankedCompanies(page)).toEqual(['Initech', 'Acme', 'Globex']);
    await expect
      .poll(async () => (await storedDocument(page))?.offers.map((o) => o.company))
      .toEqual(['Acme', 'Globex', 'Initech']);
  });
});

describe('unreadable saved data that the browser has no room to back up', () => {
  const corrupt =
    '{"revision":4,"savedAt":"2026-01-15T09:00:00.000Z","document":{"format":"tradeoff","version":2,"offers":[{"company":"Ac';

  it('stays untouched until downloaded, then saving resumes', async () => {
    const { page } = await openApp({
      localStorage: { [STORAGE_KEYS.document]: corrupt },
      prepare: noRoomForBackup,
    });
    await page.getByRole('button', { name: 'Load example offers' }).click();

    const banner = page.getByRole('region', { name: 'Your saved data could not be read' });
    await banner.getByText(/too full to keep a copy of it/).waitFor();
    expect(await stored(page, STORAGE_KEYS.document)).toBe(corrupt);

    const file = await captureDownload(page, () =>
      banner.getByRole('button', { name: 'Download backup' }).click(),
    );
    expect(file.text).toBe(corrupt);

    await expect.poll(async () => (await storedDocument(page))?.offers.length).toBe(4);
    await page.reload();
    await expect.poll(async () => (await rankedCompanies(page)).length).toBe(4);
    expect(await banner.count()).toBe(0);
  });
});
