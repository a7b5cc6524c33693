import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { offerDialog, readRanking, storedDocument } from './support/pages';

describe('a startup offer entered from the recruiter’s answers', () => {
  it('turns a Series-B grant into its expected value and says what to ask next', async () => {
    const { page } = await openApp();

    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    await dialog.getByLabel('Company', { exact: true }).fill('Lumen');
    await dialog.getByLabel('Base salary', { exact: true }).fill('150,000');
    await dialog.getByLabel('Equity type').selectOption({ label: 'Stock options' });
    await dialog.getByLabel('The company is').selectOption({ label: 'Private' });
    // The recruiter's answers: 50,000 options at $2, 10M fully diluted shares, $6 preferred,
    // a $60M preference; the person's own guesses: 10 % dilution a year and two exits.
    await dialog.getByLabel('Number of options').fill('50,000');
    await dialog.getByLabel('Strike price').fill('2');
    await dialog.getByLabel('Fully diluted shares').fill('10m');
    await dialog.getByLabel('Preferred price (last round)').fill('6');
    await dialog
      .getByText("= 0.5 % of the company today; $200,000 on paper at the last round's price")
      .waitFor();
    await dialog.getByLabel('Liquidation preference ahead of you').fill('60m');
    await dialog.getByLabel('Dilution per year (%)').fill('10');
    await dialog.getByLabel('Scenario 1 name').fill('fails');
    await dialog.getByLabel('Scenario 1 company value at exit').fill('20m');
    await dialog.getByLabel('Scenario 1 year of exit').fill('3');
    await dialog.getByLabel('Scenario 1 chance (%)').fill('50');
    await dialog.getByLabel('Scenario 2 name').fill('big');
    await dialog.getByLabel('Scenario 2 company value at exit').fill('500m');
    await dialog.getByLabel('Scenario 2 year of exit').fill('4');
    await dialog.getByLabel('Scenario 2 chance (%)').fill('20');
    // ($500M − $60M) × 0.5 % × 0.9^4 − 50,000 × $2 = $1,343,420, 20 % likely.
    await dialog
      .getByText(
        '= $268,684 expected for the whole grant at exit ($0 to $1,343,420 across the scenarios)',
      )
      .waitFor();
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(async () => (await readRanking(page)).map((r) => r.name)).toEqual(['Lumen']);
    const ask = page
      .getByRole('region', { name: 'Insights' })
      .getByRole('region', { name: 'Ask the recruiter' });
    await ask.waitFor({ timeout: 15_000 });
    const questions = await ask.getByRole('listitem').allTextContents();
    expect(questions[0]).toMatch(
      /^What was the preferred price of the last round, and what is the latest 409A price\?/,
    );
    expect(questions.some((q) => q.startsWith('How large is the liquidation preference'))).toBe(
      true,
    );
    expect(questions.some((q) => q.startsWith('How long after leaving can I exercise'))).toBe(true);

    await page.reload();
    await readRanking(page);
    const stored = (await storedDocument(page)) as unknown as {
      version: number;
      offers: { compensation: { equity: { market: string; private: { exits: unknown[] } } } }[];
    };
    expect(stored.version).toBe(7);
    expect(stored.offers[0]?.compensation.equity.market).toBe('private');
    expect(stored.offers[0]?.compensation.equity.private.exits).toHaveLength(2);
  });
});
