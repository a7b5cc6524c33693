import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Weights } from '../../domain';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { InsightsPanel } from './insights-panel';

/** Differs only in pay and growth: with default everything else, only these two factors separate offers. */
const offer = (company: string, baseSalary: number, growth: number, extra: OfferOverrides = {}) =>
  makeOffer({
    id: company.toLowerCase(),
    company,
    ...extra,
    compensation: { baseSalary, ...extra.compensation },
    growth: {
      learning: growth,
      careerProgression: growth,
      mentorship: growth,
      companyOutlook: growth,
    },
  });

const payAndGrowth = { compensation: 50, growth: 50, culture: 0, workLife: 0 };

const renderPanel = (
  offers: ReturnType<typeof offer>[],
  weights: Partial<Weights> = payAndGrowth,
) => renderWithStore(<InsightsPanel />, makeDocument({ settings: { weights }, offers }));

/** A line of "What a raise would do": the company is in bold, the rest follows. */
const catchUp = (company: string) => (_: string, element: Element | null) =>
  element?.tagName === 'LI' && (element.textContent ?? '').startsWith(`${company} `);

/** A sentence of the insights, whole: company names sit in <bdi> elements inside it. */
const sentence = (text: string | RegExp) => (_: string, element: Element | null) =>
  element?.tagName === 'P' &&
  (typeof text === 'string' ? element.textContent === text : text.test(element.textContent ?? ''));

/** $120,000 flat, a $12,000 signing bonus clawed back for 6 months, $48,000 of RSUs after a 12-month cliff. */
const leavingAcme = () =>
  offer('Acme', 120_000, 3, {
    compensation: {
      annualRaisePct: 0,
      signingBonus: 12_000,
      signingBonusClawbackMonths: 6,
      equity: { kind: 'rsu', grantValue: 48_000, cliffMonths: 12 },
    },
  });

const insights = () => screen.getByRole('region', { name: 'Insights' });

describe('InsightsPanel: sentences', () => {
  it('keeps a name written with a right-to-left override from turning the sentence around', () => {
    renderPanel([offer('\u202EAcme', 100_000, 3), offer('Beta', 50_000, 4)]);
    const headline = within(insights()).getByText(sentence('\u202EAcme leads by 12.5 points.'));
    // The name sits in its own isolate; the app's words after it are outside.
    const name = headline.querySelector('bdi');
    expect(name).toHaveTextContent('\u202EAcme');
    expect(name?.nextSibling?.textContent).toBe(' leads by 12.5 points.');
    const raise = within(insights()).getByText(catchUp('Beta'));
    expect(raise.querySelector('bdi')).toHaveTextContent(/^Beta$/);
  });

  it('says by how much the leader leads and which weight would change it', () => {
    // Pay utilities: Acme 100, Beta 50. Growth: Acme 50 (all 3s), Beta 75 (all 4s).
    // Totals 75 and 62.5. Pay ties at -(50 · -25) / 50 = 25, a share of 25 / 75 = 33.3 %
    // (named on the leader's side, 33.4 %); growth only at 100.
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 4)]);
    const region = insights();
    expect(within(region).getByText(sentence('Acme leads by 12.5 points.'))).toBeInTheDocument();
    expect(
      within(region).getByText(
        sentence(
          'It stays on top unless the Compensation weight drops below 33.4 % (Beta would lead).',
        ),
      ),
    ).toBeInTheDocument();
    expect(
      within(region).getByText(
        sentence(
          'With every weight nudged by up to ±25 %, Acme still comes first in all 2,000 tries.',
        ),
      ),
    ).toBeInTheDocument();
    expect(within(region).queryByText(/close call/i)).not.toBeInTheDocument();
  });

  it('calls a lead under 2 points a close call, and names the weight that flips it', () => {
    // Beta's pay utility is 72: totals 75 and 73.5. Pay ties at 1250 / 28 = 44.64, a share of
    // 44.64 / 94.64 = 47.17 %, named on the leader's side as 47.2 %; growth ties at 56.
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 72_000, 4)]);
    expect(screen.getByText(sentence('Close call: Acme leads by 1.5 points.'))).toBeInTheDocument();
    expect(
      screen.getByText(
        sentence(
          'It stays on top unless the Compensation weight drops below 47.2 % (Beta would lead).',
        ),
      ),
    ).toBeInTheDocument();
  });

  it('says "goes above" when the runner-up needs a weight to rise', () => {
    // Pay 80, growth 20. Acme: pay 100, growth 50 → 90. Beta: pay 75, growth 100 → 80.
    // Growth ties at -(80 · 25) / -50 = 40 (a move of 20), a share of 40 / 120 = 33.3 %;
    // pay only at 40 (a move of 40).
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 75_000, 5)], {
      ...payAndGrowth,
      compensation: 80,
      growth: 20,
    });
    expect(screen.getByText(sentence('Acme leads by 10.0 points.'))).toBeInTheDocument();
    expect(
      screen.getByText(
        sentence('It stays on top unless the Growth weight goes above 33.3 % (Beta would lead).'),
      ),
    ).toBeInTheDocument();
  });

  it('tells how much more base salary would let each other offer tie', () => {
    // Beta needs a pay utility of 75: 75,000, i.e. 25,000 more.
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 4)]);
    const list = within(insights()).getByRole('region', { name: 'What a raise would do' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'Beta would tie with a base salary $25,000 higher ($75,000).',
    );
  });

  it('gives the raise in the offer’s own currency', () => {
    // 1 EUR = 1.25 USD: Beta must reach 75,000 USD = 60,000 EUR, from 40,000 EUR.
    renderWithStore(
      <InsightsPanel />,
      makeDocument({
        settings: { weights: payAndGrowth, exchangeRates: { EUR: 1.25 } },
        offers: [offer('Acme', 100_000, 3), offer('Beta', 40_000, 4, { currency: 'EUR' })],
      }),
    );
    expect(screen.getByText(catchUp('Beta'))).toHaveTextContent(
      'Beta would tie with a base salary €20,000 higher (€60,000).',
    );
  });

  it('says when salary alone cannot close the gap', () => {
    // At best Beta scores 10 · 100 / 100 = 10 against Acme's 90.
    renderPanel([offer('Acme', 100_000, 5), offer('Beta', 50_000, 1)], {
      ...payAndGrowth,
      compensation: 10,
      growth: 90,
    });
    expect(screen.getByText(catchUp('Beta'))).toHaveTextContent(
      'Beta would not catch up: the lead is not reachable by salary alone.',
    );
  });

  it('says plainly when two offers share first place, without calling either the leader', () => {
    renderPanel([offer('Zeta', 80_000, 3), offer('Alpha', 80_000, 3)]);
    const region = insights();
    expect(
      within(region).getByText(sentence('Alpha and Zeta are tied at the top with 75.0 points.')),
    ).toBeInTheDocument();
    expect(within(region).queryByText(/leads by/)).not.toBeInTheDocument();
    expect(within(region).getByText(catchUp('Zeta'))).toHaveTextContent(
      'Zeta already ties at its current base salary.',
    );
    // Same scores everywhere: no nudge of the weights can split them.
    expect(
      within(region).getByText(
        sentence('Nudging every weight by up to ±25 % does not separate them.'),
      ),
    ).toBeInTheDocument();
  });

  it('shows how nudged weights split a tie between offers strong in different things', () => {
    // Acme: pay 100, growth 50. Beta: pay 50, growth 100 (all 5s). Both 75 with weights 50/50.
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 5)]);
    expect(
      screen.getByText(sentence('Acme and Beta are tied at the top with 75.0 points.')),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        sentence(
          /^With every weight nudged by up to ±25 %, first place over 2,000 tries goes Acme \d+ % and Beta \d+ %\.$/,
        ),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: /weight can move/ })).not.toBeInTheDocument();
  });

  it('does not measure a margin with a single offer', () => {
    renderPanel([offer('Acme', 100_000, 3)]);
    const region = insights();
    expect(
      within(region).getByText(sentence('Acme is the only offer compared so far.')),
    ).toBeInTheDocument();
    expect(within(region).queryByText(/leads by|stays on top|would tie/)).not.toBeInTheDocument();
  });

  it('names no leader when every weight is 0', () => {
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 4)], {
      compensation: 0,
      growth: 0,
      culture: 0,
      workLife: 0,
    });
    const region = insights();
    expect(
      within(region).getByText(sentence('Every weight is 0, so no offer leads.')),
    ).toBeInTheDocument();
    expect(within(region).queryByText(/leads by|stays on top|would tie/)).not.toBeInTheDocument();
    expect(
      within(region).queryByRole('figure', { name: /weight can move/ }),
    ).not.toBeInTheDocument();
  });

  it('lists the offers left out for a missing exchange rate', () => {
    renderPanel([
      offer('Acme', 100_000, 3),
      offer('Beta', 50_000, 4),
      offer('Kontor', 90_000, 4, { currency: 'EUR' }),
    ]);
    expect(
      screen.getByText(sentence('Left out until an exchange rate is set (EUR → USD): Kontor.')),
    ).toBeInTheDocument();
    expect(screen.getByText(sentence('Acme leads by 12.5 points.'))).toBeInTheDocument();
  });

  it('says an offer is left out after tax for want of a tax place, not of an exchange rate', () => {
    const taxed = { tax: { place: null, effectiveRatePct: 30 } };
    renderWithStore(
      <InsightsPanel />,
      makeDocument({
        settings: { weights: payAndGrowth, compareOn: 'net' },
        offers: [
          offer('Acme', 100_000, 3, taxed),
          offer('Beta', 50_000, 4, taxed),
          offer('Gamma', 90_000, 4),
          offer('Kontor', 90_000, 4, { ...taxed, currency: 'EUR' }),
        ],
      }),
    );
    expect(
      screen.getByText(
        sentence(
          'Left out until an exchange rate is set (EUR → USD): Kontor. Left out until given a tax place or your own tax rate: Gamma.',
        ),
      ),
    ).toBeInTheDocument();
  });

  it('follows the document when a weight changes', async () => {
    const { store } = renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 4)]);
    // Growth 100, pay 10: Acme (10·100 + 100·50) / 110 = 54.5; Beta (10·50 + 100·75) / 110 = 72.7.
    act(() =>
      store.update((doc) => ({
        ...doc,
        settings: { ...doc.settings, weights: { ...payAndGrowth, compensation: 10, growth: 100 } },
      })),
    );
    expect(await screen.findByText(sentence('Beta leads by 18.2 points.'))).toBeInTheDocument();
  });
});

describe('InsightsPanel: many offers', () => {
  it('analyses a large document again once the weights stop moving', async () => {
    const fillers = Array.from({ length: 40 }, (_, i) => offer(`Filler ${i + 1}`, 10_000, 1));
    const { store } = renderPanel([
      offer('Acme', 100_000, 3),
      offer('Beta', 50_000, 4),
      ...fillers,
    ]);
    // Past 40 offers the insights are worked out in slices.
    expect(
      await screen.findByText(sentence('Acme leads by 12.5 points.'), {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(insights()).toHaveAttribute('aria-busy', 'false'));
    act(() =>
      store.update((doc) => ({
        ...doc,
        settings: { ...doc.settings, weights: { ...payAndGrowth, compensation: 10, growth: 100 } },
      })),
    );
    // From the step on, the figures still shown say they are being updated.
    expect(insights()).toHaveAttribute('aria-busy', 'true');
    expect(within(insights()).getByText('Updating these figures…')).toBeInTheDocument();
    expect(screen.getByText(sentence('Acme leads by 12.5 points.'))).toBeInTheDocument();
    expect(
      await screen.findByText(sentence('Beta leads by 18.2 points.'), {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(insights()).toHaveAttribute('aria-busy', 'false'));
    expect(within(insights()).queryByText('Updating these figures…')).not.toBeInTheDocument();
    // 41 offers behind the leader: three named, the rest folded away.
    expect(screen.getByText('38 more offers')).toBeInTheDocument();
  });
});

describe('InsightsPanel: money drawn in slices', () => {
  /** A bonus paid out anywhere from none to twice its target: the tries draw it. */
  const ranged = (company: string, baseSalary: number, growth: number) =>
    offer(company, baseSalary, growth, {
      compensation: { bonusTargetPct: 20, bonusPayoutLowPct: 0, bonusPayoutHighPct: 200 },
    });
  const odds = /^With your uncertainty about Acme’s bonus, Acme comes first in/;

  it('keeps the last figures, marked as updating, until the new ones are worked out', async () => {
    const { store } = renderPanel([ranged('Acme', 100_000, 3), offer('Beta', 50_000, 4)]);
    const region = insights();
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(within(region).getByText('Working out how sure the ranking is…')).toBeInTheDocument();
    const first = await within(region).findByText(sentence(odds));
    const before = first.textContent;
    expect(region).toHaveAttribute('aria-busy', 'false');
    expect(within(region).queryByText(/Working out|Updating/)).not.toBeInTheDocument();

    // Acme's pay changes: its money is drawn again.
    act(() =>
      store.update((doc) => ({
        ...doc,
        offers: doc.offers.map((o) => (o.id === 'acme' ? ranged('Acme', 62_000, 3) : o)),
      })),
    );
    expect(region).toHaveAttribute('aria-busy', 'true');
    expect(within(region).getByText('Updating these figures…')).toBeInTheDocument();
    expect(within(region).getByText(sentence(odds))).toHaveTextContent(before!);

    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
    expect(within(region).getByText(sentence(odds)).textContent).not.toBe(before);
    expect(within(region).queryByText('Updating these figures…')).not.toBeInTheDocument();
  });
});

describe('InsightsPanel: charts', () => {
  // The leave-early chart loads lazily; imported up front, its lazy boundary resolves at once.
  beforeAll(async () => {
    await import('./leave-early-chart');
  });

  it('loads the weight-range and win charts with their data as text', async () => {
    renderPanel([offer('Acme', 100_000, 3), offer('Beta', 50_000, 4)]);
    const ranges = await screen.findByRole('figure', { name: /How far each weight can move/ });
    fireEvent.click(within(ranges).getByRole('button', { name: 'Show the numbers' }));
    const table = within(ranges).getByRole('table', { name: /Weights at which Acme stays on top/ });
    expect(within(table).getByRole('row', { name: /^Compensation/ })).toHaveTextContent(
      // Now 50 %; from 33.4 % (the tie at 33.3 %) to 66.7 %, where a full slider stops.
      'Compensation50 %33.4 %66.7 %Beta leads—',
    );
    const win = screen.getByRole('figure', { name: /Chance of coming first/ });
    fireEvent.click(within(win).getByRole('button', { name: 'Show the numbers' }));
    expect(within(win).getByRole('row', { name: /^Acme/ })).toHaveTextContent('Acme100 %');
    expect(within(win).getByRole('row', { name: /^Beta/ })).toHaveTextContent('Beta0 %');
    // A range that runs down to nothing reads 0, never -0.
    expect(ranges).not.toHaveTextContent(/-0/);
    expect(ranges).toHaveTextContent(/\b0–\d+ %/);
  });

  it('shows what each offer leaves you with on leaving early, month by month', async () => {
    renderPanel([leavingAcme()]);
    const figure = await screen.findByRole('figure', { name: /What you walk away with/ });
    fireEvent.click(within(figure).getByRole('button', { name: 'Show the numbers' }));
    const table = within(figure).getByRole('table', { name: /Value walked away with/ });
    expect(within(table).getAllByRole('row')).toHaveLength(49);
    expect(within(table).getByRole('row', { name: /^11 / })).toHaveTextContent('11$122,000');
    expect(within(table).getByRole('row', { name: /^12 / })).toHaveTextContent('12$144,000');
  });

  it('breaks down the month picked on the slider', () => {
    renderPanel([leavingAcme()]);
    fireEvent.change(screen.getByRole('slider', { name: 'Leave after' }), {
      target: { value: '3' },
    });
    const table = screen.getByRole('table', { name: 'Leaving after 3 months, before tax' });
    // 30,000 salary + 12,000 signing bonus, all of which goes back.
    expect(within(table).getByRole('row', { name: /Acme/ })).toHaveTextContent(
      'Acme$30,000$42,000$0−$12,000',
    );
  });
});

describe('InsightsPanel: what the weights mean in money', () => {
  it('says what one step of a rating is worth a year, and that money does not count at weight 0', () => {
    // Pay weight 50 of 100: a dollar a year counts 50 % × 100 / 120,000 points; a growth step
    // 50 % × 1/4 × 25 = 3.125 points → 7,500 a year.
    const flat = { compensation: { annualRaisePct: 0 } };
    const offers = [offer('Acme', 120_000, 3, flat), offer('Globex', 80_000, 4, flat)];
    const { store } = renderPanel(offers);
    const section = screen.getByRole('region', { name: 'What your weights mean in money' });
    expect(section).toHaveTextContent(
      'Under your weights, one step up in Learning, Career progression, Mentorship or Company outlook rating is worth about $7,500 a year to you.',
    );
    expect(section).toHaveTextContent('How is this computed');
    act(() =>
      store.update((doc) => ({
        ...doc,
        settings: { ...doc.settings, weights: { ...doc.settings.weights, compensation: 0 } },
      })),
    );
    expect(
      screen.getByRole('region', { name: 'What your weights mean in money' }),
    ).toHaveTextContent('Under your weights money does not count');
  });
});

describe('against staying', () => {
  it('says how each offer compares with the current job, and what leaving it gives up', () => {
    renderWithStore(
      <InsightsPanel />,
      makeDocument({
        offers: [
          offer('Stay', 150_000, 3, {
            current: true,
            compensation: {
              annualRaisePct: 0,
              bonusTargetPct: 10,
              equity: { kind: 'rsu', grantValue: 40_000, cliffMonths: 0 },
            },
            culture: { manager: 5, team: 5, values: 5 },
          }),
          offer('Acme', 174_000, 3, {
            compensation: { annualRaisePct: 0, bonusTargetPct: 10 },
            culture: { manager: 2, team: 2, values: 2 },
          }),
        ],
      }),
    );
    const staying = within(insights()).getByRole('region', { name: 'Against staying at Stay' });
    // Mean pay over 4 years: Acme 174,000 + 17,400 bonus; Stay 150,000 + 15,000 + 40,000 / 4 of equity.
    // 191,400 − 175,000 = 16,400 a year.
    expect(within(staying).getByRole('listitem')).toHaveTextContent(
      'Acme pays $16,400 a year more than staying, before tax; staying wins on Culture.',
    );
    // 40,000 of equity still to vest and this year's bonus of 15,000.
    expect(staying).toHaveTextContent(
      "Leaving now gives up $40,000 of equity still to vest and this year's bonus of $15,000: about $55,000 in all, before tax.",
    );
  });
});
