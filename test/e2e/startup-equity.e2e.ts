import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/domain/document/schema';
import { openApp } from './support/app';
import { addOffer, offerDialog, readRanking, storedDocument } from './support/pages';

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
    // $60M at $6 would be all 10M shares, so the preference reads as before format 9; the later
    // rounds at $6 convert at $500M: ($500M − $60M) × 0.5 % × 0.9^4 − 50,000 × $2 = $1,343,420.
    await dialog
      .getByText(
        '= $268,684 expected for the whole grant at exit, before tax ($0 to $1,343,420 across the scenarios)',
      )
      .waitFor();
    // Large amounts are echoed in words under their field.
    await dialog.getByText(/Scenario 2 company value at exit = \$500 million/).waitFor();
    // An exit past the 4-year horizon: the form says how much counts, and extends it on request.
    await dialog.getByLabel('Scenario 2 year of exit').fill('5');
    const note = dialog.getByText(/counts within your 4-year horizon: the year-5 exit is past it/);
    await note.waitFor();
    await note.getByRole('button', { name: 'Extend horizon to 5 years' }).click();
    await note.waitFor({ state: 'detached' });
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
    expect(questions.some((q) => q.startsWith('What is the preference stack'))).toBe(true);
    expect(questions.some((q) => q.startsWith('How long after leaving can I exercise'))).toBe(true);

    await page.reload();
    await readRanking(page);
    const stored = (await storedDocument(page)) as unknown as {
      version: number;
      offers: { compensation: { equity: { market: string; private: { exits: unknown[] } } } }[];
    };
    expect(stored.version).toBe(CURRENT_VERSION);
    expect(
      (stored as unknown as { settings: { horizonYears: number } }).settings.horizonYears,
    ).toBe(5);
    expect(stored.offers[0]?.compensation.equity.market).toBe('private');
    expect(stored.offers[0]?.compensation.equity.private.exits).toHaveLength(2);
  });

  it('takes a three-series stack by keyboard and draws the payout curve with its numbers', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    const typeIn = async (label: string, text: string) => {
      await dialog.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(text);
    };
    await typeIn('Company', 'Lumen');
    await typeIn('Base salary', '150,000');
    await dialog.getByLabel('Equity type').focus();
    await page.keyboard.type('Stock');
    await dialog.getByLabel('The company is').focus();
    await page.keyboard.type('Private');
    // scoring.md §12, worked example 2: 100,000 options at $1 in a company of 20M shares.
    await typeIn('Number of options', '100,000');
    await typeIn('Strike price', '1');
    await typeIn('Fully diluted shares', '20m');
    await typeIn('Preferred price (last round)', '30');
    // A row at a time, Tab from cell to cell: name, invested, price, shares, multiple,
    // participation, cap.
    await dialog.getByLabel('Series 1 name').focus();
    for (const key of ['A', 'Tab', '5m', 'Tab', '1', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    for (const key of ['B', 'Tab', '20m', 'Tab', '5', 'Tab', 'Tab', '1', 'Tab', 'Capped', 'Tab']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    await page.keyboard.type('2');
    await dialog.getByLabel('Series 3 name').focus();
    for (const key of ['C', 'Tab', '30m', 'Tab', '30']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    await dialog.getByLabel('Scenario 1 name').focus();
    for (const key of ['sold', 'Tab', '160m', 'Tab', '1', 'Tab', '50', 'Tab', 'Tab']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    for (const key of ['listed', 'Tab', '160m', 'Tab', '1', 'Tab', '50', 'Tab', 'IPO']) {
      if (key === 'Tab') await page.keyboard.press('Tab');
      else await page.keyboard.type(key);
    }
    // Sold: A converts, B takes its 2× cap, C its $30M: $6 a share, $500,000; listed: $8 a share,
    // $700,000 (every share converts); half each.
    await dialog
      .getByText(
        '= $600,000 expected for the whole grant at exit, before tax ($500,000 to $700,000 across the scenarios)',
      )
      .waitFor();
    await dialog.getByText('= $55,000,000 of preference ahead of common today').waitFor();
    const curve = dialog.getByRole('figure', { name: 'What your grant pays at each exit value' });
    await curve.getByRole('button', { name: 'Show the numbers' }).click();
    await curve.getByRole('row', { name: /Your scenario “sold”\s*\$500,000\s*\$6\.00/ }).waitFor();
    await curve
      .getByRole('row', { name: /A converts/ })
      .first()
      .waitFor();

    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });
    type Stored = {
      offers: { compensation: { equity: { private: { series: { name: string }[] } } } }[];
    };
    // Saved at most 300 ms later: wait for it.
    await expect
      .poll(async () =>
        (
          (await storedDocument(page)) as unknown as Stored | null
        )?.offers[0]?.compensation.equity.private.series.map((s) => s.name),
      )
      .toEqual(['A', 'B', 'C']);
  });

  it('draws a bonus payout range: the odds say so and the yearly chart shows the band', async () => {
    const { page } = await openApp();
    await addOffer(page, { company: 'Amazon', baseSalary: '200,000' });
    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    await dialog.getByLabel('Company', { exact: true }).fill('Acme');
    await dialog.getByLabel('Base salary', { exact: true }).fill('180,000');
    await dialog.getByLabel('Bonus target (%)').fill('20');
    // Wrong side first: the error is said next to the field, in words.
    await dialog.getByLabel('Bonus payout, low (%)').fill('120');
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog
      .getByText('Bonus payout, low (%) must be at most the expected bonus payout (100 %)')
      .waitFor();
    await dialog.getByLabel('Bonus payout, low (%)').fill('0');
    await dialog.getByLabel('Bonus payout, high (%)').fill('200');
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const insights = page.getByRole('region', { name: 'Insights' });
    await insights
      .getByText(/With your uncertainty about .?Acme.?’s bonus, /)
      .first()
      .waitFor({
        timeout: 15_000,
      });

    const chart = page.getByRole('figure', { name: 'Compensation year by year' });
    await chart.scrollIntoViewIfNeeded();
    await chart.getByText(/A thin mark over a bar spans the lowest to the highest pay/).waitFor();
    await chart.getByRole('button', { name: 'Show the numbers' }).click();
    const headers = await chart.getByRole('columnheader').allTextContents();
    expect(headers.slice(-3)).toEqual(['Total', 'Low', 'High']);
    // $180,000 and a $36,000 target bonus at 0 % to 200 %: $180,000 to $252,000 in year 1.
    await expect
      .poll(async () => chart.getByRole('row', { name: /Acme/ }).first().textContent())
      .toMatch(/\$216,000\s*\$180,000\s*\$252,000$/);
  });
});
