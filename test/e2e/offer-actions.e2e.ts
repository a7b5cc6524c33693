import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { salariesDocument, savedDocument } from './support/documents';
import {
  offerCards,
  offerDialog,
  rankedCompanies,
  readRanking,
  statusWith,
  storedDocument,
  waitForStoredCompanies,
} from './support/pages';

const SAVED = salariesDocument({ Acme: 150_000, Globex: 120_000, Initech: 100_000 });

describe('editing, duplicating and deleting offers', () => {
  it('edits an offer in its form, and the ranking follows', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex', 'Initech']);

    await page.getByRole('button', { name: 'Edit Globex' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'Edit offer' }).waitFor();
    const salary = dialog.getByLabel('Base salary', { exact: true });
    expect(await salary.inputValue()).toMatch(/120,000/);
    await salary.fill('200k');
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex', 'Acme', 'Initech']);
    await expect
      .poll(async () => (await storedDocument(page))?.offers.map((o) => o.compensation.baseSalary))
      .toEqual([150_000, 200_000, 100_000]);
  });

  it('duplicates an offer right after it, as an equal copy', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });

    await page.getByRole('button', { name: 'Duplicate Acme' }).click();

    await expect.poll(() => offerCards(page)).toEqual(['Acme', 'Acme (copy)', 'Globex', 'Initech']);
    const [first, second] = await readRanking(page);
    expect([first?.name, second?.name].sort()).toEqual(['Acme', 'Acme (copy)']);
    expect(first?.score).toBe(second?.score);
    expect(first?.tied && second?.tied).toBe(true);
    await waitForStoredCompanies(page, ['Acme', 'Acme (copy)', 'Globex', 'Initech']);
  });

  it('deletes an offer and brings it back with Undo in the status message', async () => {
    const { page } = await openApp({ localStorage: savedDocument(SAVED) });

    await page.getByRole('button', { name: 'Delete Acme' }).click();

    await expect.poll(() => offerCards(page)).toEqual(['Globex', 'Initech']);
    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex', 'Initech']);
    await waitForStoredCompanies(page, ['Globex', 'Initech']);

    await statusWith(page, 'Deleted Acme').getByRole('button', { name: 'Undo' }).click();

    await expect.poll(() => offerCards(page)).toEqual(['Acme', 'Globex', 'Initech']);
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex', 'Initech']);
    await waitForStoredCompanies(page, ['Acme', 'Globex', 'Initech']);
  });
});
