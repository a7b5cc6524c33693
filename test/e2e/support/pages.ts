import type { Locator, Page } from 'playwright-core';
import { STORAGE_KEYS } from './documents';

/*
 * What a person does and reads on the page, by role and accessible name
 * (the labels of docs/data-format.md and the UI). Journeys compose these; none uses CSS classes.
 */

export type RatingLabel =
  | 'Learning'
  | 'Career progression'
  | 'Mentorship'
  | 'Company outlook'
  | 'Manager'
  | 'Team'
  | 'Values'
  | 'Flexibility';

export interface OfferEntry {
  company: string;
  /** Typed as a person would: "150k", "120,000", "100000". */
  baseSalary: string;
  /** Other text fields by their label, e.g. { 'Hours per week': '35' }. */
  fields?: Record<string, string>;
  ratings?: Partial<Record<RatingLabel, 1 | 2 | 3 | 4 | 5>>;
}

export const offerDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: /^(New|Edit) offer$/ });

/** Opens the offer form's folds ("More pay details", "Work and culture") that are closed. */
export async function openFolds(dialog: Locator): Promise<void> {
  for (const name of ['More pay details', 'Work and culture']) {
    const title = dialog.getByText(name, { exact: true });
    if (!(await title.evaluate((el) => el.closest('details')?.open ?? true))) await title.click();
  }
}

/** Fills the open offer form. Labels are matched exactly ("Company" ≠ "Company outlook"). */
export async function fillOfferForm(dialog: Locator, entry: OfferEntry): Promise<void> {
  await dialog.getByLabel('Company', { exact: true }).fill(entry.company);
  await dialog.getByLabel('Base salary', { exact: true }).fill(entry.baseSalary);
  if (entry.fields || entry.ratings) await openFolds(dialog);
  for (const [label, value] of Object.entries(entry.fields ?? {})) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
  }
  for (const [label, value] of Object.entries(entry.ratings ?? {})) {
    await dialog
      .getByRole('radiogroup', { name: label, exact: true })
      .getByRole('radio', { name: new RegExp(`^${value}\\b`) })
      .check();
  }
}

/** Add offer → fill the form → Save offer, and wait for the dialog to close. */
export async function addOffer(page: Page, entry: OfferEntry): Promise<void> {
  await page.getByRole('button', { name: 'Add offer' }).click();
  const dialog = offerDialog(page);
  await dialog.getByRole('heading', { name: 'New offer' }).waitFor();
  await fillOfferForm(dialog, entry);
  await dialog.getByRole('button', { name: 'Save offer' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export const rankingList = (page: Page): Locator => page.getByRole('list', { name: 'Ranking' });

export interface RankingEntry {
  rank: number;
  /** The company, followed by the role when there is one. */
  name: string;
  tied: boolean;
  /** Marked as the person's current job. */
  current: boolean;
  accepted: boolean;
  score: string;
}

// Each row reads "Rank 1 Acme 76.9 out of 100", then its pay ("$156.9K a year before tax …"), to a
// screen reader; textContent drops the spaces.
const ROW = /^Rank\s*(\d+)\s*(.*?)\s*(\d+\.\d)\s*out of 100(?:[^\d].*)?$/;

/** The ranking as shown, best first; empty while there is none. */
export async function readRanking(page: Page): Promise<RankingEntry[]> {
  const texts = await rankingList(page).getByRole('listitem').allTextContents();
  return texts.map((text) => {
    const match = ROW.exec(text.trim());
    if (!match)
      throw new Error(`A ranking row reads "${text}", not "Rank N Company 12.3 out of 100"`);
    // The badges follow the company: "Tied", "Current job", "Accepted".
    const badges = /(Tied)?(Current job)?(Accepted)?$/.exec(match[2]!)!;
    return {
      rank: Number(match[1]),
      name: match[2]!.slice(0, match[2]!.length - badges[0].length),
      tied: badges[1] !== undefined,
      current: badges[2] !== undefined,
      accepted: badges[3] !== undefined,
      score: match[3]!,
    };
  });
}

/** Companies in ranking order (for offers without a role). */
export async function rankedCompanies(page: Page): Promise<string[]> {
  return (await readRanking(page)).map(({ name }) => name);
}

export const weightSlider = (page: Page, factor: string): Locator =>
  page.getByRole('region', { name: 'Weights' }).getByRole('slider', { name: factor, exact: true });

/** The parts of a stored document the journeys look at. */
export interface StoredDocument {
  offers: { id: string; company: string; compensation: { baseSalary: number } }[];
  settings: { weights: Record<string, number> };
}

/** The headings of all the offer cards, in the list's order ("Show … more" until all are shown). */
export async function offerCards(page: Page): Promise<string[]> {
  const panel = page.getByRole('region', { name: 'Offers' });
  const more = panel.getByRole('button', { name: /^Show \d+ more$/ });
  while ((await more.count()) > 0) await more.click();
  return panel.getByRole('heading', { level: 3 }).allTextContents();
}

/** The stored document, parsed from its envelope; null when nothing is stored. */
export async function storedDocument(page: Page): Promise<StoredDocument | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEYS.document);
  return raw === null ? null : JSON.parse(raw).document;
}

/**
 * Waits until the debounced save has stored exactly these companies (in the list's order), so
 * a reload or another tab sees them.
 */
export async function waitForStoredCompanies(page: Page, companies: string[]): Promise<void> {
  await page.waitForFunction(
    ({ key, expected }) => {
      const raw = window.localStorage.getItem(key);
      if (raw === null) return false;
      const offers: { company: string }[] = JSON.parse(raw).document?.offers ?? [];
      return JSON.stringify(offers.map((offer) => offer.company)) === JSON.stringify(expected);
    },
    { key: STORAGE_KEYS.document, expected: companies },
  );
}

/** The live region (role="status") while it shows a message containing `text`. */
export const statusWith = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('status').filter({ hasText: text });

/** The panels below the first screen, by their headings (src/app/app.tsx). */
export const PANELS_DRAWN_WHEN_NEAR = [
  'Insights',
  'Why they rank this way',
  'Side by side',
] as const;
export type PanelDrawnWhenNear = (typeof PANELS_DRAWN_WHEN_NEAR)[number];

/**
 * Scrolls to a panel below the first screen, as a person would: until they come near it, its place
 * holds only its heading (WhenNear), and it is loaded and drawn once they do.
 */
export async function scrollToPanel(page: Page, title: PanelDrawnWhenNear): Promise<void> {
  // Scrolled in one step in the page: the panel then replaces the heading that was scrolled to,
  // which Playwright's own scrollIntoViewIfNeeded, still checking the heading, reports as an error.
  await page
    .getByRole('heading', { level: 2, name: title, exact: true })
    .evaluate((heading) => heading.scrollIntoView());
}

/** Scrolls to every panel below the first screen in turn, so that the whole page is drawn. */
export async function scrollToEveryPanel(page: Page): Promise<void> {
  for (const title of PANELS_DRAWN_WHEN_NEAR) await scrollToPanel(page, title);
}
