import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server';
import type { StaticServer } from './static-server';

describe('the static server for the production build', () => {
  let site: string;
  let server: StaticServer;

  beforeAll(async () => {
    const parent = await mkdtemp(join(tmpdir(), 'tradeoff-static-'));
    site = join(parent, 'site');
    await mkdir(join(site, 'assets'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(join(site, 'assets', 'app.js'), 'export {};');
    await writeFile(join(parent, 'secret.txt'), 'outside the site');
    server = await startStaticServer(site);
    return async () => {
      await server.close();
      await rm(parent, { recursive: true, force: true });
    };
  });

  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves index.html for the root and scripts as JavaScript', async () => {
    const page = await fetch(`${server.url}/`);
    const script = await fetch(`${server.url}/assets/app.js`);

    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>t</title>');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('sends text gzip-compressed to a browser that accepts it, as static hosts do', async () => {
    const gzip = await fetch(`${server.url}/assets/app.js`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    const plain = await fetch(`${server.url}/assets/app.js`, {
      headers: { 'accept-encoding': 'identity' },
    });

    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe('export {};');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-length')).toBe('10');
    expect(await plain.text()).toBe('export {};');
  });

  it('answers 404 for missing files instead of falling back to index.html', async () => {
    expect((await fetch(`${server.url}/offers/1`)).status).toBe(404);
  });

  it('never serves a file outside the site folder', async () => {
    const response = await fetch(`${server.url}/..%2fsecret.txt`);

    expect(response.status).toBe(404);
  });
});
