import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ALL_TAX_RULES,
  createDocument,
  createSettings,
  parseDocument,
  scoreDocument,
  type TradeoffDocument,
} from '../../src/domain';
import { checkA11y } from './support/a11y';
import { openApp } from './support/app';
import { savedDocument } from './support/documents';
import {
  offerDialog,
  openFolds,
  rankingList,
  storedDocument,
  waitForStoredCompanies,
} from './support/pages';

/*
 * Honest across cities and countries (issue 27): an Austin, a San Francisco
 * and a Berlin offer entered through the form. The form suggests each cost
 * of living index from the location, with its source, and the person
 * accepts it; a US offer's health costs lower its pay; after tax, side by
 * side splits the German social contributions by what they buy, and the
 * ranking and Insights reason on the indexes accepted.
 */

const REFERENCE = 'Austin-Round Rock-San Marcos, TX';

/** Invisible direction marks left out: the text a person reads. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

interface Entry {
  company: string;
  location: string;
  base: string;
  currency?: string;
  place: string;
  /** The "Use …" button of the cost of living suggestion, or none when the index is already it. */
  index: string | null;
  /** The words naming the suggestion and its source. */
  suggestion: RegExp;
  health: boolean;
  current?: boolean;
}

const ENTRIES: Entry[] = [
  {
    company: 'Lumen',
    location: 'Austin, TX',
    base: '150000',
    place: 'US-TX',
    index: null,
    suggestion: /is your reference place: 100\. Source: BEA regional price parities, 2024/,
    health: true,
    current: true,
  },
  {
    company: 'Golden Gate',
    location: 'San Francisco, CA',
    base: '200000',
    place: 'US-CA',
    index: 'Use 118 (all prices)',
    suggestion: new RegExp(
      `San Francisco-Oakland-Fremont, CA against ${REFERENCE}: 118 on all prices, \\d+ on rents\\. Source: BEA regional price parities, 2024`,
    ),
    health: true,
  },
  {
    company: 'Kontor',
    location: 'Berlin, Germany',
    base: '95000',
    currency: 'EUR',
    place: 'DE',
    index: 'Use 79 (all prices)',
    suggestion: new RegExp(
      `Germany against ${REFERENCE}: 79 on all prices\\. Source: World Bank price level, 2024; BEA regional price parities, 2024`,
    ),
    health: false,
  },
];

const start = (): TradeoffDocument =>
  createDocument({
    settings: createSettings({
      horizonYears: 1,
      exchangeRates: { EUR: 1.08 },
      weights: { compensation: 100, growth: 0, culture: 0, workLife: 0 },
    }),
  });

/** The suggestion box under a field: its text, once the price levels have loaded. */
const suggestionUnder = (dialog: Locator, label: string) =>
  dialog
    .locator('.field')
    .filter({ has: dialog.page().getByLabel(label, { exact: true }) })
    .locator('xpath=..')
    .locator('.price-suggestion');

async function enterOffer(page: Page, entry: Entry, first: boolean) {
  await page.getByRole('button', { name: 'Add offer' }).click();
  const dialog = offerDialog(page);
  await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
  await dialog.getByLabel('Company', { exact: true }).fill(entry.company);
  await dialog.getByLabel('Location', { exact: true }).fill(entry.location);
  if (entry.currency)
    await dialog.getByLabel('Currency', { exact: true }).selectOption(entry.currency);
  await dialog.getByLabel('Base salary', { exact: true }).fill(entry.base);
  // The tax place the location suggests, taken by the person.
  await dialog.getByRole('button', { name: `Use ${entry.place}` }).click();
  if (entry.current) await dialog.getByLabel('This is my current job').check();
  await openFolds(dialog);
  await dialog.getByLabel('Annual raise (%)', { exact: true }).fill('0');
  if (first) {
    // No reference place yet: the form asks for one, here, before it suggests anything.
    await dialog.getByLabel('I compare prices as if living in').selectOption({ label: REFERENCE });
  }
  const living = suggestionUnder(dialog, 'Cost of living index');
  await expect
    .poll(async () => plain(await living.textContent()), { timeout: 20_000 })
    .toMatch(entry.suggestion);
  // Nothing is filled until the person says so.
  expect(await dialog.getByLabel('Cost of living index', { exact: true }).inputValue()).toBe('100');
  if (entry.index) await living.getByRole('button', { name: entry.index }).click();
  if (entry.health)
    await dialog.getByRole('button', { name: 'Use $1,440 as your health costs' }).click();
  else
    await expect
      .poll(async () =>
        plain(await suggestionUnder(dialog, 'Your health costs (per year)').textContent()),
      )
      .toContain('paid by the social contributions or taxes counted after tax');
  if (first) await checkA11y(page);
  await dialog.getByRole('button', { name: 'Save offer' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('honest across cities and countries', () => {
  it('suggests each index from its location with its source, counts health costs and splits German contributions', async () => {
    const { page } = await openApp({
      localStorage: savedDocument(start()),
      viewport: { width: 1280, height: 900 },
    });
    await page.getByRole('button', { name: 'Add offer' }).waitFor();
    for (const [i, entry] of ENTRIES.entries()) await enterOffer(page, entry, i === 0);

    // Saved as accepted: each index, where it came from, and the health costs.
    await waitForStoredCompanies(page, ['Lumen', 'Golden Gate', 'Kontor']);
    const stored = (await storedDocument(page)) as unknown as TradeoffDocument;
    const saved = stored.offers.map((o) => ({
      company: o.company,
      index: o.compensation.costOfLivingIndex,
      from: o.compensation.costOfLivingFrom,
      health: o.compensation.healthCostsPerYear,
    }));
    expect(saved).toEqual([
      {
        company: 'Lumen',
        index: 100,
        from: { place: 'US-M-austin', reference: 'US-M-austin', measure: 'all' },
        health: 1440,
      },
      {
        company: 'Golden Gate',
        index: 118,
        from: { place: 'US-M-san-francisco', reference: 'US-M-austin', measure: 'all' },
        health: 1440,
      },
      {
        company: 'Kontor',
        index: 79,
        from: { place: 'DE', reference: 'US-M-austin', measure: 'all' },
        health: 0,
      },
    ]);
    expect(stored.settings.pricesAsIn).toBe('US-M-austin');

    // The ranking says where each index comes from.
    await page
      .getByText(
        'Cost of living index: suggested from built-in prices for Lumen, Golden Gate, Kontor.',
      )
      .waitFor();

    await page.getByRole('switch', { name: 'After tax' }).click();
    await expect
      .poll(() => rankingList(page).locator('.ranking-pay').allTextContents(), { timeout: 20_000 })
      .toEqual(Array(3).fill(expect.stringMatching(/a year after tax/)));

    // The figures the ranking and Insights show are the model's with these indexes and costs.
    const parsed = parseDocument({ ...stored, settings: { ...stored.settings, compareOn: 'net' } });
    if (!parsed.ok) throw new Error('the stored document did not parse');
    const mean = (doc: TradeoffDocument, company: string) =>
      scoreDocument(doc, ALL_TAX_RULES).scored.find((s) => s.company === company)!.meanCompensation;
    const doc = parsed.document;
    const kontorLess = mean(doc, 'Lumen') - mean(doc, 'Kontor');
    const words = `$${(Math.round(kontorLess / 100) * 100).toLocaleString('en-US')} a year less than staying, after tax`;
    const insights = page.getByRole('region', { name: 'Insights' });
    await expect
      .poll(async () => plain(await insights.textContent()), { timeout: 20_000 })
      .toContain(`pays ${words}`);
    // Without Berlin's index the same sentence would name another amount: the index is used.
    const at100 = {
      ...doc,
      offers: doc.offers.map((o) =>
        o.company === 'Kontor'
          ? { ...o, compensation: { ...o.compensation, costOfLivingIndex: 100 } }
          : o,
      ),
    };
    expect(Math.round((mean(at100, 'Lumen') - mean(at100, 'Kontor')) / 100)).not.toBe(
      Math.round(kontorLess / 100),
    );
    // Lumen's $1,440 of health costs lower its pay after tax by less than that: paid before tax,
    // they save 24 % federal tax (taxable $133,900 is in that bracket) and 7.65 % of FICA.
    const noHealth = {
      ...doc,
      offers: doc.offers.map((o) =>
        o.company === 'Lumen'
          ? { ...o, compensation: { ...o.compensation, healthCostsPerYear: 0 } }
          : o,
      ),
    };
    const lowered = mean(noHealth, 'Lumen') - mean(doc, 'Lumen');
    expect(lowered).toBeCloseTo(1_440 * (1 - 0.24 - 0.0765), 6);

    // Side by side splits Berlin's €95,000 contributions: pension 9.3 %, health and care
    // 10.85 % of the 69,750 ceiling, unemployment 1.3 %.
    const table = page.getByRole('table', { name: 'Side by side' });
    const cell = async (row: string) =>
      plain(await table.getByRole('row', { name: new RegExp(`^${row}`) }).textContent());
    await expect
      .poll(() => cell('Contributions for a pension'), { timeout: 20_000 })
      .toContain('€8,835');
    expect(await cell('Contributions for health insurance')).toContain('€7,568');
    expect(await cell('Contributions for unemployment insurance')).toContain('€1,235');
    await checkA11y(page);
  });
});
