import { screen, within } from '@testing-library/react';
import { ALL_TAX_RULES, createDocument, withExampleOffers } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { LazyComparisonCharts } from './lazy-charts';

const examples = () => withExampleOffers(createDocument(), '2026-01-01T00:00:00.000Z');

describe('LazyComparisonCharts', () => {
  // Transforming recharts on a cold cache can outlast findBy's wait; load it once up front.
  // React.lazy still suspends on first render, so the placeholder is still shown.
  beforeAll(async () => {
    await Promise.all([import('./comparison-charts'), import('./bar-charts')]);
  }, 30_000);

  it('shows a loading placeholder first, then the charts with captions', async () => {
    renderWithStore(<LazyComparisonCharts />, examples());
    expect(screen.getByRole('region', { name: 'Why they rank this way' })).toHaveAttribute(
      'aria-busy',
      'true',
    );

    expect(
      await screen.findByRole('figure', { name: 'Total score by factor' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Factor scores' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Compensation year by year' })).toBeInTheDocument();
  });

  it('gives the total-score chart a data table, best first, with factor contributions', async () => {
    const { user } = renderWithStore(
      <LazyComparisonCharts />,
      makeDocument({
        offers: [
          makeOffer({ company: 'Low', compensation: { baseSalary: 50_000 } }),
          makeOffer({ company: 'High', compensation: { baseSalary: 100_000 } }),
        ],
      }),
    );
    const figure = await screen.findByRole('figure', { name: 'Total score by factor' });
    expect(within(figure).queryByRole('table')).toBeNull();
    await user.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    // Header, then High (pay 100 → 40 points of compensation) before Low (pay 50 → 20).
    expect(rows[1]).toHaveTextContent(/^High1\s*40\.0/);
    expect(rows[2]).toHaveTextContent(/^Low2\s*20\.0/);
  });

  it('describes yearly pay in the display currency, adjusted or not', async () => {
    const { user } = renderWithStore(<LazyComparisonCharts />, examples());
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    await user.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const table = within(figure).getByRole('table');
    expect(table).toHaveAccessibleName(/in USD, cost-of-living adjusted/);
    // 4 example offers × 4 years, plus the header row.
    expect(within(table).getAllByRole('row')).toHaveLength(17);

    await user.click(within(figure).getByRole('checkbox', { name: 'Adjust for cost of living' }));
    expect(table).toHaveAccessibleName(/before cost-of-living adjustment/);
    // Fieldnote year 1 as paid: 176,000 base + 14,080 bonus (8 %) + 8,800 match (5 %)
    // + 11,000 benefits + 14,420 RSU (80,000 × 25 % × 1.03 × 70 %) = 224,300.
    expect(within(table).getAllByRole('row', { name: /Fieldnote/ })[0]).toHaveTextContent(
      '$224,300',
    );
  });

  it('adds each year’s low and high to the numbers, and says what the range mark means', async () => {
    const { user } = renderWithStore(
      <LazyComparisonCharts />,
      makeDocument({
        settings: { horizonYears: 1 },
        offers: [
          makeOffer({
            company: 'Acme',
            compensation: {
              baseSalary: 100_000,
              annualRaisePct: 0,
              bonusTargetPct: 10,
              bonusPayoutLowPct: 0,
              bonusPayoutHighPct: 200,
            },
          }),
        ],
      }),
    );
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    expect(figure).toHaveTextContent(/A thin mark over a bar spans the lowest to the highest pay/);
    await user.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const table = within(figure).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(-3)).toEqual(['Total', 'Low', 'High']);
    // $100,000 and a $10,000 bonus paid out at 0 % to 200 %: $100,000 to $120,000.
    expect(within(table).getByRole('row', { name: /Acme/ })).toHaveTextContent(
      /\$110,000\s*\$100,000\s*\$120,000$/,
    );
  });

  it('names offers left out of the yearly chart for a missing rate', async () => {
    renderWithStore(
      <LazyComparisonCharts />,
      makeDocument({
        offers: [makeOffer({ company: 'Home' }), makeOffer({ company: 'Away', currency: 'CHF' })],
      }),
    );
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    expect(figure).toHaveTextContent('Not shown until their exchange rate is set: Away (CHF).');
  });

  it('draws nothing when there are no offers', () => {
    const { container } = renderWithStore(<LazyComparisonCharts />, makeDocument());
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the yearly pay charts after tax', () => {
  beforeAll(async () => {
    await Promise.all([import('./comparison-charts'), import('./bar-charts')]);
  }, 30_000);

  const document = (compareOn: 'gross' | 'net') =>
    makeDocument({
      settings: { compareOn, horizonYears: 1 },
      offers: [
        makeOffer({
          company: 'Seattle',
          tax: { place: 'US-WA', effectiveRatePct: null },
          compensation: { baseSalary: 185_000, annualRaisePct: 0 },
        }),
        makeOffer({ company: 'Untaxed', compensation: { baseSalary: 100_000, annualRaisePct: 0 } }),
      ],
    });

  it('shows tax and contributions as a part of the bar, with a column in the table', async () => {
    const { user } = renderWithStore(<LazyComparisonCharts />, document('net'), {
      taxRules: ALL_TAX_RULES,
    });
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    expect(figure).toHaveTextContent(/the hatched top of a bar is tax and social contributions/);
    expect(figure).toHaveTextContent('Tax and contributions');
    await user.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const table = within(figure).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(-3)).toEqual(['Total', 'Tax and contributions', 'After tax']);
    // $185,000 in Washington, single: income tax $33,134 + FICA $14,121.50 (tax.test.ts).
    const [, seattle, untaxed] = within(table).getAllByRole('row');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(seattle!).slice(-3)).toEqual(['$185,000', '$47,256', '$137,745']);
    // An offer with no tax place keeps its pay whole.
    expect(cells(untaxed!).slice(-2)).toEqual(['$0', '$100,000']);
  });

  it('gives each offer’s average on the basis it is counted on, named', async () => {
    renderWithStore(<LazyComparisonCharts />, document('net'), { taxRules: ALL_TAX_RULES });
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    expect(within(figure).getByText(/^avg \$137/)).toHaveTextContent(
      'avg $137.7K/yr after tax (1 yr)',
    );
    // No tax place: its pay is before tax, and says so.
    expect(within(figure).getByText(/^avg \$100/)).toHaveTextContent(
      'avg $100.0K/yr before tax (1 yr)',
    );
  });

  it('shows no tax before tax', async () => {
    const { user } = renderWithStore(<LazyComparisonCharts />, document('gross'));
    const figure = await screen.findByRole('figure', { name: 'Compensation year by year' });
    expect(figure).not.toHaveTextContent('Tax and contributions');
    await user.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const headers = within(within(figure).getByRole('table')).getAllByRole('columnheader');
    expect(headers.at(-1)).toHaveTextContent('Total');
  });
});
