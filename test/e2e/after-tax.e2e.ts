import { createDocument, createOffer, createSettings } from '../../src/domain';
import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { savedDocument } from './support/documents';
import { rankedCompanies, storedDocument } from './support/pages';

const NOW = '2026-12-01T09:00:00.000Z';

/** A Seattle and a London offer that trade places once tax is counted (scoring.md §11). */
function seattleAndLondon() {
  const offer = (
    id: string,
    company: string,
    baseSalary: number,
    place: string,
    currency: string,
  ) => {
    const base = createOffer({ id, company, currency, now: NOW });
    return {
      ...base,
      tax: { place, effectiveRatePct: null },
      compensation: { ...base.compensation, baseSalary, annualRaisePct: 0 },
    };
  };
  return createDocument({
    settings: createSettings({
      horizonYears: 1,
      exchangeRates: { GBP: 1.27 },
      weights: { compensation: 100, growth: 0, culture: 0, workLife: 0 },
    }),
    // Gross, £130,000 × 1.27 = $165,100 beats $160,000; after tax London keeps £80,686.40
    // (≈ $102,472) and Seattle $120,626.
    offers: [
      offer('sea', 'Seattle', 160_000, 'US-WA', 'USD'),
      offer('lon', 'London', 130_000, 'GB-ENG', 'GBP'),
    ],
  });
}

describe('comparing after tax', () => {
  it('loads the tax rules on demand, reranks on net pay, labels each estimate and keeps it after a reload', async () => {
    const { page } = await openApp({ localStorage: savedDocument(seattleAndLondon()) });
    await expect.poll(() => rankedCompanies(page)).toEqual(['London', 'Seattle']);

    await page.getByRole('switch', { name: 'After tax' }).click();
    await expect.poll(() => rankedCompanies(page)).toEqual(['Seattle', 'London']);

    const table = page.getByRole('table', { name: 'Side by side' });
    await table.getByText('estimate · US federal + WA · 2026 rules · single').waitFor();
    await table
      .getByText('estimate · UK (England, Wales, Northern Ireland) · 2026–27 rules')
      .waitFor();
    const net = table.getByRole('row', { name: /^Net pay/ });
    await expect.poll(() => net.textContent()).toContain('$120,626');
    await expect.poll(() => net.textContent()).toContain('£80,686');

    await expect
      .poll(
        async () =>
          ((await storedDocument(page)) as unknown as { settings: { compareOn: string } })?.settings
            .compareOn,
      )
      .toBe('net');
    await page.reload();
    await expect.poll(() => rankedCompanies(page)).toEqual(['Seattle', 'London']);
    expect(await page.getByRole('switch', { name: 'After tax' }).isChecked()).toBe(true);
  });
});
