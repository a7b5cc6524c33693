import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openApp } from './support/app';
import { addOffer, offerDialog, openFolds, rankedCompanies, statusWith } from './support/pages';
import { startStaticServer } from './support/static-server';

/** Resolves once the service worker has precached the app and controls the page. */
const offlineReady = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null);

/** Every URL the service worker's caches hold. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

describe('offline and updates', () => {
  it('opens and works with no network after one visit, caching only its own files', async () => {
    const { page, context, origin } = await openApp({ serviceWorkers: 'allow' });
    await offlineReady(page);
    // What Chromium checks before it offers to install the app (manifest, icons, worker); test
    // contexts are incognito windows, where it never offers to.
    const devtools = await context.newCDPSession(page);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    const { errors, manifest } = await devtools.send('Page.getAppManifest', {});
    expect(errors).toEqual([]);
    expect(manifest).toMatchObject({
      name: 'Tradeoff — compare job offers',
      display: 'kStandalone',
    });
    expect(manifest?.icons?.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Tradeoff', level: 1 }).waitFor();
    // The offer form, the insights and the side-by-side table load lazily: all came from the cache.
    await addOffer(page, { company: 'Offline Co', baseSalary: '90k' });
    await addOffer(page, { company: 'Airplane Ltd', baseSalary: '120k' });
    await expect.poll(() => rankedCompanies(page)).toEqual(['Airplane Ltd', 'Offline Co']);
    await page.getByRole('heading', { name: 'Insights' }).waitFor();
    await page.getByRole('table', { name: 'Side by side' }).waitFor();

    const urls = await cachedUrls(page);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it('opens the offer form with no network once the page has been idle, with no service worker', async () => {
    // The page fetches the form's files when idle, and runs its code only when it opens.
    const formFiles = [
      /\/panels-[\w-]+\.js$/,
      /\/panels-[\w-]+\.css$/,
      /\/offer-form-[\w-]+\.js$/,
      /\/offer-form-[\w-]+\.css$/,
      /\/prices-module-[\w-]+\.js$/,
    ];
    const fetched: string[] = [];
    const { page, context } = await openApp({
      prepare: async (context) =>
        context.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname)),
    });
    await expect
      .poll(() => formFiles.filter((file) => fetched.some((path) => file.test(path))).length)
      .toBe(formFiles.length);

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByLabel('Company', { exact: true }).fill('Offline Co');

    // Drawn with its own style sheet: its rating choices are a row of buttons, not bare radios.
    const learning = dialog.getByRole('radiogroup', { name: 'Learning', exact: true });
    await openFolds(dialog);
    expect(await learning.evaluate((group) => getComputedStyle(group).display)).toBe('grid');
  });

  it('offers a new version with Reload, never reloads over typing, and loses nothing', async () => {
    // A copy of the build this test can deploy a new version over.
    const root = mkdtempSync(join(tmpdir(), 'tradeoff-update-'));
    cpSync(resolve('dist'), root, { recursive: true });
    const server = await startStaticServer(root);
    onTestFinished(async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    });
    const { page } = await openApp({ baseURL: server.url, serviceWorkers: 'allow' });
    await offlineReady(page);

    await page.getByRole('button', { name: 'Load example offers' }).click();
    await page.getByRole('button', { name: 'Add offer' }).click();
    const dialog = offerDialog(page);
    await dialog.getByLabel('Company', { exact: true }).fill('Typed during the update');

    // The new build: another index.html, and the service worker that precaches it.
    const indexHtml = join(root, 'index.html');
    const build = '<meta name="tradeoff-build" content="second" />';
    writeFileSync(indexHtml, readFileSync(indexHtml, 'utf8').replace('</head>', `${build}</head>`));
    const sw = join(root, 'sw.js');
    const oldSw = readFileSync(sw, 'utf8');
    const newSw = oldSw.replace(/("revision":")[^"]+(","url":"index\.html")/, '$1second-build$2');
    expect(newSw).not.toBe(oldSw);
    writeFileSync(sw, newSw);
    // What the browser does on its own on navigations (and the app when the tab is shown again).
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const notice = statusWith(page, 'A new version of Tradeoff is ready.');
    await notice.waitFor();
    await expect
      .poll(() => dialog.getByLabel('Company', { exact: true }).inputValue())
      .toBe('Typed during the update');

    // Reload with the form open would drop its typing: it asks to save first.
    await notice.getByRole('button', { name: 'Reload' }).click();
    await statusWith(page, 'Save or cancel the offer you are editing').waitFor();
    expect(await dialog.getByLabel('Company', { exact: true }).inputValue()).toBe(
      'Typed during the update',
    );
    await dialog.getByLabel('Base salary', { exact: true }).fill('500k');
    await dialog.getByRole('button', { name: 'Save offer' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const reloaded = page.waitForEvent('load');
    await statusWith(page, 'Save or cancel the offer you are editing')
      .getByRole('button', { name: 'Reload' })
      .click();
    await reloaded;
    // The page now runs the new version.
    expect(await page.locator('meta[name="tradeoff-build"]').getAttribute('content')).toBe(
      'second',
    );
    await expect.poll(async () => (await rankedCompanies(page))[0]).toBe('Typed during the update');
  });
});
