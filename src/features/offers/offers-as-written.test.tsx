import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  field,
  formReady,
  offerDialog,
  renderOffersPage,
  saveOffer,
} from '../../testing/offers-page';

type User = ReturnType<typeof renderOffersPage>['user'];

/** Opens "New offer" for Globex at the given base salary. */
const startNewOffer = async (user: User, baseSalary = '185000') => {
  await user.click(screen.getByRole('button', { name: 'Add offer' }));
  await formReady();
  await user.click(field('Company'));
  await user.paste('Globex');
  await user.click(field('Base salary'));
  await user.paste(baseSalary);
};

const replace = async (user: User, label: string, text: string) => {
  await user.clear(field(label));
  if (text) await user.type(field(label), text);
};

const save = saveOffer;

const inDialog = (text: string | RegExp) => within(offerDialog()).queryByText(text);

describe('pay as the offer letter states it', () => {
  it('says "50 % match up to 6 %" of $185,000 is $5,550 a year as it is typed', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user);
    await replace(user, 'Employer match (% of your contributions)', '50');
    await replace(user, 'Match up to (% of salary)', '6');
    expect(inDialog('= $5,550 a year from your employer')).toBeInTheDocument();

    await save(user);
    expect(store.get().offers[0]?.compensation).toMatchObject({
      employerMatchPct: 50,
      matchUpToPctOfSalary: 6,
      employerBaseContributionPct: 0,
    });
  });

  it('asks "Is that right?" beside a retirement figure that looks like a match typed in the wrong field', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user);
    await replace(user, 'Employer contribution (% of salary)', '50');
    const input = field('Employer contribution (% of salary)');
    expect(
      inDialog(/Is that right\? That puts 50 % of base salary into retirement/),
    ).toBeInTheDocument();
    // A warning, not an error: it describes the field and does not block saving.
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toHaveAccessibleDescription(/Is that right\?/);
    await save(user);
    expect(store.get().offers[0]?.compensation.employerBaseContributionPct).toBe(50);
  });

  it('takes a bonus as an amount with its expected payout, and warns at a bonus over 100 %', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user, '100000');
    await replace(user, 'Bonus target (%)', '120');
    expect(inDialog(/A bonus over 100 % of base salary is rare/)).toBeInTheDocument();

    await user.selectOptions(field('Bonus as'), 'An amount');
    expect(within(offerDialog()).queryByLabelText('Bonus target (%)')).not.toBeInTheDocument();
    await replace(user, 'Bonus amount', '20000');
    await replace(user, 'Expected bonus payout (%)', '80');
    // 20,000 × 80 % = 16,000
    expect(inDialog('= $16,000 bonus expected in year 1')).toBeInTheDocument();
    await save(user);
    expect(store.get().offers[0]?.compensation).toMatchObject({
      bonusAs: 'amount',
      bonusAmount: 20_000,
      bonusPayoutPct: 80,
    });
  });

  it('shows a signing bonus paid over two years with a clawback for each part', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user);
    await replace(user, 'Signing bonus', '60000');
    await replace(user, 'Second-year signing bonus', '45000');
    await replace(user, 'Second-year signing bonus clawback (months)', '24');
    expect(inDialog('= $60,000 in year 1 and $45,000 in year 2')).toBeInTheDocument();
    await save(user);
    expect(store.get().offers[0]?.compensation).toMatchObject({
      signingBonus: 60_000,
      signingBonusYear2: 45_000,
      signingBonusYear2ClawbackMonths: 24,
    });
  });

  it('asks "Is that right?" at expected stock growth over 50 % a year', async () => {
    const { user } = renderOffersPage(makeDocument());
    await startNewOffer(user);
    await user.selectOptions(field('Equity type'), 'RSU');
    await replace(user, 'Expected stock growth (%)', '80');
    expect(field('Expected stock growth (%)')).toHaveAccessibleDescription(/Is that right\?/);
  });
});

describe('"This is my current job"', () => {
  const withCurrent = () =>
    makeDocument({
      offers: [
        makeOffer({ id: 'now', company: 'Bramble', current: true }),
        makeOffer({ id: 'acme', company: 'Acme' }),
      ],
    });

  it('marks a new offer as the current job, with a cliff of 0 and hints for a job you have', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user);
    await user.selectOptions(field('Equity type'), 'RSU');
    await user.click(field('This is my current job'));
    expect(field('Cliff (months)')).toHaveValue('0');
    expect(field('Grant value')).toHaveAccessibleDescription(/still to vest from today/);
    await save(user);
    expect(store.get().offers[0]).toMatchObject({ current: true });
    expect(store.get().offers[0]?.compensation.equity.cliffMonths).toBe(0);
  });

  it('asks before moving the mark from another offer, and moves it on save', async () => {
    const { user, store } = renderOffersPage(withCurrent());
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    await user.click(field('This is my current job'));
    expect(
      inDialog(/is marked as your current job\. Saving moves the mark to this one\./),
    ).toBeInTheDocument();
    await save(user);
    expect(store.get().offers.map((o) => [o.company, o.current])).toEqual([
      ['Bramble', false],
      ['Acme', true],
    ]);
  });

  it('keeps the other offer as the current job when asked to', async () => {
    const { user, store } = renderOffersPage(withCurrent());
    await user.click(screen.getByRole('button', { name: 'Edit Acme' }));
    await formReady();
    await user.click(field('This is my current job'));
    await user.click(
      within(offerDialog()).getByRole('button', { name: 'Keep Bramble as current' }),
    );
    expect(field('This is my current job')).not.toBeChecked();
    await save(user);
    expect(store.get().offers.map((o) => o.current)).toEqual([true, false]);
  });

  it('labels the current job and greys a declined offer in the list', () => {
    renderOffersPage(
      makeDocument({
        offers: [
          makeOffer({ id: 'now', company: 'Bramble', current: true }),
          makeOffer({ id: 'no', company: 'Nope', status: 'declined' }),
        ],
      }),
    );
    const list = screen.getByRole('region', { name: 'Offers' });
    const [bramble, nope] = within(list).getAllByRole('listitem');
    expect(within(bramble!).getByText('Current job')).toBeInTheDocument();
    expect(within(nope!).getByText(/Declined: not ranked/)).toBeInTheDocument();
    expect(within(nope!).queryByRole('button', { name: 'Fix Nope' })).not.toBeInTheDocument();
  });
});
