import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import type { OfferEntry } from './support/pages';
import { addOffer, rankedCompanies, storedDocument, weightSlider } from './support/pages';

/** Every criterion rated in the middle: a criterion left "Not rated" is left out of its factor. */
const MIDDLING: OfferEntry['ratings'] = {
  Learning: 3,
  'Career progression': 3,
  Mentorship: 3,
  'Company outlook': 3,
  Manager: 3,
  Team: 3,
  Values: 3,
  Flexibility: 3,
};

// Three offers that each win on something else: pay (Acme), growth (Globex), balance (Initech).
const OFFERS: OfferEntry[] = [
  { company: 'Acme', baseSalary: '150k', ratings: MIDDLING },
  {
    company: 'Globex',
    baseSalary: '120,000',
    ratings: { ...MIDDLING, Learning: 5, 'Career progression': 5 },
  },
  {
    company: 'Initech',
    baseSalary: '100000',
    fields: {
      'Hours per week': '35',
      'Paid time off (days)': '35',
      'Office days per week': '0',
    },
    ratings: { ...MIDDLING, Flexibility: 5 },
  },
];

describe('entering offers and weighing them', () => {
  it('ranks three typed offers, reorders them when a weight changes and keeps both after a reload', async () => {
    const { page } = await openApp();

    for (const offer of OFFERS) await addOffer(page, offer);
    // With the default weights pay counts most.
    await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex', 'Initech']);

    await weightSlider(page, 'Compensation').fill('0');
    await expect.poll(() => rankedCompanies(page)).toEqual(['Initech', 'Globex', 'Acme']);
    await weightSlider(page, 'Growth').fill('100');
    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex', 'Initech', 'Acme']);

    await expect.poll(async () => (await storedDocument(page))?.settings.weights.growth).toBe(100);
    await page.reload();

    await expect.poll(() => rankedCompanies(page)).toEqual(['Globex', 'Initech', 'Acme']);
    expect(await weightSlider(page, 'Compensation').inputValue()).toBe('0');
    expect(await weightSlider(page, 'Growth').inputValue()).toBe('100');
    // "150k" and "120,000" were read as amounts, not as text.
    const stored = await storedDocument(page);
    expect(stored?.offers.map((offer) => offer.compensation.baseSalary)).toEqual([
      150_000, 120_000, 100_000,
    ]);
  }, 90_000); // Three whole offers typed key by key: slow on a busy 2-core machine.
});
