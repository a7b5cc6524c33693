import type { Locator, Page } from 'playwright-core';

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through
 * the page; fails when it is not reached within `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, limit = 60 }: { backwards?: boolean; limit?: number } = {},
): Promise<void> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${target} was not reached in ${limit} presses of Tab; focus is on ${focused}`);
}

/** Waits until `target` has the focus (e.g. after a dialog opens and moves it). */
export async function waitForFocus(target: Locator): Promise<void> {
  const handle = await target.elementHandle();
  await target.page().waitForFunction((element) => element === document.activeElement, handle);
}

export const hasVisibleFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element.matches(':focus-visible'));
