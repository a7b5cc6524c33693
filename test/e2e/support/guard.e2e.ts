import { describe, expect, it, onTestFinished } from 'vitest';
import { newAppContext, openApp } from './app';
import { appUrl } from './browser';
import { guardContext } from './guard';

// A guarded page whose problems the test inspects itself instead of failing on them.
async function watchedApp() {
  const context = await newAppContext();
  onTestFinished(() => context.close());
  const guard = await guardContext(context, new URL(appUrl()).origin);
  const page = await context.newPage();
  await page.goto('/');
  return { page, guard };
}

describe('the browser-test guard', () => {
  it('blocks a request to another origin before it is sent and records it', async () => {
    const { page, guard } = await watchedApp();

    const outcome = await page.evaluate(() =>
      fetch('https://tracker.example/collect').then(
        () => 'sent',
        () => 'blocked',
      ),
    );

    expect(outcome).toBe('blocked');
    expect(guard.problems()).toContainEqual({
      kind: 'foreign request',
      detail: 'GET https://tracker.example/collect',
    });
  });

  it('records a WebSocket to another origin', async () => {
    const { page, guard } = await watchedApp();

    await page.evaluate(() => void new WebSocket('wss://sync.example/socket'));

    await expect
      .poll(() => guard.problems())
      .toContainEqual({ kind: 'foreign request', detail: 'WebSocket wss://sync.example/socket' });
  });

  it('records console errors and uncaught exceptions', async () => {
    const { page, guard } = await watchedApp();

    await page.evaluate(() => {
      console.error('storage is broken');
      setTimeout(() => {
        throw new Error('render crashed');
      });
    });

    await expect
      .poll(() => guard.problems().map(({ kind }) => kind))
      .toEqual(['console error', 'page error']);
    expect(() => guard.assertClean()).toThrow(/storage is broken[\s\S]*render crashed/);
  });

  it('lets the app load its own files without recording anything', async () => {
    const { page, guard } = await watchedApp();

    const status = await page.evaluate(() =>
      fetch('/index.html').then((response) => response.status),
    );

    expect(status).toBe(200);
    expect(guard.problems()).toEqual([]);
    expect(() => guard.assertClean()).not.toThrow();
  });

  // The automatic check runs when the test finishes, so only an expected failure can show it.
  it.fails('fails a test whose page logged a console error', async () => {
    const { page, guard } = await openApp();

    await page.evaluate(() => console.error('something went wrong'));

    await expect.poll(() => guard.problems().length).toBe(1);
  });
});
