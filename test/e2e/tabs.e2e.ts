import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { addOffer, offerCards, rankedCompanies } from './support/pages';

describe('two tabs of the app', () => {
  it('show each other’s new offers without a reload, and both keep them after one', async () => {
    const { page: first, context } = await openApp();
    const second = await context.newPage();
    await second.goto('/');
    await second.getByRole('button', { name: 'Load example offers' }).waitFor();

    await addOffer(first, { company: 'Acme', baseSalary: '150k' });
    await expect.poll(() => rankedCompanies(second)).toEqual(['Acme']);

    await addOffer(second, { company: 'Globex', baseSalary: '120k' });
    await expect.poll(() => rankedCompanies(first)).toEqual(['Acme', 'Globex']);

    await Promise.all([first.reload(), second.reload()]);
    for (const page of [first, second]) {
      await expect.poll(() => offerCards(page)).toEqual(['Acme', 'Globex']);
      await expect.poll(() => rankedCompanies(page)).toEqual(['Acme', 'Globex']);
    }
  });
});
