import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { offerDialog, storedDocument } from './support/pages';

/*
 * The offer dialog's ways out end in one of two states only: the form still open with
 * everything typed, or the person chose to discard. Native <dialog> behaviour (Escape, the
 * close watcher) exists only in a real browser, hence these journeys.
 */
describe('closing the offer form', () => {
  const openEdit = async () => {
    const document = exampleDocument(2);
    const { page } = await openApp({ localStorage: savedDocument(document) });
    const company = document.offers[0]!.company;
    await page.getByRole('button', { name: `Edit ${company}` }).click();
    const dialog = offerDialog(page);
    const field = dialog.getByLabel('Company', { exact: true });
    await field.fill('Half edited');
    return { page, dialog, field, company };
  };

  it('keeps editing on Keep editing, by click, Enter or Space, and saves nothing', async () => {
    const { page, dialog, field, company } = await openEdit();
    for (const press of ['click', 'Enter', 'Space'] as const) {
      await page.keyboard.press('Escape');
      const keep = dialog.getByRole('button', { name: 'Keep editing' });
      await keep.waitFor();
      if (press === 'click') await keep.click();
      else {
        await keep.focus();
        await page.keyboard.press(press);
      }
      await dialog.getByRole('button', { name: 'Save offer' }).waitFor();
      expect(await dialog.isVisible()).toBe(true);
      expect(await field.inputValue()).toBe('Half edited');
    }
    // The stored offer is as it was: no half-edited save.
    expect((await storedDocument(page))?.offers[0]?.company).toBe(company);
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(0);
  });

  it('keeps the form and what was typed however often Escape is pressed', async () => {
    const { page, dialog, field, company } = await openEdit();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Escape');
    await dialog.getByRole('group', { name: 'Discard your changes?' }).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    expect(await field.inputValue()).toBe('Half edited');

    // Discarding is a choice, and then Edit opens the form again as before.
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: `Edit ${company}` }).click();
    await expect
      .poll(() => offerDialog(page).getByLabel('Company', { exact: true }).inputValue())
      .toBe(company);
  });
});
