import { describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import { tabTo } from './support/keyboard';
import { weightSlider } from './support/pages';

describe('Help me set weights, by keyboard', () => {
  it('sets weights from swing answers, undoes them, checks them, and reads them in money', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Load example offers' }).click();
    const compensation = weightSlider(page, 'Compensation');
    expect(await compensation.inputValue()).toBe('40');

    const open = page.getByRole('button', { name: 'Help me set weights' });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Help me set weights' });
    const first = dialog.getByRole('radio').first();
    await first.waitFor();

    // Step 1: the most wanted swing. Tab reaches the group, Space picks the first factor.
    await tabTo(page, first);
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    await tabTo(page, dialog.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    // Step 2: each other swing against it; arrows move a slider by 5.
    const slider = dialog.getByRole('slider').first();
    await tabTo(page, slider);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await slider.inputValue()).toBe('40');
    await tabTo(page, dialog.getByRole('button', { name: 'Next' }));
    await page.keyboard.press('Enter');

    // Step 3: the weights are shown before anything changes.
    await dialog.getByRole('table', { name: /weights your answers give/ }).waitFor();
    await checkA11y(page);
    expect(await compensation.inputValue()).toBe('40');
    await tabTo(page, dialog.getByRole('button', { name: 'Apply these weights' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => compensation.inputValue()).not.toBe('40');

    // Undo, from the message inside the dialog.
    await tabTo(page, dialog.getByRole('button', { name: 'Undo' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => compensation.inputValue()).toBe('40');

    // Check questions: answer one; it says whether the answer agrees with the weights.
    const question = dialog.getByRole('group', { name: /^Would you rather have/ }).first();
    const money = question.getByRole('radio', { name: /more a year$/ });
    await tabTo(page, money);
    await page.keyboard.press('Space');
    await question.getByText(/agrees with your weights|Your weights say otherwise/).waitFor();
    await checkA11y(page);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => open.evaluate((element) => element === document.activeElement))
      .toBe(true);

    const inMoney = page.getByRole('region', { name: 'What your weights mean in money' });
    await inMoney.waitFor();
    expect(await inMoney.textContent()).toMatch(
      /one step up in Manager, Team or Values rating is worth about \$[\d,]+ a year to you/,
    );
  });
});
