import { describe, expect, it } from 'vitest';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';

// openApp fails each test on any foreign request, console error or uncaught exception.
describe.each(['light', 'dark'] as const)('the production build in %s mode', (colorScheme) => {
  it('shows the Tradeoff heading and has no accessibility violations', async () => {
    const { page } = await openApp({ colorScheme });

    await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).waitFor({ state: 'visible' });
    expect(await page.title()).toContain('Tradeoff');
    const prefersDark = await page.evaluate(
      () => window.matchMedia('(prefers-color-scheme: dark)').matches,
    );
    expect(prefersDark).toBe(colorScheme === 'dark');
    await checkA11y(page);
  });
});

describe('the production build on a phone-sized screen', () => {
  it('shows the Tradeoff heading and has no accessibility violations', async () => {
    const { page } = await openApp({ viewport: { width: 390, height: 844 } });

    await page.getByRole('heading', { level: 1, name: 'Tradeoff' }).waitFor({ state: 'visible' });
    await checkA11y(page);
  });
});
