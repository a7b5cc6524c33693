import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { rankingList } from './support/pages';

/*
 * Who wins and why, at a glance (issue 12): the leader's score split into
 * what each factor adds is on the first screen of a laptop, and within one
 * screen of the ranking's top on a phone, in both themes.
 */

/** The leader's bar of factor contributions, where it is on the page, and how many parts it has. */
const leaderSplit = async (page: Page) => {
  const leader = rankingList(page).getByRole('listitem').first();
  await leader.waitFor();
  const bar = leader.locator('.ranking-bar');
  const parts = await bar
    .locator('.ranking-bar-part')
    .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width > 0).length);
  return { box: (await bar.boundingBox())!, parts, scrollY: await page.evaluate(() => scrollY) };
};

describe.each(['light', 'dark'] as const)('at a glance, %s theme', (colorScheme) => {
  it('shows the leader and the factors carrying it without scrolling at 1280 × 800', async () => {
    const { page } = await openApp({
      colorScheme,
      viewport: { width: 1280, height: 800 },
      localStorage: savedDocument(exampleDocument(4)),
    });
    const { box, parts, scrollY } = await leaderSplit(page);
    expect(scrollY).toBe(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(parts).toBeGreaterThanOrEqual(3);
  });

  it('shows them within one screen of the ranking on a phone (360 × 760)', async () => {
    const { page } = await openApp({
      colorScheme,
      viewport: { width: 360, height: 760 },
      localStorage: savedDocument(exampleDocument(4)),
    });
    const { box, parts } = await leaderSplit(page);
    const ranking = (await page
      .getByRole('heading', { name: 'Ranking', exact: true })
      .boundingBox())!;
    expect(box.y + box.height - ranking.y).toBeLessThanOrEqual(760);
    expect(parts).toBeGreaterThanOrEqual(3);
  });
});

describe('money at a glance', () => {
  it.each([
    [1280, 800],
    [360, 760],
  ])('shows the lead in money and the leader’s pay, unclipped, at %i px', async (width, height) => {
    const { page } = await openApp({
      viewport: { width, height },
      localStorage: savedDocument(exampleDocument(4)),
    });
    const leader = rankingList(page).getByRole('listitem').first();
    await leader.waitFor();
    const lead = page.getByText(
      /leads .* by (only )?[\d.]+ points · .* a year (more|less) before tax/,
    );
    await lead.waitFor();
    const pay = leader.locator('.ranking-pay');
    await expect(pay.textContent()).resolves.toMatch(/a year before tax \(4-year average\)/);
    // Nothing spills out of the row: the pay line wraps within it.
    const overflow = await leader.evaluate((row) => row.scrollWidth - row.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const ranking = (await page
      .getByRole('heading', { name: 'Ranking', exact: true })
      .boundingBox())!;
    const leadBox = (await lead.boundingBox())!;
    expect(leadBox.y + leadBox.height - Math.max(0, ranking.y)).toBeLessThanOrEqual(height);
  });
});
