import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { salariesDocument, savedDocument } from './support/documents';
import { offerCards, statusWith, storedDocument, weightSlider } from './support/pages';

const ROUNDS = 50;
// Every duplicate re-renders both tabs (cards, ranking, charts) and every save reaches the other
// tab: a hundred of them take minutes on a busy two-core machine. A bound, not a timing check.
const STRESS = { timeout: 300_000 };
const SAVED = savedDocument(salariesDocument({ Acme: 150_000, Globex: 120_000 }));

/** A second tab of the same browser on the app, once it shows the saved offers. */
async function openSecondTab(first: Page): Promise<Page> {
  const second = await first.context().newPage();
  await second.goto('/');
  await second.getByRole('button', { name: 'Duplicate Acme', exact: true }).waitFor();
  return second;
}

/** Nothing was set aside or kept against a deletion: no merge had anything to tell. */
async function expectNoConflictNotice(page: Page): Promise<void> {
  expect(await statusWith(page, /at the same time|so it is kept|did not fit/).count()).toBe(0);
}

describe('two tabs changing things within a second', () => {
  it(
    `keep every offer when each duplicates one ${ROUNDS} times, as fast as it can`,
    STRESS,
    async () => {
      const { page: first } = await openApp({ localStorage: SAVED });
      const second = await openSecondTab(first);
      // The list shows a dozen cards at first and the other tab's copies keep pushing cards down:
      // "Show … more" until every card is shown (up to a dozen spare), then duplicate.
      const duplicate = async (page: Page, company: string) => {
        const more = page
          .getByRole('region', { name: 'Offers' })
          .getByRole('button', { name: /^Show \d+ more$/ });
        while ((await more.count()) > 0) await more.click();
        await page.getByRole('button', { name: `Duplicate ${company}`, exact: true }).click();
      };

      // Both tabs click in the same moment, round after round: their saves cross all the time.
      for (let round = 0; round < ROUNDS; round++) {
        await Promise.all([duplicate(first, 'Acme'), duplicate(second, 'Globex')]);
      }

      const total = 2 + 2 * ROUNDS;
      for (const page of [first, second]) {
        await expect
          .poll(async () => (await offerCards(page)).length, { timeout: 20_000 })
          .toBe(total);
      }
      await expect.poll(async () => (await storedDocument(first))?.offers.length).toBe(total);
      const cards = await offerCards(first);
      expect(cards.filter((name) => name === 'Acme (copy)')).toHaveLength(ROUNDS);
      expect(cards.filter((name) => name === 'Globex (copy)')).toHaveLength(ROUNDS);
      expect(await offerCards(second)).toEqual(cards);
      await expectNoConflictNotice(first);
      await expectNoConflictNotice(second);
    },
  );

  it(
    `keep every step when one tab moves one weight and the other another, ${ROUNDS} steps each`,
    STRESS,
    async () => {
      const { page: first } = await openApp({ localStorage: SAVED });
      const second = await openSecondTab(first);
      const compensation = weightSlider(first, 'Compensation');
      const growth = weightSlider(second, 'Growth');
      const start = {
        compensation: Number(await compensation.inputValue()),
        growth: Number(await growth.inputValue()),
      };

      for (let round = 0; round < ROUNDS; round++) {
        await Promise.all([compensation.press('ArrowRight'), growth.press('ArrowRight')]);
      }

      const expected = { compensation: start.compensation + ROUNDS, growth: start.growth + ROUNDS };
      for (const page of [first, second]) {
        await expect
          .poll(async () => ({
            compensation: Number(await weightSlider(page, 'Compensation').inputValue()),
            growth: Number(await weightSlider(page, 'Growth').inputValue()),
          }))
          .toEqual(expected);
      }
      await expect
        .poll(async () => {
          const weights = (await storedDocument(first))?.settings.weights;
          return { compensation: weights?.compensation, growth: weights?.growth };
        })
        .toEqual(expected);
      await expectNoConflictNotice(first);
      await expectNoConflictNotice(second);
    },
  );
});
