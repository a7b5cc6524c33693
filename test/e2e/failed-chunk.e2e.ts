import { describe, expect, it, onTestFinished } from 'vitest';
import { checkA11y } from './support/a11y';
import { newAppContext } from './support/app';
import { appUrl } from './support/browser';
import { exampleDocument, savedDocument } from './support/documents';
import { guardContext } from './support/guard';
import { rankedCompanies, rankingList, scrollToPanel, weightSlider } from './support/pages';

describe('a lazily loaded panel whose code does not arrive', () => {
  it('says so in its place, leaves the rest of the page working and loads on Retry', async () => {
    const context = await newAppContext({ localStorage: savedDocument(exampleDocument(3)) });
    const guard = await guardContext(context, new URL(appUrl()).origin);
    onTestFinished(() => context.close());
    // The insights chunk is missing for a while, as after a redeploy or a dropped connection:
    // every fetch fails (the first and the one retry under a new address) until it is back.
    let missing = true;
    let refused = 0;
    await context.route(/\/assets\/insights-panel-[\w-]+\.js(\?.*)?$/, (route) => {
      if (!missing) return route.fallback();
      refused += 1;
      return route.fulfill({ status: 404, body: 'Not found' });
    });
    const page = await context.newPage();
    await page.goto('/');

    const alert = page.getByRole('alert').filter({ hasText: 'Insights could not be loaded.' });
    await alert.waitFor();
    expect(refused).toBeGreaterThanOrEqual(2);
    await checkA11y(page);

    // The rest of the page works: the ranking follows a weight.
    await rankingList(page).waitFor();
    const before = await rankedCompanies(page);
    await weightSlider(page, 'Compensation').fill('0');
    await expect.poll(() => rankedCompanies(page)).not.toEqual(before);
    await scrollToPanel(page, 'Side by side');
    await page.getByRole('table', { name: 'Side by side' }).waitFor();

    missing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('region', { name: 'Insights' }).waitFor();
    expect(await alert.count()).toBe(0);

    // Only the refused file and React's report of the error it caught, nothing else.
    const unexpected = guard
      .problems()
      .filter(
        ({ kind, detail }) =>
          kind !== 'console error' || !/404|insights-panel|could not be loaded/.test(detail),
      );
    expect(unexpected).toEqual([]);
  });
});
