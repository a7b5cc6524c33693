import type { BrowserContext, ElementHandle, Page } from 'playwright-core';

/*
 * Timings taken inside the page with performance.now(), so the numbers are the browser's own
 * and leave out the round trips between Node and Chromium. "Painted" is two animation frames
 * after the DOM changed: the frame holding the change has then been produced.
 */

export interface LoadSample {
  /** Navigation start → first contentful paint. */
  firstContentfulPaint: number;
  /** Navigation start → the first row of the Ranking list is in the DOM. */
  ranking: number;
  /** … → the frame showing it has been painted. */
  rankingPainted: number;
  /** Navigation start → the "Total score by factor" chart has drawn its SVG, and painted. */
  chartsPainted: number;
}

export interface UpdateSample {
  /** Input event dispatched → the Ranking list's DOM reflects the new weight. */
  ranking: number;
  rankingPainted: number;
  /** Input event dispatched → the contribution chart's SVG reflects it. */
  charts: number;
  chartsPainted: number;
}

declare global {
  interface Window {
    __loadMarks?: Partial<
      Record<'ranking' | 'rankingPainted' | 'charts' | 'chartsPainted', number>
    >;
  }
}

/** Installs, before the app's scripts run, an observer that notes when the ranking and charts appear. */
export async function recordLoadMarks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const marks: NonNullable<Window['__loadMarks']> = {};
    window.__loadMarks = marks;
    const afterPaint = (done: () => void) =>
      requestAnimationFrame(() => requestAnimationFrame(done));
    const contributionSvg = () =>
      [...document.querySelectorAll('figure')]
        .find((figure) => figure.textContent?.includes('Total score by factor'))
        ?.querySelector('svg');
    const observer = new MutationObserver(() => {
      if (marks.ranking === undefined && document.querySelector('ol[aria-label="Ranking"] li')) {
        marks.ranking = performance.now();
        afterPaint(() => (marks.rankingPainted = performance.now()));
      }
      if (marks.charts === undefined && contributionSvg()) {
        marks.charts = performance.now();
        afterPaint(() => (marks.chartsPainted = performance.now()));
      }
      if (marks.ranking !== undefined && marks.charts !== undefined) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Reads the marks once the charts have painted (the last of them). */
export async function readLoadMarks(page: Page): Promise<LoadSample> {
  await page.waitForFunction(() => window.__loadMarks?.chartsPainted !== undefined, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => {
    const marks = window.__loadMarks!;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return {
      firstContentfulPaint: fcp,
      ranking: marks.ranking!,
      rankingPainted: marks.rankingPainted!,
      chartsPainted: marks.chartsPainted!,
    };
  });
}

export interface UpdateTargets {
  slider: ElementHandle<HTMLInputElement>;
  ranking: ElementHandle<Element>;
  chart: ElementHandle<Element>;
}

/**
 * Sets the slider to `value` as a drag would (native setter + input event, which React's
 * onChange listens to) and times how long the ranking and the chart take to follow. Waits for
 * the page to go quiet first, so that one change's late work (insights) is not billed to the next.
 */
export function measureUpdate(page: Page, targets: UpdateTargets, value: number) {
  return page.evaluate(
    async ({ slider, ranking, chart, value }): Promise<UpdateSample> => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));

      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const changed = (target: Element, accept: (record: MutationRecord) => boolean) =>
        new Promise<{ at: number; painted: number }>((resolve, reject) => {
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`No change within 5 s in ${target.outerHTML.slice(0, 80)}`));
          }, 5000);
          const observer = new MutationObserver(async (records) => {
            if (!records.some(accept)) return;
            const at = performance.now();
            observer.disconnect();
            clearTimeout(timer);
            await frame();
            await frame();
            resolve({ at, painted: performance.now() });
          });
          observer.observe(target, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
        });
      const inSvg = (record: MutationRecord) => {
        const node = record.target;
        const element = node instanceof Element ? node : node.parentElement;
        return element?.closest('svg') != null;
      };

      const rankingDone = changed(ranking, () => true);
      const chartDone = changed(chart, inSvg);
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const start = performance.now();
      setValue.call(slider, String(value));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const [rankingAt, chartAt] = await Promise.all([rankingDone, chartDone]);
      return {
        ranking: rankingAt.at - start,
        rankingPainted: rankingAt.painted - start,
        charts: chartAt.at - start,
        chartsPainted: chartAt.painted - start,
      };
    },
    { ...targets, value },
  );
}

/** Nearest-rank percentile (p = 50 for the median). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One line per measure: median, 95th percentile and the number of samples, in ms. */
export function summarize<T extends object>(title: string, samples: readonly T[]): string {
  const keys = Object.keys(samples[0] ?? {}) as (keyof T & string)[];
  const rows = keys.map((key) => {
    const values = samples.map((sample) => sample[key] as number);
    const median = percentile(values, 50).toFixed(1);
    const p95 = percentile(values, 95).toFixed(1);
    return `  ${key.padEnd(22)} median ${median.padStart(7)} ms   p95 ${p95.padStart(7)} ms`;
  });
  return `${title} (${samples.length} samples)\n${rows.join('\n')}`;
}
