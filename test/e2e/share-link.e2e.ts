import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { appUrl } from './support/browser';
import { lzRunPayload } from '../../src/testing/lz-bomb';
import { exampleDocument, salariesDocument, savedDocument } from './support/documents';
import {
  rankedCompanies,
  rankingList,
  readRanking,
  statusWith,
  storedDocument,
} from './support/pages';

const SHARED = exampleDocument(3);

const allowClipboard = (context: BrowserContext) =>
  context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl()).origin,
  });

describe('a share link', () => {
  it('carries the offers to another browser, which previews them and imports them on request', async () => {
    const sender = await openApp({ localStorage: savedDocument(SHARED), prepare: allowClipboard });
    await rankingList(sender.page).waitFor();
    const ranking = await readRanking(sender.page);

    await sender.page.getByRole('button', { name: 'Export' }).click();
    await sender.page.getByRole('button', { name: 'Copy share link' }).click();
    await statusWith(sender.page, 'Share link copied').waitFor();
    const link = new URL(await sender.page.evaluate(() => navigator.clipboard.readText()));
    expect(link.origin).toBe(sender.origin);
    expect(link.hash).toMatch(/^#data=/);
    const path = `${link.pathname}${link.hash}`;

    // Someone with no offers: nothing is imported until they choose.
    const empty = await openApp({ path });
    const preview = empty.page.getByRole('region', { name: 'Offers from a share link' });
    await preview.getByText('This link holds 3 offers').waitFor();
    expect(await rankingList(empty.page).count()).toBe(0);
    expect(await storedDocument(empty.page)).toBeNull();

    await preview.getByRole('button', { name: 'Merge' }).click();

    await preview.waitFor({ state: 'detached' });
    await expect.poll(() => readRanking(empty.page)).toEqual(ranking);
    expect(new URL(empty.page.url()).hash).toBe('');
    await expect.poll(async () => (await storedDocument(empty.page))?.offers.length).toBe(3);

    // Someone with offers of their own replaces them only after confirming.
    const busy = await openApp({
      path,
      localStorage: savedDocument(salariesDocument({ Acme: 150_000, Globex: 120_000 })),
    });
    await expect.poll(() => rankedCompanies(busy.page)).toEqual(['Acme', 'Globex']);
    await busy.page
      .getByRole('region', { name: 'Offers from a share link' })
      .getByRole('button', { name: 'Replace' })
      .click();
    await busy.page
      .getByRole('dialog', { name: 'Replace your offers?' })
      .getByRole('button', { name: 'Replace everything' })
      .click();

    await expect.poll(() => readRanking(busy.page)).toEqual(ranking);
  });
});

describe('a share link that would unpack to hundreds of megabytes', () => {
  it('is refused for its size, and nothing is changed', async () => {
    // 69,550 characters that unpack to 450 million: the link of the bug report.
    const { payload } = lzRunPayload(450_000_000);
    const { page } = await openApp({ path: `/#data=${payload}` });

    const prompt = page.getByRole('region', { name: 'This share link cannot be opened' });
    await prompt.getByText('unpacks to more than 5 MB of data').waitFor();
    expect(await storedDocument(page)).toBeNull();
  });
});
