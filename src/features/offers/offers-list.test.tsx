import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer, type DocumentOverrides } from '../../testing/domain-factories';
import { ALL_TAX_RULES } from '../../domain';
import { renderWithStore } from '../../testing/render';
import { OffersSection } from './offers-list';
import {
  field,
  offerCards,
  offerDialog,
  renderOffersPage,
  formReady,
} from '../../testing/offers-page';

const twoOffers = (settings: DocumentOverrides['settings'] = {}) =>
  makeDocument({
    settings,
    offers: [
      makeOffer({
        id: 'acme',
        company: 'Acme',
        role: 'Engineer',
        location: 'Berlin',
        compensation: { baseSalary: 100000 },
      }),
      makeOffer({ id: 'beta', company: 'Beta', compensation: { baseSalary: 120000 } }),
    ],
  });

const card = (company: string) =>
  within(screen.getByRole('region', { name: 'Offers' }))
    .getAllByRole('listitem')
    .find((item) => within(item).queryByRole('heading', { name: company }))!;

describe('the offers list', () => {
  it('shows year 1 and the average on one basis, named: both after tax when After tax is on', () => {
    const seattle = makeOffer({
      id: 'sea',
      company: 'Seattle',
      tax: { place: 'US-WA', effectiveRatePct: null },
      compensation: { baseSalary: 185_000, annualRaisePct: 0 },
    });
    const settings = { horizonYears: 4, compareOn: 'net' as const };
    renderWithStore(<OffersSection />, makeDocument({ offers: [seattle], settings }), {
      taxRules: ALL_TAX_RULES,
    });
    // $185,000 in Washington, single, keeps $137,745 a year (tax.test.ts).
    const pay = within(card('Seattle'))
      .getByText(/Pay per year/)
      .closest('div')!;
    expect(pay).toHaveTextContent('Pay per year after tax');
    expect(pay).toHaveTextContent('Y1 $137.7K · , 4-yr avg $137.7K');
  });

  it('names the basis before tax', () => {
    renderOffersPage(twoOffers({ horizonYears: 3 }));
    const pay = within(card('Beta'))
      .getByText(/Pay per year/)
      .closest('div')!;
    expect(pay).toHaveTextContent('Pay per year before tax');
    expect(pay).toHaveTextContent('3-yr avg');
  });

  it('shows a dozen cards and the rest a dozen at a time', async () => {
    const offers = Array.from({ length: 14 }, (_, i) =>
      makeOffer({ id: `o${i}`, company: `Offer ${i + 1}` }),
    );
    const { user } = renderOffersPage(makeDocument({ offers }));
    expect(offerCards()).toHaveLength(12);
    expect(screen.getByText('12 of 14 shown')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(offerCards()).toHaveLength(14);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
  });

  it('shows each offer with its role, location, status, score and rank', () => {
    renderOffersPage(twoOffers());
    const acme = within(card('Acme'));
    expect(acme.getByText('Engineer · Berlin')).toBeInTheDocument();
    expect(acme.getByText('Considering')).toBeInTheDocument();
    expect(acme.getByText('Score').nextElementSibling?.textContent).toMatch(/^\d+\.\d$/);
    expect(acme.getByText('Rank').nextElementSibling).toHaveTextContent('2 of 2');
    expect(within(card('Beta')).getByText('Rank').nextElementSibling).toHaveTextContent('1 of 2');
  });

  it('shows how long is left until the decision deadline', () => {
    const document = twoOffers();
    const inFiveDays = new Date();
    inFiveDays.setDate(inFiveDays.getDate() + 5);
    const pad = (n: number) => String(n).padStart(2, '0');
    document.offers[0]!.deadline = `${inFiveDays.getFullYear()}-${pad(inFiveDays.getMonth() + 1)}-${pad(inFiveDays.getDate())}`;
    renderOffersPage(document);
    expect(within(card('Acme')).getByText('5 days left')).toBeInTheDocument();
  });

  it('says why an offer is not scored and opens the form to fix it', async () => {
    const document = twoOffers();
    document.offers[0]!.currency = 'GBP';
    const { user } = renderOffersPage(document);
    expect(within(card('Acme')).getByText(/Missing exchange rate/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fix Acme' }));
    await formReady();
    expect(field('Exchange rate')).toHaveValue('');
  });

  it('edits an offer and shows the change', async () => {
    const { user, store } = renderOffersPage(twoOffers());
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    expect(within(offerDialog()).getByRole('heading', { name: 'Edit offer' })).toBeInTheDocument();
    expect(field('Company')).toHaveValue('Acme');
    expect(field('Base salary')).toHaveValue('$100,000');
    await user.clear(field('Company'));
    await user.type(field('Company'), 'Acme Robotics');
    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));

    await waitFor(() => expect(offerCards()).toEqual(['Acme Robotics', 'Beta']));
    const saved = store.get().offers[0]!;
    expect(saved.id).toBe('acme');
    expect(saved.updatedAt > saved.createdAt).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Saved Acme Robotics');
  });

  it('duplicates an offer right after the original', async () => {
    const { user, store } = renderOffersPage(twoOffers());
    await user.click(screen.getByRole('button', { name: 'Duplicate Acme' }));
    await waitFor(() => expect(offerCards()).toEqual(['Acme', 'Acme (copy)', 'Beta']));
    const copy = store.get().offers[1]!;
    expect(copy.id).not.toBe('acme');
    expect(copy.compensation.baseSalary).toBe(100000);
  });

  it('deletes an offer at once and brings it back in place with Undo', async () => {
    const { user, store } = renderOffersPage(twoOffers());
    const original = store.get().offers[0];
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    await waitFor(() => expect(offerCards()).toEqual(['Beta']));
    expect(screen.getByRole('status')).toHaveTextContent('Deleted Acme');

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(offerCards()).toEqual(['Acme', 'Beta']));
    expect(store.get().offers[0]).toEqual(original);
  });

  it('undoes a delete without losing an edit made since', async () => {
    const { user, store } = renderOffersPage(twoOffers());
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    act(() =>
      store.update((doc) => ({
        ...doc,
        offers: doc.offers.map((o) => ({ ...o, company: 'Beta Corp' })),
      })),
    );

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(offerCards()).toEqual(['Acme', 'Beta Corp']));
  });

  it('says so, and changes nothing, when the deleted offer is back already', async () => {
    const { user, store } = renderOffersPage(twoOffers());
    await user.click(screen.getByRole('button', { name: 'Delete Acme' }));
    act(() => store.set(twoOffers(), 'external'));

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(offerCards()).toEqual(['Acme', 'Beta']));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Acme is back already, so there was nothing to undo.',
    );
  });

  it('has one "Add offer" button in the header once there are offers', async () => {
    const { user } = renderOffersPage(twoOffers());
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    await formReady();
    expect(within(offerDialog()).getByRole('heading', { name: 'New offer' })).toBeInTheDocument();
  });
});

describe('the welcome panel', () => {
  it('loads the example offers', async () => {
    const { user, store } = renderOffersPage();
    expect(screen.getAllByRole('button', { name: 'Add offer' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Load example offers' }));
    // The examples load on request.
    await waitFor(() =>
      expect(offerCards()).toEqual(['Northwind', 'Lumen Labs', 'Fieldnote', 'Kontor']),
    );
    expect(store.get().settings.exchangeRates).toHaveProperty('EUR');
  });

  it('adds the first offer', async () => {
    const { user, store } = renderOffersPage();
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    await formReady();
    await user.type(field('Company'), 'Initech');
    await user.type(field('Base salary'), '90k');
    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    expect(store.get().offers.map((o) => o.company)).toEqual(['Initech']);
    await waitFor(() => expect(offerCards()).toEqual(['Initech']));
  });
});
