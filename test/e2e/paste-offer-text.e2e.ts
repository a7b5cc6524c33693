import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import {
  addOffer,
  offerDialog,
  readRanking,
  storedDocument,
  waitForStoredCompanies,
} from './support/pages';

const LETTER = `Company: Northwind Labs

Your annual base salary will be $185,000. You are eligible for a target bonus of 15% of base salary and a sign-on bonus of $25,000, which you must repay if you leave within 12 months.
Northwind matches 50% of your 401(k) contributions up to 6% of salary. You will receive 22 days of paid time off.
You will work 40 hours per week, 3 days a week in the office.
A one-time allowance of $3,000 for home office equipment is available.`;

/** Presses Tab until the focused element is the button `name` (or fails after `limit`). */
async function tabTo(page: Page, name: string | RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() =>
      document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : null,
    );
    if (text !== null && (typeof name === 'string' ? text === name : name.test(text))) return;
  }
  throw new Error(`No button ${String(name)} within ${limit} presses of Tab`);
}

describe('paste the offer letter', () => {
  it('fills the form from the text by keyboard, and the saved offer ranks as if typed', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Load example offers' }).waitFor();
    await tabTo(page, 'Paste offer text');
    await page.keyboard.press('Enter');
    const dialog = offerDialog(page);
    const text = dialog.getByRole('textbox', { name: 'Offer text' });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.insertText(LETTER);

    await dialog.getByText('from: ‘annual base salary will be $185,000’').waitFor();
    await dialog
      .getByText(
        'not used: ‘A one-time allowance of $3,000 for home office equipment is available.’',
      )
      .waitFor();
    await checkA11y(page);
    await tabTo(page, /^Use all \d+$/, 5);
    await page.keyboard.press('Enter');
    await dialog.getByText(/^Filled in \d+ fields\./).waitFor();
    expect(await dialog.getByLabel('Company', { exact: true }).inputValue()).toBe('Northwind Labs');
    await tabTo(page, 'Save offer');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    // The same offer typed by hand: it scores the same, to the decimal.
    await addOffer(page, {
      company: 'Typed by hand',
      baseSalary: '185,000',
      fields: {
        'Bonus target (%)': '15',
        'Signing bonus': '25,000',
        'Signing bonus clawback (months)': '12',
        'Employer match (% of your contributions)': '50',
        'Match up to (% of salary)': '6',
        'Paid time off (days)': '22',
        'Hours per week': '40',
        'Office days per week': '3',
      },
    });
    await expect.poll(async () => (await readRanking(page)).length).toBe(2);
    const ranking = await readRanking(page);
    expect(ranking.map((r) => r.name).sort()).toEqual(['Northwind Labs', 'Typed by hand']);
    expect(ranking.every((r) => r.tied && r.score === ranking[0]?.score)).toBe(true);
    await waitForStoredCompanies(page, ['Northwind Labs', 'Typed by hand']);
    const [pasted, typed] = (await storedDocument(page))?.offers as unknown as {
      compensation: object;
      workLife: object;
      notes: string;
    }[];
    expect(pasted?.compensation).toEqual(typed?.compensation);
    expect(pasted?.workLife).toEqual(typed?.workLife);
    // The pasted text itself is not kept.
    expect(pasted?.notes).toBe('');
  });

  it('has no accessibility violations with a reading open, in the dark theme and on a phone', async () => {
    const { page } = await openApp({ colorScheme: 'dark', viewport: { width: 360, height: 780 } });
    await page.getByRole('button', { name: 'Paste offer text' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('textbox', { name: 'Offer text' }).fill('Your salary will be $9,000.');
    await dialog.getByText('Is $9,000 the salary for a year or for a month?').waitFor();
    await dialog.getByText('Show where each value came from').click();
    await checkA11y(page);
  });
});
