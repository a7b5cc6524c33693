import type { BenchOptions, BenchTask } from 'vitest';

interface Row {
  name: string;
  medianMs: number;
  samples: number;
  budgetMs: number | undefined;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

const formatMs = (ms: number) =>
  ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;

const printTable = (title: string, rows: readonly Row[]) => {
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = rows.map(({ name, medianMs, samples, budgetMs }) => {
    const verdict =
      budgetMs === undefined
        ? ''
        : `  budget ${budgetMs} ms: ${medianMs <= budgetMs ? 'met' : 'MISSED'}`;
    return `  ${name.padEnd(width)}  median ${formatMs(medianMs).padStart(10)}  (${samples} samples)${verdict}`;
  });
  console.log([`${title}: median time per call`, ...lines].join('\n'));
};

/**
 * Vitest's bench table shows the mean and percentiles but not the median our
 * budgets are stated in. Tinybench keeps every sample until the task's
 * "complete" event, where Vitest empties them; the "cycle" event fires just
 * before, so a listener added in `setup` can still read them.
 *
 * Pass `medianTable.options(...)` to each `bench` of a group; once the group's
 * last bench has run, one table of medians is printed.
 */
export const medianTable = (title: string, benchCount: number) => {
  const rows: Row[] = [];
  const record = (task: BenchTask, budgetMs: number | undefined) => {
    const samples = task.result?.samples ?? [];
    rows.push({ name: task.name, medianMs: median(samples), samples: samples.length, budgetMs });
    if (rows.length === benchCount) printTable(title, rows);
  };
  return {
    options: ({
      budgetMs,
      ...options
    }: BenchOptions & { budgetMs?: number } = {}): BenchOptions => ({
      ...options,
      setup: (task, mode) => {
        if (mode === 'run')
          task.addEventListener('cycle', () => record(task, budgetMs), { once: true });
      },
    }),
  };
};
