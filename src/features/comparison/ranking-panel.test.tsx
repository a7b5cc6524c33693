import { act, screen, waitFor, within } from '@testing-library/react';
import { ALL_TAX_RULES } from '../../domain';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';
import { watchTaxRules } from '../../store/tax-rules';
import { renderWithStore } from '../../testing/render';
import { RankingPanel } from './ranking-panel';

/** Work-life utilities of 100 each, so totals are easy to work by hand. */
const easyLife = { hoursPerWeek: 35, ptoDays: 35, officeDaysPerWeek: 0, flexibility: 5 };

/** A well-paid offer with middling growth, and a half-as-well-paid one with the best growth. */
const money = (over: OfferOverrides = {}) =>
  makeOffer({
    id: 'money',
    company: 'Moneybags',
    compensation: { baseSalary: 200_000 },
    workLife: easyLife,
    ...over,
  });
const growth = (over: OfferOverrides = {}) =>
  makeOffer({
    id: 'growth',
    company: 'Growthly',
    compensation: { baseSalary: 100_000 },
    growth: { learning: 5, careerProgression: 5, mentorship: 5, companyOutlook: 5 },
    workLife: easyLife,
    ...over,
  });

const rankingItems = () =>
  within(screen.getByRole('list', { name: 'Ranking' })).getAllByRole('listitem');
const companies = () =>
  rankingItems().map((item) => item.querySelector('.ranking-company')?.textContent);

describe('RankingPanel', () => {
  it('lists scored offers best first with rank, company and a one-decimal total', () => {
    renderWithStore(<RankingPanel />, makeDocument({ offers: [growth(), money()] }));
    const [first, second] = rankingItems();
    // Moneybags (40·100 + 25·50 + 15·50 + 20·100) / 100; Growthly (40·50 + 25·100 + 15·50 + 20·100) / 100
    expect(first).toHaveTextContent(/Rank 1\s*Moneybags/);
    expect(first).toHaveTextContent('80.0');
    expect(second).toHaveTextContent(/Rank 2\s*Growthly/);
    expect(second).toHaveTextContent('72.5');
  });

  it('re-ranks at once when the weights change', () => {
    const { store } = renderWithStore(
      <RankingPanel />,
      makeDocument({ offers: [growth(), money()] }),
    );
    expect(companies()).toEqual(['Moneybags', 'Growthly']);
    act(() =>
      store.update((doc) => ({
        ...doc,
        settings: {
          ...doc.settings,
          weights: { compensation: 20, growth: 50, culture: 15, workLife: 15 },
        },
      })),
    );
    expect(companies()).toEqual(['Growthly', 'Moneybags']);
  });

  it('shows a shared rank for offers that tie', () => {
    renderWithStore(
      <RankingPanel />,
      makeDocument({
        offers: [
          makeOffer({ id: 'b', company: 'Beta' }),
          makeOffer({ id: 'a', company: 'Acme' }),
          makeOffer({ id: 'c', company: 'Cora', culture: { team: 1 } }),
        ],
      }),
    );
    const items = rankingItems();
    expect(items[0]).toHaveTextContent(/Rank 1\s*Acme\s*Tied/);
    expect(items[1]).toHaveTextContent(/Rank 1\s*Beta\s*Tied/);
    expect(items[2]).toHaveTextContent(/Rank 3\s*Cora/);
    expect(items[2]).not.toHaveTextContent('Tied');
  });

  it('calls a close call when the top two are within 2 points', () => {
    // Ratings differ by one step on one culture criterion: 15 · (25/3) / 100 = 1.25 points.
    renderWithStore(
      <RankingPanel />,
      makeDocument({
        offers: [
          makeOffer({ id: 'a', company: 'Acme', culture: { team: 4 } }),
          makeOffer({ id: 'b', company: 'Beta' }),
        ],
      }),
    );
    expect(screen.getByText('Close call:')).toBeInTheDocument();
    expect(screen.getByText(/Acme leads Beta by only 1.3 points/)).toBeInTheDocument();
  });

  it('has no close-call note for a clear lead', () => {
    renderWithStore(<RankingPanel />, makeDocument({ offers: [growth(), money()] }));
    expect(screen.queryByText('Close call:')).not.toBeInTheDocument();
  });

  it('lists offers it cannot score below the ranking, with the reason', () => {
    renderWithStore(
      <RankingPanel />,
      makeDocument({ offers: [money(), makeOffer({ company: 'Londoner', currency: 'GBP' })] }),
    );
    expect(companies()).toEqual(['Moneybags']);
    const notRanked = screen.getByRole('list', { name: 'Not ranked' });
    expect(notRanked).toHaveTextContent('Londoner');
    expect(notRanked).toHaveTextContent('Missing exchange rate: how many USD does 1 GBP buy?');
  });

  it('says every offer scores 0 when every weight is 0', () => {
    renderWithStore(
      <RankingPanel />,
      makeDocument({
        offers: [growth(), money()],
        settings: { weights: { compensation: 0, growth: 0, culture: 0, workLife: 0 } },
      }),
    );
    expect(screen.getByText(/every offer scores 0/)).toBeInTheDocument();
    expect(rankingItems().map((item) => item.textContent)).toEqual([
      expect.stringContaining('0.0'),
      expect.stringContaining('0.0'),
    ]);
    expect(screen.queryByText('Close call:')).not.toBeInTheDocument();
  });

  it('explains how scores work on request', async () => {
    const { user } = renderWithStore(<RankingPanel />, makeDocument({ offers: [money()] }));
    await user.click(screen.getByText('How scores work'));
    // The text loads when first opened.
    expect(
      await screen.findByRole(
        'heading',
        { name: /Cost of living and currency/ },
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: /After tax/ })).toBeVisible();
  });
});

describe('RankingPanel with declined, accepted and current offers', () => {
  it('sets declined offers apart under the ranking and marks the current job and an accepted offer', () => {
    renderWithStore(
      <RankingPanel />,
      makeDocument({
        offers: [
          money({ status: 'accepted' }),
          growth({ current: true }),
          makeOffer({ id: 'gone', company: 'Gone Co', status: 'declined' }),
        ],
      }),
    );
    expect(companies()).toEqual(['Moneybags', 'Growthly']);
    const [first, second] = rankingItems();
    expect(first).toHaveTextContent('Accepted');
    expect(second).toHaveTextContent('Current job');
    const declined = screen.getByRole('list', { name: 'Declined' });
    expect(within(declined).getByRole('listitem')).toHaveTextContent('Gone Co');
  });
});

describe('RankingPanel after tax', () => {
  const pay = (id: string, company: string, base: number, place: string, currency = 'USD') =>
    makeOffer({
      id,
      company,
      currency,
      tax: { place, effectiveRatePct: null },
      compensation: { baseSalary: base, annualRaisePct: 0 },
    });
  // Gross, £130,000 × 1.27 = $165,100 beats $160,000. After tax London keeps £80,686.40
  // (≈ $102,472: income tax £44,703, NI £4,610.60) and Seattle $120,626.
  const offers = [
    pay('sea', 'Seattle', 160_000, 'US-WA'),
    pay('lon', 'London', 130_000, 'GB-ENG', 'GBP'),
  ];
  const settings = {
    exchangeRates: { GBP: 1.27 },
    weights: { compensation: 100, growth: 0, culture: 0, workLife: 0 },
  };

  it('ranks on pay before tax until After tax is switched on, then on pay after tax', async () => {
    // No rules at first: the switch loads those of the offers' places before it turns on.
    const { user, app } = renderWithStore(<RankingPanel />, makeDocument({ offers, settings }));
    expect(companies()).toEqual(['London', 'Seattle']);
    const afterTax = screen.getByRole('switch', { name: 'After tax' });
    expect(afterTax).not.toBeChecked();

    await user.click(afterTax);

    expect(await screen.findByRole('switch', { name: 'After tax', checked: true })).toBeVisible();
    expect(companies()).toEqual(['Seattle', 'London']);
    expect(app.document.get().settings.compareOn).toBe('net');
  });

  it('shows each offer’s pay and the lead in money on the basis compared, named', async () => {
    const { user } = renderWithStore(<RankingPanel />, makeDocument({ offers, settings }));
    // Before tax: London 100 points, Seattle 100 × 160,000 / 165,100 = 96.9.
    expect(screen.getByText(/leads/)).toHaveTextContent(
      'London leads Seattle by 3.1 points · $5,100 a year more before tax.',
    );
    const [london, seattle] = rankingItems();
    expect(london).toHaveTextContent('$165.1K a year before tax (4-year average) · year 1 $165.1K');
    expect(seattle).toHaveTextContent(
      '$160.0K a year before tax (4-year average) · year 1 $160.0K',
    );

    await user.click(screen.getByRole('switch', { name: 'After tax' }));

    // After tax: Seattle $120,626, London ≈ $102,472 (see above): $18,154 apart.
    await waitFor(() =>
      expect(screen.getByText(/leads/)).toHaveTextContent(
        'Seattle leads London by 15.1 points · $18,200 a year more after tax.',
      ),
    );
    const [first, second] = rankingItems();
    expect(first).toHaveTextContent('$120.6K a year after tax (4-year average) · year 1 $120.6K');
    expect(second).toHaveTextContent('$102.5K a year after tax (4-year average) · year 1 $102.5K');
    expect(screen.queryByText(/before tax/)).not.toBeInTheDocument();
  });

  it('says how much more a year the leader pays in a close call', () => {
    const close = [pay('a', 'Acme', 101_000, 'US-TX'), pay('b', 'Beta', 100_000, 'US-TX')];
    renderWithStore(<RankingPanel />, makeDocument({ offers: close, settings }));
    expect(screen.getByText(/Close call/).closest('p')).toHaveTextContent(
      'Acme leads Beta by only 1.0 points · $1,000 a year more before tax.',
    );
  });

  it('says so when the tax rules cannot be loaded, and ranks the offers once Retry loads them', async () => {
    const { user, app } = renderWithStore(
      <RankingPanel />,
      makeDocument({ offers, settings: { ...settings, compareOn: 'net' } }),
    );
    // The chunks cannot be fetched (offline, or a redeploy replaced them).
    watchTaxRules(app.document, app.taxRules, () => Promise.reject(new Error('offline')));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The tax rules could not be loaded');
    expect(screen.getByText(/Its tax rules \(US-WA\) could not be loaded/)).toBeVisible();
    expect(screen.getByText('No offer can be ranked yet.')).toBeVisible();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(companies()).toEqual(['Seattle', 'London']), { timeout: 10_000 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says an imported place has no built-in rules, rather than that they are loading', async () => {
    const { app } = renderWithStore(
      <RankingPanel />,
      makeDocument({
        offers: [...offers, pay('xx', 'Elsewhere', 100_000, 'XX-YY')],
        settings: { ...settings, compareOn: 'net' },
      }),
    );
    watchTaxRules(app.document, app.taxRules);
    expect(
      await screen.findByText(/Tradeoff has no tax rules for “XX-YY”/, {}, { timeout: 10_000 }),
    ).toBeVisible();
    await waitFor(() => expect(companies()).toEqual(['Seattle', 'London']), { timeout: 10_000 });
    expect(screen.queryByText(/Loading the tax rules/)).not.toBeInTheDocument();
  });

  it('lists an offer with no tax place apart after tax, with the reason', () => {
    const untaxed = makeOffer({ id: 'x', company: 'Nowhere', compensation: { baseSalary: 1e6 } });
    renderWithStore(
      <RankingPanel />,
      makeDocument({ offers: [...offers, untaxed], settings: { ...settings, compareOn: 'net' } }),
      { taxRules: ALL_TAX_RULES },
    );
    expect(companies()).toEqual(['Seattle', 'London']);
    expect(screen.getByText(/Needs a tax place or your own tax rate/)).toBeVisible();
  });
});

describe('RankingPanel with many offers', () => {
  it('shows the top 10 and every offer on request', async () => {
    const offers = Array.from({ length: 12 }, (_, i) =>
      makeOffer({
        id: `o${i}`,
        company: `Offer ${i + 1}`,
        compensation: { baseSalary: 100_000 + i },
      }),
    );
    const { user } = renderWithStore(<RankingPanel />, makeDocument({ offers }));
    expect(rankingItems()).toHaveLength(10);
    const more = screen.getByRole('button', { name: 'Show all 12' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(rankingItems()).toHaveLength(12);
    await user.click(screen.getByRole('button', { name: 'Show the top 10' }));
    expect(rankingItems()).toHaveLength(10);
  });
});
