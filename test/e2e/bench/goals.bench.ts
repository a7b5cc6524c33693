import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { bench, describe } from 'vitest';
import { newAppContext } from '../support/app';
import { documentWithOffers, exampleDocument, savedDocument } from '../support/documents';
import { rankingList, scrollToEveryPanel, weightSlider } from '../support/pages';
import { percentile } from './in-page-timing';

/*
 * Issue 15's goals, each printed as one line: the figure, the goal and whether it is met. Every
 * figure is taken inside the page (performance.now(), PerformanceObserver, MutationObserver) or
 * through the Chrome DevTools Protocol, on whatever machine runs it: docs/performance.md says
 * which machine each quoted figure comes from. Measured, never asserted.
 *
 * - DOM size once everything has loaded (4 example offers, 200 offers).
 * - Event listeners inside each chart (DOMDebugger.getEventListeners over the chart's subtree).
 * - A slider step → the ranking and every chart in view updated (20 and 200 offers; the page
 *   scrolled to the charts, the weights beside them as the sticky side column keeps them), and
 *   the same with 20 offers on a mid-range phone profile (4× CPU throttling).
 * - A key held on the slider for 2 s (ArrowRight at a 30 Hz key repeat): the longest task, and
 *   how closely the charts follow (the longest stretch without a chart update while steps came).
 */

const STEPS = [15, 65, 30, 80, 45, 5, 55, 90];
const UPDATES = 30;

const lines: string[] = [];
const goal = (
  what: string,
  figure: number,
  unit: string,
  limit: number,
  higherIsBetter = false,
) => {
  const met = higherIsBetter ? figure >= limit : figure <= limit;
  const shown = unit === 'ms' ? figure.toFixed(1) : String(Math.round(figure));
  const bound = `${higherIsBetter ? '≥' : '≤'} ${limit.toLocaleString('en-US')}`;
  lines.push(
    `${met ? 'met    ' : 'NOT MET'}  ${what}: ${shown} ${unit} (goal ${bound} ${unit})`.trim(),
  );
};
// Straight to the terminal: the benchmark reporter does not show console output.
const report = (text: string) => process.stdout.write(`\n${text}\n`);

async function openWith(
  storage: Record<string, string>,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newAppContext({ localStorage: storage });
  const page = await context.newPage();
  await page.goto('/');
  await rankingList(page).getByRole('listitem').first().waitFor();
  // Everything that loads lazily: the charts (all three), insights, side by side, each drawn once
  // it comes near the screen; then back to the top.
  await scrollToEveryPanel(page);
  await page.evaluate(() => scrollTo(0, 0));
  await page
    .getByRole('figure', { name: /Total score by factor/ })
    .locator('svg')
    .first()
    .waitFor({ timeout: 30_000 });
  await page
    .getByRole('figure', { name: /pay year by year/i })
    .first()
    .locator('svg')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined);
  await page.getByRole('heading', { name: 'Side by side' }).waitFor({ timeout: 30_000 });
  await quiet(page);
  return { context, page };
}

/** Waits until the page has had no DOM change for 500 ms and the main thread is idle. */
function quiet(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, 500);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, 500);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
        function done() {
          observer.disconnect();
          requestIdleCallback(() => resolve(), { timeout: 3000 });
        }
      }),
  );
}

/** Scrolls down a screen at a time to the end, as a reader would, and waits for the page to settle. */
async function scrollThrough(page: Page): Promise<void> {
  for (;;) {
    const moved = await page.evaluate(() => {
      const before = scrollY;
      scrollBy(0, innerHeight);
      return scrollY !== before;
    });
    await quiet(page);
    if (!moved) break;
  }
  await page.evaluate(() => scrollTo(0, 0));
}

const elementCount = (page: Page) => page.evaluate(() => document.querySelectorAll('*').length);

async function chartListeners(page: Page, cdp: CDPSession): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const names = await page.evaluate(() =>
    [...document.querySelectorAll('figure')]
      .filter((figure) => figure.querySelector('svg'))
      .map((figure, index) => {
        figure.dataset.benchIndex = String(index);
        return (
          figure.getAttribute('aria-label') ??
          figure.querySelector('figcaption')?.textContent ??
          `figure ${index}`
        );
      }),
  );
  for (const [index, name] of names.entries()) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('figure[data-bench-index="${index}"]')`,
    })) as { result: { objectId?: string } };
    if (!result.objectId) continue;
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
      depth: -1,
      pierce: true,
    })) as { listeners: unknown[] };
    counts.set(name.slice(0, 60), listeners.length);
  }
  return counts;
}

interface StepSample {
  ranking: number;
  /** The last chart in view to change. */
  charts: number;
}

/**
 * Sets the Compensation slider as a drag does (native setter + input event) and times the
 * ranking's first change and the last first-change among the charts in view, each chart timed
 * when its SVG first changes. Charts whose picture does not depend on the weights (pay year by
 * year) do not change and are not waited for: a step ends when the page has been quiet for
 * 300 ms.
 */
function step(page: Page, value: number): Promise<StepSample> {
  return page.evaluate(async (value) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    const slider = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find(
      (input) => input.labels?.[0]?.textContent?.includes('Compensation'),
    )!;
    const ranking = document.querySelector('ol[aria-label="Ranking"]')!;
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight && box.height > 0;
    };
    const charts = [...document.querySelectorAll('figure svg')].filter(inView);
    const changed = new Map<Element, number>();
    let rankingAt = NaN;
    let last = performance.now();
    const observer = new MutationObserver((records) => {
      const now = performance.now();
      last = now;
      for (const record of records) {
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        if (!element) continue;
        if (Number.isNaN(rankingAt) && ranking.contains(element)) rankingAt = now;
        const chart = charts.find((svg) => svg.contains(element) || element.contains(svg));
        if (chart && !changed.has(chart)) changed.set(chart, now);
      }
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const start = performance.now();
    setValue.call(slider, String(value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () => (performance.now() - last > 300 ? resolve() : setTimeout(check, 50));
      setTimeout(check, 50);
    });
    observer.disconnect();
    const chartTimes = [...changed.values()];
    // No chart in view changed: nothing to time (NaN, reported as such), never a false 0.
    return {
      ranking: rankingAt - start,
      charts: chartTimes.length ? Math.max(...chartTimes) - start : NaN,
    };
  }, value);
}

async function steps(page: Page, count: number): Promise<StepSample[]> {
  const samples: StepSample[] = [];
  for (let index = 0; index < count + 2; index++) {
    const sample = await step(page, STEPS[index % STEPS.length]!);
    if (index >= 2) samples.push(sample);
  }
  return samples;
}

const timed = (values: number[]) => values.filter((value) => !Number.isNaN(value));
const median = (values: number[]) => percentile(timed(values), 50);
const p95 = (values: number[]) => percentile(timed(values), 95);

/**
 * Holds ArrowRight on the focused Compensation slider for 2 s at a 30 Hz key repeat (not waiting
 * for the page between presses, as an operating system's key repeat does not). Reports the longest
 * task (Long Tasks API) and the longest any step waited for the contribution chart to change
 * after it (the chart following every step within two frames is ≤ 34 ms).
 */
async function holdKey(page: Page): Promise<{ longestTask: number; longestChartGap: number }> {
  await weightSlider(page, 'Compensation').fill('10');
  await quiet(page);
  await page.evaluate(() => {
    const state = { tasks: [] as number[], chartChanges: [] as number[], steps: [] as number[] };
    (window as unknown as { __hold: typeof state }).__hold = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const svg = [...document.querySelectorAll('figure')]
      .find((figure) => figure.textContent?.includes('Total score by factor'))!
      .querySelector('svg')!;
    new MutationObserver(() => state.chartChanges.push(performance.now())).observe(svg, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const slider = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find(
      (input) => input.labels?.[0]?.textContent?.includes('Compensation'),
    )!;
    slider.addEventListener('input', () => state.steps.push(performance.now()));
  });
  await weightSlider(page, 'Compensation').focus();
  const presses: Promise<void>[] = [];
  const end = Date.now() + 2000;
  while (Date.now() < end) {
    presses.push(page.keyboard.press('ArrowRight'));
    await new Promise((resolve) => setTimeout(resolve, 33));
  }
  await Promise.all(presses);
  await quiet(page);
  const state = await page.evaluate(
    () =>
      (
        window as unknown as {
          __hold: { tasks: number[]; chartChanges: number[]; steps: number[] };
        }
      ).__hold,
  );
  // How long each step waited for the chart to show it: the first change at or after the step.
  let gap = 0;
  for (const step of state.steps) {
    const shown = state.chartChanges.find((time) => time >= step);
    if (shown !== undefined) gap = Math.max(gap, shown - step);
  }
  return { longestTask: Math.max(0, ...state.tasks), longestChartGap: gap };
}

describe('issue 15 goals', () => {
  let examples: { context: BrowserContext; page: Page } | undefined;

  bench(
    'DOM, listeners, steps and held keys',
    async () => {
      // 4 example offers: DOM size and listeners per chart.
      examples = await openWith(savedDocument(exampleDocument(4)));
      goal('DOM elements, 4 example offers', await elementCount(examples.page), 'elements', 1500);
      await scrollThrough(examples.page);
      lines.push(
        `         … after scrolling to the end: ${await elementCount(examples.page)} elements`,
      );
      const cdp = await examples.context.newCDPSession(examples.page);
      for (const [name, count] of await chartListeners(examples.page, cdp)) {
        lines.push(`         event listeners in “${name}”: ${count}`);
      }
      await examples.context.close();

      for (const count of [20, 200]) {
        const { context, page } = await openWith(savedDocument(documentWithOffers(count)));
        if (count === 200) {
          goal('DOM elements, 200 offers', await elementCount(page), 'elements', 6000);
        }
        await page
          .getByRole('heading', { name: 'Why they rank this way' })
          .scrollIntoViewIfNeeded();
        const samples = await steps(page, UPDATES);
        const limit = count === 20 ? 16 : 50;
        const ranking = samples.map((sample) => sample.ranking);
        const charts = samples.map((sample) => sample.charts);
        goal(
          `slider step → ranking updated, ${count} offers, median`,
          median(ranking),
          'ms',
          limit,
        );
        goal(
          `slider step → ranking and charts in view updated, ${count} offers, median`,
          median(charts),
          'ms',
          limit,
        );
        lines.push(
          `         (steps in which a chart in view changed: ${timed(charts).length} of ${charts.length})`,
        );
        lines.push(
          `         (p95: ranking ${p95(ranking).toFixed(1)} ms, charts ${p95(charts).toFixed(1)} ms)`,
        );
        const held = await holdKey(page);
        goal(`2 s held key, ${count} offers: longest task`, held.longestTask, 'ms', 200);
        if (count === 20) {
          goal(
            '2 s held key, 20 offers: slowest step → chart changed',
            held.longestChartGap,
            'ms',
            34,
          );
        } else {
          lines.push(
            `         (200 offers, slowest step → chart changed: ${held.longestChartGap.toFixed(0)} ms)`,
          );
        }
        if (count === 20) {
          await page
            .getByRole('heading', { name: 'Why they rank this way' })
            .scrollIntoViewIfNeeded();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          const slow = await steps(page, 15);
          goal(
            'slider step → ranking and charts in view, 20 offers, 4× CPU throttling, median',
            median(slow.map((sample) => sample.charts)),
            'ms',
            50,
          );
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        }
        await context.close();
      }
      report(`Issue 15 goals\n${lines.join('\n')}`);
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
