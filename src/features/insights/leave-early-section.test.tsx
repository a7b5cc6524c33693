import { render, screen, within } from '@testing-library/react';
import { ALL_TAX_RULES } from '../../domain/tax/all';
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
        optionType: null,
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
    const table = screen.getByRole('table', { name: 'Leaving after 12 months, before tax' });
    expect(screen.getByText('Amounts before tax, in USD.')).toBeVisible();
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
    // Bought whether an exit comes or not: 25 % × 20 % × $1,443,420 = $72,171 on average at exit.
    expect(sentence).toHaveTextContent(
      'To keep Lumen’s vested options you would pay $25,000 within 60 days of leaving, exit or not; on your exit scenarios they bring $72,171 on average, $47,171 more than they cost.',
    );
    // What is kept counts them at that gain: $120,000 of salary and $47,171.
    expect(within(row).getByText('$167,171')).toBeInTheDocument();
  });

  it('adds the tax on buying non-qualified options in a US place to their cost', () => {
    // A 409A price of $3 over the $2 strike: 12,500 × $1 = $12,500 of spread at 12 months, taxed
    // in Washington on top of $120,000 of pay, single: 22 % federal (taxable $103,900 → $116,400
    // crosses into 24 % at $105,700: 1,800 × 22 % + 10,700 × 24 % = $2,964), Social Security
    // 6.2 % = $775, Medicare 1.45 % = $181.25: $3,920.25.
    const taxed = structuredClone(lumen);
    taxed.tax = { place: 'US-WA', effectiveRatePct: null };
    taxed.compensation.employerMatchPct = 0;
    taxed.compensation.equity.private.commonPrice = 3;
    const data = leaveEarlyChartData(makeDocument({ offers: [taxed] }), { rules: ALL_TAX_RULES });
    render(<LeaveEarlySection data={data} />);
    const sentence = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' &&
        /^To keep Lumen’s vested options/.test(element.textContent ?? ''),
    );
    expect(sentence).toHaveTextContent(
      "To keep Lumen’s vested options you would pay $25,000 plus $3,920 of tax on the $12,500 they are worth over their price (US, non-qualified options: 31.4 % at the margin of that year's pay) within 60 days of leaving, exit or not;",
    );
  });

  it('says when buying the vested options is not worth it, and counts them as nothing', () => {
    const unlikely = structuredClone(lumen);
    unlikely.compensation.equity.private.exits = [
      { label: 'small', value: 100_000_000, year: 4, pct: 5, kind: 'acquisition' },
    ];
    render(<LeaveEarlySection data={leaveEarlyChartData(makeDocument({ offers: [unlikely] }))} />);
    const sentence = screen.getByText(
      (_, element) =>
        element?.tagName === 'P' &&
        /^Buying Lumen’s vested options/.test(element.textContent ?? ''),
    );
    expect(sentence).toHaveTextContent(
      /^Buying Lumen’s vested options would cost \$25,000 within 60 days of leaving and bring \$[\d,]+ on average on your exit scenarios: not worth it in expectation, so they count as nothing here\./,
    );
    const row = within(
      screen.getByRole('table', { name: 'Leaving after 12 months, before tax' }),
    ).getByRole('row', { name: /Lumen/ });
    expect(within(row).getAllByText('$120,000')).toHaveLength(2);
  });

  it('has no such column when no offer has options', () => {
    render(<LeaveEarlySection data={leaveEarlyChartData(makeDocument({ offers: [amazon] }))} />);
    expect(
      screen.queryByRole('columnheader', { name: 'Cash to keep options' }),
    ).not.toBeInTheDocument();
  });
});
