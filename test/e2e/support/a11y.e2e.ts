import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, findA11yViolations } from './a11y';
import { openApp } from './app';

// Puts a button with no accessible name next to the main heading.
async function addNamelessButton(page: Page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'nameless';
    document.querySelector('h1')?.after(button);
  });
}

describe('checkA11y', () => {
  it('fails with the rule, its help and the offending element', async () => {
    const { page } = await openApp();
    await addNamelessButton(page);

    await expect(checkA11y(page)).rejects.toThrow(
      /button-name: Buttons must have discernible text[\s\S]*#nameless/,
    );
  });

  it('leaves out the rules a test disables', async () => {
    const { page } = await openApp();
    await addNamelessButton(page);

    const violations = await findA11yViolations(page, { disableRules: ['button-name'] });

    expect(violations.map(({ id }) => id)).not.toContain('button-name');
  });
});
