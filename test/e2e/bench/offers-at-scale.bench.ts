import type { BrowserContext, ElementHandle, Page } from 'playwright-core';
import { bench, describe } from 'vitest';
import { newAppContext } from '../support/app';
import { documentWithOffers, savedDocument } from '../support/documents';
import { rankingList, scrollToEveryPanel, weightSlider } from '../support/pages';
import {
  measureUpdate,
  readLoadMarks,
  recordLoadMarks,
  summarize,
  type LoadSample,
  type UpdateSample,
  type UpdateTargets,
} from './in-page-timing';

/*
 * A returning visitor with 20 or 200 saved offers (the most Tradeoff holds). Two timings, each
 * taken inside the page (see in-page-timing.ts) and printed as median and 95th percentile after
 * the run; Vitest's own table beside them also counts the round trips to the browser. Measured,
 * never asserted: docs/performance.md holds the figures and the targets.
 */

const LOADS = 10;
const UPDATES = 40;
// Compensation weights to move between; every step differs from the one before.
const STEPS = [15, 65, 30, 80, 45, 5, 55, 90];

type Phase = 'warmup' | 'run';

// Straight to the terminal: the benchmark reporter does not show console output.
const report = (text: string) => process.stdout.write(`\n${text}\n`);

describe.each([20, 200])('%i saved offers', (count) => {
  const storage = savedDocument(documentWithOffers(count));
  const loads: LoadSample[] = [];
  const updates: UpdateSample[] = [];
  let phase: Phase = 'warmup';
  let context: BrowserContext | undefined;
  let page: Page;
  let targets: UpdateTargets;
  let step = 0;

  // Vitest runs no hooks around benchmarks: the page is opened by the first (warm-up) change.
  async function openLongLivedPage(): Promise<void> {
    context = await newAppContext({ localStorage: storage });
    page = await context.newPage();
    await page.goto('/');
    await rankingList(page).getByRole('listitem').first().waitFor();
    // The panels below are drawn once they come near the screen: every one drawn, as before.
    await scrollToEveryPanel(page);
    await page.evaluate(() => scrollTo(0, 0));
    const chart = page.getByRole('figure', { name: /Total score by factor/ });
    await chart.locator('svg').first().waitFor({ timeout: 30_000 });
    targets = {
      slider: (await weightSlider(
        page,
        'Compensation',
      ).elementHandle()) as ElementHandle<HTMLInputElement>,
      ranking: (await rankingList(page).elementHandle())!,
      chart: (await chart.elementHandle())!,
    };
  }

  bench(
    'navigation → ranking and charts visible',
    async () => {
      const fresh = await newAppContext({ localStorage: storage });
      try {
        await recordLoadMarks(fresh);
        const tab = await fresh.newPage();
        await tab.goto('/');
        const sample = await readLoadMarks(tab);
        if (phase === 'run') loads.push(sample);
        if (loads.length === LOADS) report(summarize(`${count} offers: navigation → shown`, loads));
      } finally {
        await fresh.close();
      }
    },
    {
      iterations: LOADS,
      time: 0,
      warmupIterations: 1,
      warmupTime: 0,
      setup: (_task, mode) => {
        phase = mode;
      },
    },
  );

  bench(
    'Compensation slider input → ranking and charts updated',
    async () => {
      if (!context) await openLongLivedPage();
      const value = STEPS[step++ % STEPS.length]!;
      const sample = await measureUpdate(page, targets, value);
      if (phase === 'run') updates.push(sample);
      if (updates.length === UPDATES) {
        report(summarize(`${count} offers: slider input → updated`, updates));
        await context?.close();
      }
    },
    {
      iterations: UPDATES,
      time: 0,
      warmupIterations: 3,
      warmupTime: 0,
      setup: (_task, mode) => {
        phase = mode;
      },
    },
  );
});
