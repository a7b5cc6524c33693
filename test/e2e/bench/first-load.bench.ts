import { bench, describe } from 'vitest';
import { newAppContext } from '../support/app';

// Wall time from a new, empty tab to a visible main heading on the production build: what a
// first-time visitor waits for. Measured only, never asserted.
describe('first load of the production build', () => {
  bench(
    'new tab → "Tradeoff" heading visible',
    async () => {
      const context = await newAppContext();
      try {
        const page = await context.newPage();
        await page.goto('/');
        await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).waitFor();
      } finally {
        await context.close();
      }
    },
    { iterations: 20, warmupIterations: 3, time: 0 },
  );
});
