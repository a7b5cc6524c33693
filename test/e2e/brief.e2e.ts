import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import { appUrl } from './support/browser';
import { exampleDocument, savedDocument } from './support/documents';
import { rankingList, statusWith } from './support/pages';
import { pdfPages } from './support/pdf-text';

const FOUR_OFFERS = savedDocument(exampleDocument(4));

const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl()).origin,
  });

const openBrief = async (page: Page) => {
  await rankingList(page).waitFor();
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Decision brief' }).click();
  const brief = page.getByRole('article', { name: 'Decision brief' });
  await brief.getByRole('heading', { name: 'Decision brief' }).waitFor();
  return brief;
};

/** The brief's ranking: each offer's name (with its role) and score, best first. */
const briefRanking = async (page: Page) => {
  const rows = page.getByRole('region', { name: 'Ranking' }).getByRole('row');
  const entries: { name: string; score: string }[] = [];
  for (const row of (await rows.all()).slice(1)) {
    entries.push({
      name: (await row.getByRole('rowheader').innerText()).split('\n')[0]!.trim(),
      score: (await row.getByRole('cell').nth(1).innerText()).trim(),
    });
  }
  return entries;
};

/** Text as printed: no spaces (the PDF may leave them out), ligatures ("ﬀ") spelled out. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s\u2066-\u2069]/g, '');

describe('the decision brief', () => {
  it('prints four offers on at most two A4 pages, with every name and score and no buttons', async () => {
    const { page } = await openApp({ localStorage: FOUR_OFFERS });
    await openBrief(page);
    const ranking = await briefRanking(page);
    expect(ranking).toHaveLength(4);

    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(2);
    const printed = squeeze(pages.join(''));
    for (const { name, score } of ranking) {
      expect(printed).toContain(squeeze(name));
      expect(printed).toContain(score);
    }
    expect(printed).toContain(squeeze('Weights used'));
    // Only the brief is printed: not the header, its buttons or the brief's own actions.
    for (const control of ['Add offer', 'Copy as text', 'Back to the comparison', 'Import'])
      expect(printed).not.toContain(squeeze(control));

    await checkA11y(page);
  });

  it('copies the ranking and the insight sentences as text, on a phone in the dark theme', async () => {
    const { page } = await openApp({
      localStorage: FOUR_OFFERS,
      prepare: allowClipboard,
      colorScheme: 'dark',
      viewport: { width: 360, height: 780 },
    });
    const brief = await openBrief(page);
    const ranking = await briefRanking(page);
    // The page itself never scrolls sideways; the wide tables scroll in their own boxes.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    await brief.getByRole('button', { name: 'Copy as text' }).click();
    await statusWith(page, 'Brief copied as text.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const text = copied.replace(/[\u2066-\u2069]/g, '');

    ranking.forEach(({ name, score }, index) =>
      expect(text).toMatch(new RegExp(`^${index + 1}\\. ${name}.*: ${score}`, 'm')),
    );
    const sentences = await brief
      .getByRole('region', { name: 'Insights' })
      .getByRole('paragraph')
      .allInnerTexts();
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) expect(text).toContain(sentence.trim());

    await checkA11y(page);
  });

  it('prints whole words and keeps each table on one page, with what its figures are', async () => {
    const { page } = await openApp({
      localStorage: FOUR_OFFERS,
      viewport: { width: 720, height: 1000 },
    });
    const brief = await openBrief(page);
    await page.emulateMedia({ media: 'print' });
    // Every word of a name or a line stays on one line: no "Fieldston / e".
    const split = await brief.evaluate((root) => {
      const broken: string[] = [];
      for (const node of root.querySelectorAll('.user-text, th, td, dd')) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s-]+/g)) {
          const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            const length = t.textContent?.length ?? 0;
            const start = match.index - offset;
            if (start >= 0 && start + match[0].length <= length) {
              const range = document.createRange();
              range.setStart(t, start);
              range.setEnd(t, start + match[0].length);
              const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (tops.size > 1) broken.push(match[0]);
            }
            offset += length;
          }
        }
      }
      return broken;
    });
    expect(split).toEqual([]);

    const pages = pdfPages(await page.pdf({ format: 'A4' })).map(squeeze);
    // The key rows are not cut across pages: their heading and last row print together.
    const rows = await brief
      .getByRole('region', { name: 'Side by side' })
      .getByRole('rowheader')
      .allInnerTexts();
    const last = squeeze(rows.at(-1) ?? '');
    const withHeading = pages.filter((p) => p.includes(squeeze('Side by side')));
    expect(withHeading).toHaveLength(1);
    expect(withHeading[0]).toContain(last);
    // The brief says what its figures are, on paper too.
    expect(pages[0]).toContain(squeeze('Before tax, a year on average over 4 years'));
    expect(pages[0]).toContain(squeeze('1 EUR ='));
  });
});
