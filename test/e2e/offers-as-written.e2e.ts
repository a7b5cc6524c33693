import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { offerDialog, openFolds, readRanking, storedDocument } from './support/pages';

describe('an offer as its letter states it, against the job you have', () => {
  it('reads "50 % match up to 6 %" as $5,550 on $185,000 and compares the offer with staying', async () => {
    const { page } = await openApp();

    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    await dialog.getByLabel('Company', { exact: true }).fill('Globex');
    await dialog.getByLabel('Base salary', { exact: true }).fill('185,000');
    await openFolds(dialog);
    await dialog.getByLabel('Employer match (% of your contributions)').fill('50');
    await dialog.getByLabel('Match up to (% of salary)').fill('6');
    await dialog.getByText('= $5,550 a year from your employer').waitFor();
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Add offer' }).click();
    await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
    await dialog.getByLabel('Company', { exact: true }).fill('Bramble');
    await dialog.getByLabel('Base salary', { exact: true }).fill('160k');
    await dialog.getByLabel('This is my current job').check();
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await expect
      .poll(async () => (await readRanking(page)).map((r) => [r.name, r.current]))
      .toEqual([
        ['Globex', false],
        ['Bramble', true],
      ]);
    const staying = page
      .getByRole('region', { name: 'Insights' })
      .getByRole('region', { name: 'Against staying at Bramble' });
    await expect
      .poll(() => staying.getByRole('listitem').first().textContent(), { timeout: 15_000 })
      .toMatch(/^Globex pays \$[\d,]+ a year more than staying, before tax\.$/);

    await page.reload();
    await readRanking(page);
    const stored = (await storedDocument(page)) as unknown as {
      version: number;
      offers: { current: boolean; compensation: Record<string, unknown> }[];
    };
    // Version 4 brought these fields; later versions keep them.
    expect(stored.version).toBeGreaterThanOrEqual(4);
    expect(stored.offers.map((o) => o.current)).toEqual([false, true]);
    expect(stored.offers[0]?.compensation).toMatchObject({
      employerMatchPct: 50,
      matchUpToPctOfSalary: 6,
    });
  });
});
