import { render, screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { leaveEarlyChartData } from './leave-early-rows';
import { LeaveEarlySection } from './leave-early-section';

/** A Series-B offer: 50,000 options at $2, 25 % a year after a 12-month cliff, a 60-day window. */
const lumen = makeOffer({
  id: 'lumen',
  company: 'Lumen',
  compensation: {
    baseSalary: 120_000,
    annualRaisePct: 0,
    equity: {
      kind: 'options',
      market: 'private',
      shares: 50_000,
      strikePrice: 2,
      cliffMonths: 12,
      exerciseWindowDays: 60,
      private: {
        fullyDilutedShares: 10_000_000,
        preferredPrice: 6,
        commonPrice: 1.5,
        dilutionPct: 10,
        preference: 60_000_000,
        exits: [{ label: 'big', value: 500_000_000, year: 4, pct: 20, kind: 'acquisition' }],
        series: [],
        roundPriceGrowthPct: 0,
        onAcquisition: 'vest',
        accelerationPct: 100,
        rsuKeptAfterLeaving: null,
        rsuKeptYears: 1,
      },
    },
  },
});
const amazon = makeOffer({
  id: 'amazon',
  company: 'Amazon',
  compensation: { baseSalary: 180_000, equity: { kind: 'rsu', grantValue: 100_000 } },
});

describe('leaving early with options', () => {
  it('shows the cash needed to keep the vested options beside what they may be worth', () => {
    render(
      <LeaveEarlySection data={leaveEarlyChartData(makeDocument({ offers: [lumen, amazon] }))} />,
    );
    const table = screen.getByRole('table', { name: 'Leaving after 12 months' });
    expect(within(table).getByRole('columnheader', { name: 'Cash to keep options' })).toBeVisible();
    const row = within(table).getByRole('row', { name: /Lumen/ });
    // 12,500 vested options × $2.
    expect(within(row).getByText('$25,000')).toBeInTheDocument();
    expect(
      within(within(table).getByRole('row', { name: /Amazon/ })).getAllByText('—'),
    ).toHaveLength(1);
    // The sentence's company name is isolated for bidi text, so it spans elements.
    const sentence = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' &&
        /^To keep Lumen’s vested options/.test(element.textContent ?? ''),
    );
    expect(sentence).toHaveTextContent(
      'To keep Lumen’s vested options you would pay $25,000 within 60 days of leaving; your vested equity may then be worth $67,171.',
    );
  });

  it('has no such column when no offer has options', () => {
    render(<LeaveEarlySection data={leaveEarlyChartData(makeDocument({ offers: [amazon] }))} />);
    expect(
      screen.queryByRole('columnheader', { name: 'Cash to keep options' }),
    ).not.toBeInTheDocument();
  });
});
