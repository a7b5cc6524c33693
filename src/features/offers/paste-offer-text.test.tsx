import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  field,
  formReady,
  offerCards,
  offerDialog,
  renderOffersPage,
  saveOffer,
} from '../../testing/offers-page';

// The paste panel loads lazily in the app; loaded here up front.
await import('./paste-offer-text');

const LETTER = `Dear Alex,

On behalf of Northwind Labs, Inc., I am pleased to offer you the position of Senior Software Engineer.

Your annual base salary of $185,000 will be paid bi-weekly. You will be eligible for a target bonus of 15% of your base salary. We will also pay a sign-on bonus of $25,000; you agree to repay it if you leave within 12 months.
You will receive 400 RSUs at a share price of $150 per share, vesting over four years with a one-year cliff.
Northwind matches 50% of your 401(k) contributions up to 6% of salary. You will receive 22 days of paid time off.
This is a hybrid role, 3 days a week in the office. Your start date will be January 4, 2027. Please respond by December 15, 2026.
A one-time allowance of $3,000 for home office equipment is available.`;

type User = ReturnType<typeof renderOffersPage>['user'];

/** What the panel shows may take a while on a busy machine: the form's own wait (offers-page.tsx). */
const SLOW = { timeout: 10_000 };

const offerText = () => within(offerDialog()).findByRole('textbox', { name: 'Offer text' }, SLOW);
const pastePanel = () =>
  within(within(offerDialog()).getByRole('region', { name: 'Paste offer text' }));

/** The panel is open when its text box has the focus (it loads lazily). */
const pasteReady = async () => {
  const input = await offerText();
  await waitFor(() => expect(input).toHaveFocus(), SLOW);
  return input;
};

/** The welcome's "Paste offer text": a new offer, opened on the text box. */
const openPaste = async (user: User) => {
  await user.click(screen.getByRole('button', { name: 'Paste offer text' }));
  return pasteReady();
};

/** Presses Tab (or Shift+Tab) until the button `name` has the focus (at most `limit` times). */
const tabTo = async (user: User, name: string | RegExp, limit = 40, shift = false) => {
  for (let i = 0; i < limit; i += 1) {
    await user.tab({ shift });
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && focused.matches('button')) {
      const label = focused.textContent ?? '';
      if (typeof name === 'string' ? label === name : name.test(label)) return focused;
    }
  }
  throw new Error(`${String(name)} is not reachable by Tab`);
};

describe('Paste offer text', () => {
  it('fills a new offer from a letter by keyboard, and the offer is saved and ranked with those values', async () => {
    const current = makeOffer({ company: 'Fieldnote' });
    current.compensation.baseSalary = 120000;
    const { user, store } = renderOffersPage(makeDocument({ offers: [current] }));

    await tabTo(user, /Add offer/);
    await user.keyboard('{Enter}');
    await formReady();
    // Just before Company, where the form starts.
    expect(field('Company')).toHaveFocus();
    await tabTo(user, 'Paste offer text', 3, true);
    await user.keyboard('{Enter}');
    await pasteReady();
    await user.paste(LETTER);

    const [quote] = await within(offerDialog()).findAllByText(
      'from: ‘annual base salary of $185,000’',
      {},
      SLOW,
    );
    expect(quote?.closest('li')).toHaveTextContent('Base salary $185,000 a year');
    expect(
      within(offerDialog()).getByText(
        'not used: ‘A one-time allowance of $3,000 for home office equipment is available.’',
      ),
    ).toBeInTheDocument();
    await tabTo(user, /^Use all \d+$/);
    await user.keyboard('{Enter}');
    expect(pastePanel().getByRole('status')).toHaveTextContent(/^Filled in \d+ fields/);
    expect(field('Company')).toHaveValue('Northwind Labs, Inc.');
    expect(field('Base salary')).toHaveValue('$185,000');

    await saveOffer(user);
    const saved = store.get().offers.find((o) => o.company === 'Northwind Labs, Inc.');
    expect(saved).toMatchObject({
      role: 'Senior Software Engineer',
      currency: 'USD',
      deadline: '2026-12-15',
      notes: 'Start date: 2027-01-04',
      compensation: {
        baseSalary: 185000,
        bonusAs: 'percent',
        bonusTargetPct: 15,
        signingBonus: 25000,
        signingBonusClawbackMonths: 12,
        employerMatchPct: 50,
        matchUpToPctOfSalary: 6,
        equity: {
          kind: 'rsu',
          grantValue: 60000,
          vestingSchedule: [25, 25, 25, 25],
          cliffMonths: 12,
        },
      },
      workLife: { ptoDays: 22, officeDaysPerWeek: 3 },
    });
    // Ranked on those numbers: better paid than the $120,000 current job.
    // The cards follow the saved document a moment later (they catch up after the ranking).
    await waitFor(() => expect(offerCards()).toEqual(['Fieldnote', 'Northwind Labs, Inc.']), SLOW);
    await waitFor(() => {
      const card = screen.getByRole('heading', { name: 'Northwind Labs, Inc.' }).closest('li');
      expect(within(card as HTMLElement).getByText('Rank').nextSibling).toHaveTextContent('1 of 2');
    }, SLOW);
  });

  it('keeps what the person typed unless they replace it, one field at a time', async () => {
    const { user } = renderOffersPage(makeDocument());
    await openPaste(user);
    await user.click(field('Base salary'));
    await user.paste('200000');
    await user.click(await offerText());
    await user.paste(LETTER);

    await user.click(await within(offerDialog()).findByRole('button', { name: /^Use all/ }, SLOW));
    // Read and shown as an amount once typed, and kept.
    expect(field('Base salary')).toHaveValue('$200,000');
    expect(pastePanel().getByRole('status')).toHaveTextContent(
      '1 field you typed is kept: replace it below if you want to.',
    );
    expect(within(offerDialog()).getByText('You typed $200,000')).toBeInTheDocument();

    await user.click(within(offerDialog()).getByRole('button', { name: 'Replace Base salary' }));
    expect(field('Base salary')).toHaveValue('$185,000');
  });

  it('asks about a salary of no stated period, and lists what it did not use', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await openPaste(user);
    await user.paste('Your salary will be $9,000. Lunch is on us twice a week at 12:30.');

    const ask = await within(offerDialog()).findByText(
      'Is $9,000 the salary for a year or for a month?',
      {},
      SLOW,
    );
    expect(within(offerDialog()).getByText(/not used: ‘Lunch is on us/)).toBeInTheDocument();
    await user.click(
      within(ask.closest('li') as HTMLElement).getByRole('button', {
        name: 'Use $108,000 ($9,000 a month × 12)',
      }),
    );
    expect(field('Base salary')).toHaveValue('$108,000');
    await user.click(field('Company'));
    await user.paste('Acme');
    await saveOffer(user);
    expect(store.get().offers[0]?.compensation.baseSalary).toBe(108000);
    // The pasted text is not kept: it was never put in Notes.
    expect(store.get().offers[0]?.notes).toBe('');
  });

  it('keeps the text in Notes only when asked', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await openPaste(user);
    await user.paste('Acme offers a base salary of $150,000 per year.');
    await user.click(
      await within(offerDialog()).findByRole('button', { name: 'Keep the text in Notes' }, SLOW),
    );
    await user.click(within(offerDialog()).getByRole('button', { name: /^Use all/ }));
    await user.click(field('Company'));
    await user.paste('Acme');
    await saveOffer(user);
    expect(store.get().offers[0]?.notes).toBe('Acme offers a base salary of $150,000 per year.');
  });

  it('refuses a 1 MB paste in words, and keeps none of it', async () => {
    const { user } = renderOffersPage(makeDocument());
    const input = await openPaste(user);
    fireEvent.change(input, { target: { value: 'x'.repeat(1024 * 1024) } });

    expect(await pastePanel().findByRole('alert', {}, SLOW)).toHaveTextContent(
      'This text is 1,048,576 characters long; Tradeoff reads up to 100,000 at a time',
    );
    expect(input).toHaveValue('');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });
});
