import { render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ALL_TAX_RULES, recruiterQuestions, type TradeoffDocument } from '../domain';
import { createAppState } from '../store/app-state';
import { watchTaxRules } from '../store/tax-rules';
import { makeDocument, makeOffer, makeStartupOffer } from '../testing/domain-factories';
import { App } from './app';

/*
 * After tax, every panel shows the same basis: the ranking, the factor chart,
 * the yearly chart, side by side, insights and Ask the recruiter, when the
 * switch is used and again after a reload, when the rules load after the page
 * has drawn.
 *
 * Seattle pays $185,000 (Washington: $137,744.50 after tax), London £120,000
 * at 1.27 (152,400 before tax; £76,157.40 × 1.27 = $96,719.90 after tax).
 * Compensation scores: before tax London 152,400 / 185,000 = 82.4, after tax
 * 96,719.90 / 137,744.50 = 70.2 (tax.test.ts works the tax out).
 */
const document = (compareOn: 'gross' | 'net') =>
  makeDocument({
    settings: {
      compareOn,
      horizonYears: 1,
      exchangeRates: { GBP: 1.27 },
      weights: { compensation: 100, growth: 0, culture: 0, workLife: 0 },
    },
    offers: [
      makeOffer({
        id: 'sea',
        company: 'Seattle',
        tax: { place: 'US-WA', effectiveRatePct: null },
        compensation: { baseSalary: 185_000, annualRaisePct: 0 },
      }),
      makeOffer({
        id: 'lon',
        company: 'London',
        currency: 'GBP',
        tax: { place: 'GB-ENG', effectiveRatePct: null },
        compensation: { baseSalary: 120_000, annualRaisePct: 0 },
      }),
      makeOffer({
        id: 'own',
        company: 'Own Rate',
        tax: { place: null, effectiveRatePct: 30 },
        compensation: { baseSalary: 150_000, annualRaisePct: 0 },
      }),
    ],
  });

/** The app as main.tsx wires it: tax rules load when the offers name places. */
const renderApp = (
  doc: TradeoffDocument,
): RenderResult & { user: ReturnType<typeof userEvent.setup> } => {
  const app = createAppState({ document: doc });
  watchTaxRules(app.document, app.taxRules);
  return { ...render(<App app={app} />), user: userEvent.setup({ delay: null }) };
};

const rankingTotals = () =>
  within(screen.getByRole('list', { name: 'Ranking' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

/** The factor chart's numbers: London's compensation score, as the table shows it. */
const londonPayScore = async (user: ReturnType<typeof userEvent.setup>) => {
  const figure = await screen.findByRole('figure', { name: 'Factor scores' }, { timeout: 30_000 });
  const show = within(figure).queryByRole('button', { name: 'Show the numbers' });
  if (show) await user.click(show);
  // One row an offer: its name, then the factors in order, compensation first.
  const row = within(within(figure).getByRole('table')).getByRole('row', { name: /^London/ });
  return within(row).getAllByRole('cell')[0]?.textContent;
};

describe('After tax, every panel on the same basis', () => {
  beforeAll(() =>
    Promise.all([
      import('../features/comparison/comparison-charts'),
      import('../features/comparison/bar-charts'),
      import('../features/comparison/side-by-side'),
      import('../features/insights/insights-panel'),
      import('../domain/tax/us'),
      import('../domain/tax/countries'),
    ]),
  );

  it('moves the ranking, the factor chart, the yearly chart, side by side and insights together', async () => {
    const { user } = renderApp(document('gross'));
    expect(await londonPayScore(user)).toBe('82.4');

    await user.click(screen.getByRole('switch', { name: 'After tax' }));
    expect(await screen.findByRole('switch', { name: 'After tax', checked: true })).toBeVisible();

    // The ranking and the factor chart agree: London's pay counts 70.2 after tax (the chart
    // follows the ranking a moment later).
    await waitFor(async () => expect(await londonPayScore(user)).toBe('70.2'), { timeout: 30_000 });
    expect(rankingTotals().find((t) => t.includes('London'))).toContain('70.2');
    // The yearly chart shows the tax part; side by side the net pay.
    const yearly = screen.getByRole('figure', { name: 'Compensation year by year' });
    expect(yearly).toHaveTextContent('Tax and contributions');
    const sideBySide = await screen.findByRole('region', { name: 'Side by side' });
    expect(within(sideBySide).getByRole('row', { name: /^Net pay/ })).toHaveTextContent('137,745');
    // Insights: after tax the runner-up is the own-rate offer (105,000 / 137,744.50 = 76.2).
    const insights = screen.getByRole('region', { name: 'Insights' });
    await waitFor(() => expect(insights).toHaveTextContent(/leads by 23\.8 points/));
    expect(insights).toHaveTextContent(
      'After tax: pay amounts here are estimates of pay after tax',
    );
    // Leaving after a year keeps a year's pay after tax: the same figures as the ranking's.
    const leaving = await within(insights).findByRole('table', {
      name: 'Leaving after 12 months, after tax',
    });
    const kept = (company: string) =>
      within(within(leaving).getByRole('row', { name: new RegExp(`^${company}`) })).getAllByRole(
        'cell',
      )[0]?.textContent;
    expect(kept('Seattle')).toBe('$137,745');
    expect(kept('London')).toBe('$96,720');
    expect(kept('Own Rate')).toBe('$105,000');

    await user.click(screen.getByRole('switch', { name: 'After tax' }));
    await waitFor(async () => expect(await londonPayScore(user)).toBe('82.4'), { timeout: 30_000 });
    expect(rankingTotals().find((t) => t.includes('London'))).toContain('82.4');
    // Before tax London is the runner-up again: 100 − 82.4.
    expect(insights).toHaveTextContent(/leads by 17\.6 points/);
    const leavingBeforeTax = await within(insights).findByRole('table', {
      name: 'Leaving after 12 months, before tax',
    });
    expect(within(leavingBeforeTax).getByRole('row', { name: /^Seattle/ })).toHaveTextContent(
      '$185,000',
    );
  });

  it('shows the after-tax figures once the rules load after a reload, and ranks an own rate at once', async () => {
    const { user } = renderApp(document('net'));
    // No rules yet: the offer with its own rate ranks already; the others wait for theirs.
    expect(rankingTotals().some((t) => t.includes('Own Rate'))).toBe(true);
    expect(screen.getAllByText(/Its tax rules are still loading/)[0]).toBeVisible();
    // Once they load, every panel follows, with nothing stale from before.
    await waitFor(async () => expect(await londonPayScore(user)).toBe('70.2'), { timeout: 30_000 });
    expect(rankingTotals().find((t) => t.includes('London'))).toContain('70.2');
    expect(screen.queryByText(/Its tax rules are still loading/)).not.toBeInTheDocument();
  });

  it('asks the recruiter with amounts on the same basis, after a reload and when switched', async () => {
    // A startup grant in California whose preference stack moves its pay; London beside it.
    const lumen = makeStartupOffer(
      { exits: [{ label: 'big', value: 200_000_000, year: 1, pct: 50, kind: 'acquisition' }] },
      { tax: { place: 'US-CA', effectiveRatePct: null } },
    );
    const doc = { ...document('net'), offers: [lumen, document('net').offers[1]!] };
    const preferenceMove = (compareOn: 'gross' | 'net') => {
      const settings = { ...doc.settings, compareOn };
      const entry = recruiterQuestions({ ...doc, settings }, ALL_TAX_RULES)[0];
      const question = entry?.questions.find((q) => /preference stack/.test(q.question));
      return question?.move;
    };
    const preferenceItem = async () => {
      const section = await screen.findByRole(
        'region',
        { name: 'Ask the recruiter' },
        {
          timeout: 30_000,
        },
      );
      return within(section)
        .getAllByRole('listitem')
        .find((item) => /preference stack/.test(item.textContent ?? ''));
    };
    const net = preferenceMove('net');
    const gross = preferenceMove('gross');
    expect(net).toBeGreaterThan(0);
    expect(net).toBeLessThan(gross!);
    const { user } = renderApp(doc);

    // Once the rules load after the reload, the amount is the one after tax.
    const netText = `$${Math.round(net!).toLocaleString('en-US')}`;
    await waitFor(async () => expect(await preferenceItem()).toHaveTextContent(netText), {
      timeout: 30_000,
    });

    await user.click(screen.getByRole('switch', { name: 'After tax' }));
    const grossText = `$${Math.round(gross!).toLocaleString('en-US')}`;
    await waitFor(async () => expect(await preferenceItem()).toHaveTextContent(grossText), {
      timeout: 30_000,
    });
  });
});
