import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { appUrl } from './support/browser';
import { salariesDocument, savedDocument } from './support/documents';
import { scrollToPanel } from './support/pages';

/*
 * What people type cannot rewrite the page: a name with a right-to-left
 * override stays inside its own isolate, and an 80-letter name with no
 * space wraps instead of widening the page.
 */

const LONG = 'Supercalifragilisticexpialidocious'.repeat(3).slice(0, 80);
const OVERRIDE = '\u202EAcme';

describe('names that could rewrite the page', () => {
  it.each([
    ['wide', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ])('a long unbroken name wraps on a %s screen', async (_name, viewport) => {
    const { page } = await openApp({
      viewport,
      localStorage: savedDocument(salariesDocument({ [LONG]: 150_000, Globex: 120_000 })),
    });
    // A table on a wide screen, one card per offer on a phone.
    await scrollToPanel(page, 'Side by side');
    await page
      .getByRole('table', { name: /Side by side/ })
      .or(page.getByRole('list', { name: 'Side by side' }))
      .waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width);
  });

  it('keeps a right-to-left override inside the name in "What a raise would do"', async () => {
    const { page } = await openApp({
      localStorage: savedDocument(salariesDocument({ Globex: 150_000, [OVERRIDE]: 120_000 })),
    });
    const section = page.getByRole('region', { name: 'What a raise would do' });
    const line = section.getByRole('listitem').filter({ hasText: 'Acme' });
    await line.waitFor();
    // The sentence after the name is laid out left to right: it starts at the
    // left of its line, after the isolated name.
    const { nameRight, textLeft } = await line.evaluate((li) => {
      const name = li.querySelector('strong') as HTMLElement;
      const after = document.createRange();
      after.setStartAfter(name);
      after.setEndAfter(li.lastChild as Node);
      return {
        nameRight: name.getBoundingClientRect().right,
        textLeft: after.getBoundingClientRect().left,
      };
    });
    expect(textLeft).toBeGreaterThanOrEqual(nameRight - 1);
  });

  it('copies the brief as text with no direction controls, so a pasted line reads as on the page', async () => {
    const { page } = await openApp({
      localStorage: savedDocument(salariesDocument({ Globex: 150_000, [OVERRIDE]: 120_000 })),
      prepare: (context) =>
        context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(appUrl()).origin,
        }),
    });
    await page.getByRole('list', { name: 'Ranking' }).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Decision brief' }).click();
    const brief = page.getByRole('article', { name: 'Decision brief' });
    await brief.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Acme');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // No override, embedding or isolate control survives; the name and its score read in order.
    expect(copied).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(copied).toMatch(/^2\. Acme: \d+\.\d/m);
  });
});
