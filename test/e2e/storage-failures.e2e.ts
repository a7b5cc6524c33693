import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { STORAGE_KEYS, salariesDocument, storedEnvelope } from './support/documents';
import { addOffer, rankedCompanies } from './support/pages';

const SAVED = storedEnvelope(salariesDocument({ Acme: 150_000, Globex: 120_000 }));

/** Every write to storage fails as a full disk would. Reads still work. */
const fullStorage = (context: BrowserContext) =>
  context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });

/** Reaching window.localStorage at all throws, as with storage blocked for the site. */
const disabledStorage = (context: BrowserContext) =>
  context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });

/** The origin's stored values, read by the browser itself rather than the page. */
async function storedValues(context: BrowserContext): Promise<Record<string, string>> {
  const { origins } = await context.storageState();
  return Object.fromEntries(
    (origins[0]?.localStorage ?? []).map(({ name, value }) => [name, value]),
  );
}

describe('when storage cannot be written', () => {
  it('warns that changes are not saved, keeps editing working and leaves the saved data as it was', async () => {
    const { page, context } = await openApp({
      localStorage: { [STORAGE_KEYS.document]: SAVED },
      prepare: fullStorage,
    });
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex']);

    await page.getByRole('button', { name: 'Delete Acme' }).click();

    const banner = page.getByRole('region', { name: 'Changes are not being saved' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Export JSON' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Changes are not being saved' }).waitFor();
    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex']);
    await addOffer(page, { company: 'Initech', baseSalary: '200k' });
    await expect.poll(() => rankedCompanies(page)).toEqual(['Initech', 'Globex']);

    // Byte for byte what was there before this visit.
    expect(
      await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEYS.document),
    ).toBe(SAVED);
    expect((await storedValues(context))[STORAGE_KEYS.document]).toBe(SAVED);
  });
});

describe('when storage is disabled', () => {
  it('warns that changes are not saved, keeps editing working and touches nothing stored', async () => {
    const { page, context } = await openApp({
      localStorage: { [STORAGE_KEYS.document]: SAVED },
      prepare: disabledStorage,
    });

    await page.getByRole('region', { name: 'Changes are not being saved' }).waitFor();
    await page.getByRole('button', { name: 'Load example offers' }).click();
    await expect.poll(async () => (await rankedCompanies(page)).length).toBe(4);
    await addOffer(page, { company: 'Initech', baseSalary: '200k' });
    await expect.poll(async () => (await rankedCompanies(page)).length).toBe(5);
    await page.getByRole('region', { name: 'Changes are not being saved' }).waitFor();

    expect(await storedValues(context)).toEqual({ [STORAGE_KEYS.document]: SAVED });
  });
});
