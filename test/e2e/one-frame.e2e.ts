import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { exampleDocument, savedDocument } from './support/documents';
import { rankingList, weightSlider } from './support/pages';

/*
 * A weight step with the Insights' charts on screen is drawn once: the ranking and the charts
 * change in the same update of the page, so no frame shows a new ranking beside old charts
 * (docs/performance.md, issue 29). Which parts changed in each batch of DOM changes is recorded
 * in the page; no timing is measured.
 */

declare global {
  interface Window {
    __batches?: string[][];
  }
}

describe('a weight step with the insights on screen', () => {
  it('changes the ranking and the charts in view in one update', async () => {
    const { page } = await openApp({ localStorage: savedDocument(exampleDocument(3)) });
    await rankingList(page).getByRole('listitem').first().waitFor();
    const odds = page.getByRole('figure', { name: /Chance of coming first/ });
    await odds.locator('svg').first().waitFor();
    await odds.scrollIntoViewIfNeeded();
    const insights = page.getByRole('region', { name: 'Insights' });
    await expect.poll(() => insights.getAttribute('aria-busy')).toBe('false');
    const before = await odds.textContent();

    await page.evaluate(() => {
      const batches: string[][] = [];
      window.__batches = batches;
      const parts = {
        ranking: document.querySelector('ol[aria-label="Ranking"]')!,
        ...Object.fromEntries(
          [...document.querySelectorAll('figure')]
            .filter((figure) =>
              /Chance of coming first|How far each weight/.test(figure.textContent ?? ''),
            )
            .map((figure) => [
              figure.textContent!.startsWith('Chance') ? 'odds' : 'ranges',
              figure,
            ]),
        ),
      };
      new MutationObserver((records) => {
        const changed = new Set<string>();
        for (const record of records) {
          for (const [name, part] of Object.entries(parts)) {
            if (part.contains(record.target)) changed.add(name);
          }
        }
        if (changed.size > 0) batches.push([...changed].sort());
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });

    await weightSlider(page, 'Compensation').fill('0');
    await expect.poll(() => odds.textContent()).not.toBe(before);
    await expect.poll(() => insights.getAttribute('aria-busy')).toBe('false');
    // The sentences below the charts may follow a render later; the charts never do.
    const batches = await page.evaluate(() => window.__batches!);
    const withRanking = batches.filter((batch) => batch.includes('ranking'));
    const withOdds = batches.filter((batch) => batch.includes('odds'));
    expect(withRanking.length).toBeGreaterThan(0);
    expect(withOdds).toHaveLength(1);
    expect(withOdds[0]).toContain('ranking');
    expect(batches[0]).toEqual(withOdds[0]);
  });
});
