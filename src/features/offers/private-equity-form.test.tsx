import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../testing/domain-factories';
import {
  field,
  formReady,
  offerDialog,
  renderOffersPage,
  saveOffer,
} from '../../testing/offers-page';

type User = ReturnType<typeof renderOffersPage>['user'];

const type = async (user: User, label: string, text: string) => {
  await user.clear(field(label));
  if (text) await user.paste(text);
};

const inDialog = (text: string | RegExp) => within(offerDialog()).queryByText(text);

/** A Series-B offer as the recruiter answered: 50,000 options at $2, 10M shares, $60M preference. */
const enterSeriesB = async (user: User) => {
  await user.click(screen.getByRole('button', { name: 'Add offer' }));
  await formReady();
  await type(user, 'Company', 'Lumen');
  await type(user, 'Base salary', '150000');
  await user.selectOptions(field('Equity type'), 'Stock options');
  await user.selectOptions(field('The company is'), 'Private');
  await type(user, 'Number of options', '50000');
  await type(user, 'Strike price', '2');
  await type(user, 'Fully diluted shares', '10m');
  await type(user, 'Preferred price (last round)', '6');
  await type(user, '409A price (common)', '1.5');
  await type(user, 'Liquidation preference ahead of you', '60m');
  await type(user, 'Dilution per year (%)', '10');
};

const scenario = async (user: User, row: number, cells: [string, string, string, string]) => {
  const columns = ['name', 'company value at exit', 'year of exit', 'chance (%)'];
  for (const [i, text] of cells.entries()) await type(user, `Scenario ${row} ${columns[i]}`, text);
};

describe('a private company’s equity in the offer form', () => {
  it('shows the share of the company as the fully diluted count is typed', async () => {
    const { user } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    // 50,000 of 10,000,000 shares; at $6 preferred less the $2 strike, $200,000 on paper.
    expect(
      inDialog("= 0.5 % of the company today; $200,000 on paper at the last round's price"),
    ).toBeInTheDocument();
    // The listed company's share price does not apply to a private one.
    expect(within(offerDialog()).queryByLabelText('Share price')).not.toBeInTheDocument();
  });

  it('says the equity counts as nothing until an exit scenario is given', async () => {
    const { user } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    expect(inDialog(/No exit scenario yet/)).toBeInTheDocument();
  });

  it('turns the scenarios into an expected value and saves them', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    await scenario(user, 1, ['fails', '20m', '3', '50']);
    await scenario(user, 2, ['big', '500m', '4', '20']);
    // Only "big" pays: ($500M − $60M) × 0.5 % × 0.9^4 − $100,000 = $1,343,420; × 20 % = $268,684.
    expect(
      inDialog(
        '= $268,684 expected for the whole grant at exit ($0 to $1,343,420 across the scenarios)',
      ),
    ).toBeInTheDocument();

    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    await waitFor(() => expect(store.get().offers).toHaveLength(1));
    expect(store.get().offers[0]?.compensation.equity).toMatchObject({
      kind: 'options',
      market: 'private',
      shares: 50_000,
      private: {
        fullyDilutedShares: 10_000_000,
        preference: 60_000_000,
        dilutionPct: 10,
        exits: [
          { label: 'fails', value: 20_000_000, year: 3, pct: 50 },
          { label: 'big', value: 500_000_000, year: 4, pct: 20 },
        ],
      },
    });
  });

  it('names the scenario and what to fix when a row does not read, and chances over 100 %', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    await scenario(user, 1, ['big', '500m', 'soon', '60']);
    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    expect(
      await within(offerDialog()).findByText(
        'Scenario 1: enter the year of the exit, a whole year from 1 to 10',
        { selector: '.field-error' },
      ),
    ).toBeInTheDocument();

    await type(user, 'Scenario 1 year of exit', '4');
    await scenario(user, 2, ['modest', '100m', '3', '50']);
    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    expect(
      await within(offerDialog()).findByText(
        'Exit scenarios chances must add up to at most 100 %',
        {
          selector: '.field-error',
        },
      ),
    ).toBeInTheDocument();
    expect(store.get().offers).toHaveLength(0);
  });

  it('says in words, next to the scenarios, that an exit value is out of range, and the summary goes there', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    await scenario(user, 1, ['absurd', '1,000,000,000,000,000', '4', '50']);
    await saveOffer(user);
    const message = 'Scenario 1: the company value at exit must be less than 1,000,000,000,000';
    expect(
      await within(offerDialog()).findByText(message, { selector: '.field-error' }),
    ).toBeInTheDocument();
    // The summary names the field by its label, not a path, and its link leads there.
    const summary = within(offerDialog()).getByRole('group', { name: /fields? needs? a fix/ });
    expect(summary).not.toHaveTextContent('compensation.equity');
    await user.click(within(summary).getByRole('button', { name: 'Exit scenarios' }));
    expect(within(offerDialog()).getByLabelText('Scenario 1 name')).toHaveFocus();
    expect(store.get().offers).toHaveLength(0);
  });
});
