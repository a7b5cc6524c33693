import { defineConfig } from 'vitest/config';

// Browser tests against the production build (see test/e2e/README.md). Separate from
// vite.config.ts so `npm test` never needs a browser.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    setupFiles: ['test/e2e/support/setup-file.ts'],
    // A cold page load on a busy 2-core CI machine can take seconds; never time out on that.
    // Ceilings, not measures: each wait ends as soon as the page shows what it waits for.
    testTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Two files at a time share the one Chromium; more would only fight over two cores.
    maxWorkers: 2,
    benchmark: {
      include: ['test/e2e/**/*.bench.ts'],
    },
  },
});
