import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  field,
  offerCards,
  offerDialog,
  renderOffersPage,
  formReady,
  saveOffer,
} from '../../testing/offers-page';

const oneOffer = (overrides: Parameters<typeof makeOffer>[0] = {}) =>
  makeDocument({ offers: [makeOffer({ id: 'acme', company: 'Acme', ...overrides })] });

/** Opens "New offer" and fills the two fields every offer needs. */
const startNewOffer = async (
  user: ReturnType<typeof renderOffersPage>['user'],
  { company = 'Globex', baseSalary = '150000' } = {},
) => {
  await user.click(screen.getByRole('button', { name: 'Add offer' }));
  await formReady();
  // Pasting keeps these tests quick; typing itself is covered where it matters.
  if (company) {
    await user.click(field('Company'));
    await user.paste(company);
  }
  if (baseSalary) {
    await user.click(field('Base salary'));
    await user.paste(baseSalary);
  }
};

/** Clicks Save offer and lets the (asynchronous) validation answer before the test looks. */
const save = saveOffer;

describe('adding an offer', () => {
  it('opens an empty "New offer" form and adds the saved offer to the list', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    expect(within(offerDialog()).getByRole('heading', { name: 'New offer' })).toBeInTheDocument();
    await user.type(field('Role'), 'Staff Engineer');
    await save(user);

    expect(screen.queryByRole('dialog', { name: /^(New|Edit) offer$/ })).not.toBeInTheDocument();
    // The list catches up right after the save (a deferred render): wait for it.
    await waitFor(() => expect(offerCards()).toEqual(['Acme', 'Globex']));
    const saved = store.getDocument().offers[1];
    expect(saved).toMatchObject({ company: 'Globex', role: 'Staff Engineer', currency: 'USD' });
    expect(saved?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved?.createdAt).toBe(saved?.updatedAt);
    expect(screen.getByRole('status')).toHaveTextContent('Saved Globex');
  });

  it('reads "150k" and "150,000" as 150000 and shows the amount in the offer currency', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await startNewOffer(user, { baseSalary: '150k' });
    await user.clear(field('Signing bonus'));
    await user.type(field('Signing bonus'), '20,000');
    await user.click(field('Role'));
    expect(field('Base salary')).toHaveValue('$150,000');
    await save(user);

    const pay = store.getDocument().offers[1]?.compensation;
    expect(pay?.baseSalary).toBe(150000);
    expect(pay?.signingBonus).toBe(20000);
  });

  it('names its dialog by the heading a person sees: "New offer", then "Edit offer"', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user, { company: '', baseSalary: '' });
    const heading = within(offerDialog()).getByRole('heading', { level: 2 });
    expect(screen.getByRole('dialog', { name: 'New offer' })).toContainElement(heading);
    await user.click(within(offerDialog()).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    expect(screen.getByRole('dialog', { name: 'Edit offer' })).toBeInTheDocument();
  });

  it('starts from the defaults: ratings not rated and no equity', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user, { company: '', baseSalary: '' });
    const learning = within(offerDialog()).getByRole('radiogroup', { name: 'Learning' });
    expect(within(learning).getByRole('radio', { name: 'Not rated' })).toBeChecked();
    expect(within(learning).getAllByRole('radio')).toHaveLength(6);
    expect(field('Equity type')).toHaveValue('none');
    expect(field('Hours per week')).toHaveValue('40');
  });

  it('saves a rating chosen by its number, and one left not rated as not rated', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    const team = within(offerDialog()).getByRole('radiogroup', { name: 'Team' });
    await user.click(within(team).getByRole('radio', { name: /^5 – / }));
    await save(user);
    const saved = store.getDocument().offers[1]!;
    expect(saved.culture.team).toBe(5);
    expect(saved.culture.manager).toBeNull();
  });

  it('says on the card how many criteria are not rated, and which factor counts as the middle', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    const team = within(offerDialog()).getByRole('radiogroup', { name: 'Team' });
    await user.click(within(team).getByRole('radio', { name: /^4 – / }));
    await save(user);
    // The cards follow the ranking a moment later (they read a deferred copy of the document).
    const cardOf = async (company: string) =>
      (await screen.findByRole('heading', { name: company, level: 3 })).closest(
        'li',
      ) as HTMLElement;
    const card = await cardOf('Globex');
    // Growth 4 + culture 2 (team rated) + flexibility 1 = 7 not rated; growth has none rated.
    expect(
      await within(card).findByText('7 criteria not rated; Growth counts as 50, the middle'),
    ).toBeVisible();
    expect(within(await cardOf('Acme')).queryByText(/not rated/)).not.toBeInTheDocument();
  });

  it('takes a rating back to not rated', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    const learning = within(offerDialog()).getByRole('radiogroup', { name: 'Learning' });
    expect(within(learning).getByRole('radio', { name: /^3 – / })).toBeChecked();
    await user.click(within(learning).getByRole('radio', { name: 'Not rated' }));
    await save(user);
    expect(store.getDocument().offers[0]?.growth.learning).toBeNull();
  });

  it('closes an untouched form on Cancel at once', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    const before = store.getDocument();
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    await formReady();
    await user.click(within(offerDialog()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: /^(New|Edit) offer$/ })).not.toBeInTheDocument();
    expect(store.getDocument()).toBe(before);
  });

  it('asks before discarding a changed form on Cancel, and keeps editing when asked to', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    const before = store.getDocument();
    await startNewOffer(user);
    await user.click(within(offerDialog()).getByRole('button', { name: 'Cancel' }));
    const question = within(offerDialog()).getByRole('group', { name: 'Discard your changes?' });
    const keep = within(question).getByRole('button', { name: 'Keep editing' });
    await waitFor(() => expect(keep).toHaveFocus());
    await user.click(keep);
    expect(field('Company')).toHaveValue('Globex');

    await user.click(within(offerDialog()).getByRole('button', { name: 'Cancel' }));
    await user.click(within(offerDialog()).getByRole('button', { name: 'Discard changes' }));
    expect(screen.queryByRole('dialog', { name: /^(New|Edit) offer$/ })).not.toBeInTheDocument();
    expect(store.getDocument()).toBe(before);
  });

  it('asks the same on Escape and on the × button', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    // jsdom has no Escape handling for <dialog>: the browser's turns it into this event.
    fireEvent(offerDialog(), new Event('cancel', { cancelable: true }));
    expect(
      within(offerDialog()).getByRole('group', { name: 'Discard your changes?' }),
    ).toBeInTheDocument();
    await user.click(within(offerDialog()).getByRole('button', { name: 'Keep editing' }));
    await user.click(within(offerDialog()).getByRole('button', { name: 'Close' }));
    expect(
      within(offerDialog()).getByRole('group', { name: 'Discard your changes?' }),
    ).toBeInTheDocument();
  });
});

describe('the error summary', () => {
  it('lists every field to fix at the top, and each item moves focus to its field', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user, { company: '', baseSalary: '' });
    await user.type(field('Annual raise (%)'), '{Backspace}abc');
    await save(user);
    const summary = within(offerDialog()).getByRole('group', { name: '3 fields need a fix:' });
    const items = within(summary)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(items).toEqual(['Company', 'Base salary', 'Annual raise (%)']);
    await user.click(within(summary).getByRole('button', { name: 'Annual raise (%)' }));
    expect(field('Annual raise (%)')).toHaveFocus();
  });
});

describe('validation', () => {
  it('names empty required fields next to them, marks them invalid and saves nothing', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    const before = store.getDocument();
    await startNewOffer(user, { company: '', baseSalary: '' });
    await save(user);

    expect(field('Company')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Company')).toHaveAccessibleDescription('Company is required');
    expect(field('Base salary')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Base salary')).toHaveAccessibleDescription(/^Enter an amount/);
    expect(field('Company')).toHaveFocus();
    expect(store.getDocument()).toBe(before);
    expect(offerDialog()).toBeInTheDocument();
  });

  it('rejects words in a money field and a negative number', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    const before = store.getDocument();
    await startNewOffer(user, { baseSalary: 'abc' });
    await user.clear(field('Hours per week'));
    await user.type(field('Hours per week'), '-5');
    await save(user);

    expect(field('Base salary')).toHaveAccessibleDescription(
      /Enter an amount like 150,000 or 150k/,
    );
    expect(field('Hours per week')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Hours per week')).toHaveAccessibleDescription(/Hours per week must be ≥ 0/);
    expect(field('Base salary')).toHaveFocus();
    expect(store.getDocument()).toBe(before);
  });

  it('rejects a vesting schedule that does not add up to 100 and offers presets', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    const before = store.getDocument();
    await startNewOffer(user);
    await user.selectOptions(field('Equity type'), 'RSU');
    await user.clear(field('Vesting schedule (%)'));
    await user.type(field('Vesting schedule (%)'), '25 25 25');
    await save(user);

    expect(field('Vesting schedule (%)')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Vesting schedule (%)')).toHaveAccessibleDescription(/must add up to 100 %/);
    expect(store.getDocument()).toBe(before);

    await user.click(within(offerDialog()).getByRole('button', { name: '5/15/40/40' }));
    // Fixing the field re-checks it (asynchronously) and clears the error.
    await waitFor(() => expect(field('Vesting schedule (%)')).not.toHaveAttribute('aria-invalid'));
    await save(user);
    expect(store.getDocument().offers[1]?.compensation.equity.vestingSchedule).toEqual([
      5, 15, 40, 40,
    ]);
  });
});

describe('equity', () => {
  it('shows the fields of the chosen equity type', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user, { company: '', baseSalary: '' });
    const dialog = within(offerDialog());
    expect(dialog.queryByLabelText('Grant value')).not.toBeInTheDocument();
    expect(dialog.queryByLabelText('Vesting schedule (%)')).not.toBeInTheDocument();

    await user.selectOptions(field('Equity type'), 'RSU');
    expect(field('Grant value')).toBeInTheDocument();
    expect(field('Vesting schedule (%)')).toBeInTheDocument();
    expect(dialog.queryByLabelText('Strike price')).not.toBeInTheDocument();

    await user.selectOptions(field('Equity type'), 'Stock options');
    expect(field('Number of options')).toBeInTheDocument();
    expect(field('Strike price')).toBeInTheDocument();
    expect(field('Share price')).toBeInTheDocument();
    expect(dialog.queryByLabelText('Grant value')).not.toBeInTheDocument();
  });

  it('saves a stock option grant, ignoring what was typed for a hidden RSU grant', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    await user.selectOptions(field('Equity type'), 'RSU');
    await user.type(field('Grant value'), 'lots');
    await user.selectOptions(field('Equity type'), 'Stock options');
    await user.clear(field('Number of options'));
    await user.type(field('Number of options'), '10k');
    await user.clear(field('Strike price'));
    await user.type(field('Strike price'), '2.50');
    await user.clear(field('Share price'));
    await user.type(field('Share price'), '8');
    await save(user);

    expect(store.getDocument().offers[1]?.compensation.equity).toMatchObject({
      kind: 'options',
      shares: 10000,
      strikePrice: 2.5,
      sharePrice: 8,
      grantValue: 0,
    });
  });
});

describe('currency', () => {
  it('asks for the exchange rate of a new currency and saves it into the settings', async () => {
    const { user, store } = renderOffersPage(oneOffer());
    await startNewOffer(user);
    expect(within(offerDialog()).queryByLabelText('Exchange rate')).not.toBeInTheDocument();
    await user.selectOptions(field('Currency'), 'GBP');
    expect(field('Exchange rate')).toHaveValue('');
    expect(field('Exchange rate')).toHaveAccessibleDescription(/How many USD does 1 GBP buy/);

    await save(user);
    expect(field('Exchange rate')).toHaveAccessibleDescription(/^Enter the exchange rate/);

    await user.type(field('Exchange rate'), '1.27');
    await save(user);
    const document = store.getDocument();
    expect(document.settings.exchangeRates).toEqual({ GBP: 1.27 });
    expect(document.offers[1]?.currency).toBe('GBP');
  });

  it('shows the saved rate of a currency, editable', async () => {
    const document = oneOffer({ currency: 'EUR' });
    document.settings.exchangeRates = { EUR: 1.08 };
    const { user, store } = renderOffersPage(document);
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    expect(field('Exchange rate')).toHaveValue('1.08');
    await user.clear(field('Exchange rate'));
    await user.type(field('Exchange rate'), '1.1');
    await save(user);
    expect(store.getDocument().settings.exchangeRates).toEqual({ EUR: 1.1 });
  });

  it('re-labels the amounts typed so far when the currency changes', async () => {
    const { user } = renderOffersPage(oneOffer());
    await startNewOffer(user, { baseSalary: '120k' });
    await user.selectOptions(field('Currency'), 'EUR');
    expect(field('Base salary')).toHaveValue('€120,000');
  });
});

describe('an offer changed while its form is open', () => {
  const changeElsewhere = (store: ReturnType<typeof renderOffersPage>['store']) =>
    act(() => {
      const doc = store.getDocument();
      const [acme] = doc.offers;
      store.replace(
        {
          ...doc,
          offers: [
            {
              ...acme!,
              compensation: { ...acme!.compensation, baseSalary: 150_000 },
              updatedAt: '2026-11-21T10:00:00.000Z',
            },
          ],
        },
        'external',
      );
    });

  it('says so, and saves only the fields changed here on top of the newest values', async () => {
    const { user, store } = renderOffersPage(
      oneOffer({ role: 'PM', compensation: { baseSalary: 100_000 } }),
    );
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    await user.clear(field('Role'));
    await user.type(field('Role'), 'Lead PM');

    changeElsewhere(store);
    expect(
      within(offerDialog()).getByText(/was changed while you were editing it/),
    ).toHaveTextContent('Acme was changed while you were editing it');
    await user.click(within(offerDialog()).getByRole('button', { name: 'Keep mine' }));
    expect(within(offerDialog()).queryByText(/was changed while/)).not.toBeInTheDocument();
    await save(user);

    // The salary set elsewhere is kept; the role typed here is saved.
    expect(store.getDocument().offers[0]).toMatchObject({
      role: 'Lead PM',
      compensation: { baseSalary: 150_000 },
    });
  });

  it('loads the new values into the form when asked', async () => {
    const { user, store } = renderOffersPage(oneOffer({ compensation: { baseSalary: 100_000 } }));
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    expect(field('Base salary')).toHaveValue('$100,000');

    changeElsewhere(store);
    await user.click(within(offerDialog()).getByRole('button', { name: 'Load the new values' }));
    expect(field('Base salary')).toHaveValue('$150,000');
    expect(within(offerDialog()).queryByText(/was changed while/)).not.toBeInTheDocument();
  });

  it('does not write back an exchange rate the form did not change', async () => {
    const doc = oneOffer({ currency: 'EUR' });
    const { user, store } = renderOffersPage({
      ...doc,
      settings: { ...doc.settings, exchangeRates: { EUR: 1.08 } },
    });
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    act(() => {
      store.update((d) => ({ ...d, settings: { ...d.settings, exchangeRates: { EUR: 1.1 } } }));
    });
    await user.clear(field('Role'));
    await user.type(field('Role'), 'Designer');
    await save(user);
    expect(store.getDocument().settings.exchangeRates.EUR).toBe(1.1);
    expect(store.getDocument().offers[0]?.role).toBe('Designer');
  });

  it('keeps the form open when the offer is deleted elsewhere, and saving adds it back', async () => {
    const { user, store } = renderOffersPage(oneOffer({ role: 'PM' }));
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    await user.clear(field('Role'));
    await user.type(field('Role'), 'Lead PM');

    act(() => store.replace({ ...store.getDocument(), offers: [] }, 'external'));
    expect(within(offerDialog()).getByText(/was deleted while you were editing it/)).toBeVisible();
    expect(field('Role')).toHaveValue('Lead PM');
    await save(user);
    expect(store.getDocument().offers).toMatchObject([{ company: 'Acme', role: 'Lead PM' }]);
  });
});
