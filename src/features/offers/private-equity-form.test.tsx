import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeStartupOffer } from '../../testing/domain-factories';
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

/**
 * A Series-B offer as the recruiter answered: 50,000 options at $2, 10M shares, a $60M preference
 * bought at $12 (5M preferred shares), 10 % dilution a year by later rounds at $12.
 */
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
  await type(user, 'Preferred price (last round)', '12');
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
    // 50,000 of 10,000,000 shares; at $12 preferred less the $2 strike, $500,000 on paper.
    expect(
      inDialog("= 0.5 % of the company today; $500,000 on paper at the last round's price"),
    ).toBeInTheDocument();
    // Later rounds by year 4: 10,000,000 / 0.9^4 − 10,000,000 = 5,241,579.03 shares at $12.
    expect(
      inDialog(
        '= $60,000,000 of preference ahead of common today, $122,898,948 by year 4; later rounds add $62,898,948 of preference by year 4',
      ),
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
    // Only "big" pays: $500M over 15,241,579 shares is $32.805, above every $12 preference, so all
    // convert: 50,000 × $32.805 − $100,000 = $1,540,250; × 20 % = $308,050.
    expect(
      inDialog(
        '= $308,050 expected for the whole grant at exit, before tax ($0 to $1,540,250 across the scenarios)',
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
          { label: 'fails', value: 20_000_000, year: 3, pct: 50, kind: 'acquisition' },
          { label: 'big', value: 500_000_000, year: 4, pct: 20, kind: 'acquisition' },
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

const SERIES_COLUMNS = [
  'name',
  'invested',
  'price per share',
  'shares (if no price)',
  'multiple (×)',
];
const series = async (user: User, row: number, cells: string[]) => {
  for (const [i, text] of cells.entries())
    if (text) await type(user, `Series ${row} ${SERIES_COLUMNS[i]}`, text);
};

/**
 * scoring.md §12, worked example 2, saved with no series yet: 100,000 options at a $1 strike in a
 * company of 20,000,000 shares, no dilution, an acquisition at $160M (50 %) and an IPO at $160M.
 */
const stackOffer = () =>
  makeDocument({
    offers: [
      makeStartupOffer({
        fullyDilutedShares: 20_000_000,
        preferredPrice: 30,
        preference: 0,
        exits: [
          { label: 'sold', value: 160_000_000, year: 1, pct: 50, kind: 'acquisition' },
          { label: 'listed', value: 160_000_000, year: 1, pct: 50, kind: 'ipo' },
        ],
      }),
    ].map((o) => ({
      ...o,
      compensation: {
        ...o.compensation,
        equity: { ...o.compensation.equity, shares: 100_000, strikePrice: 1 },
      },
    })),
  });

const editLumen = async (user: User) => {
  await user.click(screen.getByRole('button', { name: 'Edit Lumen' }));
  await formReady();
};

describe('the preference stack in the offer form', () => {
  it('takes three series, one participating capped, and pays as the waterfall does', async () => {
    const { user, store } = renderOffersPage(stackOffer());
    await editLumen(user);
    // A $5M at $1, B $20M at $5 capped at 2×, C $30M at $30.
    await series(user, 1, ['A', '5m', '1']);
    await series(user, 2, ['B', '20m', '5']);
    await user.selectOptions(field('Series 2 participation'), 'Capped');
    await type(user, 'Series 2 cap (×, if capped)', '2');
    await series(user, 3, ['C', '30m', '30']);
    // Sold: $6 a share, 100,000 × $6 − $100,000 = $500,000; listed: $8, $700,000; half each.
    expect(
      await within(offerDialog()).findByText(
        '= $600,000 expected for the whole grant at exit, before tax ($500,000 to $700,000 across the scenarios)',
      ),
    ).toBeInTheDocument();
    await saveOffer(user);
    const saved = store.get().offers[0]!.compensation.equity.private;
    expect(saved.series.map((s) => [s.name, s.invested, s.participation, s.capMultiple])).toEqual([
      ['A', 5_000_000, 'none', 3],
      ['B', 20_000_000, 'capped', 2],
      ['C', 30_000_000, 'none', 3],
    ]);
  });

  it('names the series and the bound in words when a cell does not read', async () => {
    const { user, store } = renderOffersPage(stackOffer());
    await editLumen(user);
    await series(user, 1, ['A', '5m', '', '', '4']);
    await saveOffer(user);
    expect(
      within(offerDialog()).getByText(
        'Series 1: enter the price per share, or the shares it bought',
        {
          selector: '.field-error',
        },
      ),
    ).toBeInTheDocument();
    await type(user, 'Series 1 price per share', '1');
    await saveOffer(user);
    expect(
      within(offerDialog()).getByText('Series 1: enter the multiple, from 1 to 3 (1 for 1×)', {
        selector: '.field-error',
      }),
    ).toBeInTheDocument();
    expect(store.get().offers[0]!.compensation.equity.private.series).toEqual([]);
  });

  it('asks whether a grant larger than the whole company is right, and still saves it', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    await type(user, 'Number of options', '10000');
    await type(user, 'Fully diluted shares', '1');
    expect(
      inDialog(
        'Is that right? Your 10,000 options are more than the 1 fully diluted share, which counts every share and option there is.',
      ),
    ).toBeInTheDocument();

    await saveOffer(user);
    expect(store.get().offers[0]?.compensation.equity.private.fullyDilutedShares).toBe(1);
  });

  it('keeps a price finer than a cent as it was when the offer is edited and saved again', async () => {
    const offer = makeStartupOffer({ preferredPrice: 0.000001, commonPrice: 0.0000005 });
    const { user, store } = renderOffersPage(makeDocument({ offers: [offer] }));
    await user.click(screen.getByRole('button', { name: 'Edit Lumen' }));
    await formReady();
    expect(field('Preferred price (last round)')).toHaveValue('$0.000001');
    await type(user, 'Company', 'Lumen Labs');
    await saveOffer(user);

    const saved = store.get().offers[0]!;
    expect(saved.company).toBe('Lumen Labs');
    expect(saved.compensation.equity.private).toMatchObject({
      preferredPrice: 0.000001,
      commonPrice: 0.0000005,
    });
  });
});

describe('a grant whose exit falls past the horizon', () => {
  it('says how much counts within the horizon, and extends it in one click', async () => {
    const { user, store } = renderOffersPage(
      makeDocument({
        settings: { horizonYears: 4 },
        offers: [
          makeStartupOffer({
            preference: 0,
            exits: [
              { label: 'sale', value: 100_000_000, year: 3, pct: 20, kind: 'acquisition' },
              { label: 'ipo', value: 300_000_000, year: 5, pct: 30, kind: 'ipo' },
            ],
          }),
        ],
      }),
    );
    await editLumen(user);
    // 50,000 of 10,000,000 shares, less the $2 strike: $400,000 at $100M, $1,400,000 at $300M.
    // Expected: 20 % × $400,000 + 30 % × $1,400,000 = $500,000; within 4 years only the sale counts.
    const note = await within(offerDialog()).findByText(
      /^\$80,000 of \$500,000 counts within your 4-year horizon: the year-5 exit is past it\./,
    );
    await user.click(within(note).getByRole('button', { name: 'Extend horizon to 5 years' }));
    expect(store.get().settings.horizonYears).toBe(5);
    await waitFor(() => expect(inDialog(/counts within your/)).not.toBeInTheDocument());
  });
});

describe('large amounts typed as people say them', () => {
  it('reads "1.2 billion" and "$1B", and echoes large amounts in words under their field', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await enterSeriesB(user);
    expect(inDialog(/^= \$60 million/)).toBeInTheDocument();
    await scenario(user, 1, ['sale', '1.2 billion', '3', '20']);
    await scenario(user, 2, ['ipo', '$1B', '4', '10']);
    expect(
      inDialog(
        /Scenario 1 company value at exit = \$1\.2 billion\s*Scenario 2 company value at exit = \$1 billion/,
      ),
    ).toBeInTheDocument();
    await saveOffer(user);
    expect(store.get().offers[0]!.compensation.equity.private.exits.map((e) => e.value)).toEqual([
      1.2e9, 1e9,
    ]);
  });
});
