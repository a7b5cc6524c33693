import { fireEvent, screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { SideBySideTable } from './side-by-side';
import { shortTaxLabel } from './side-by-side-views';

const doc = () =>
  makeDocument({
    offers: [
      makeOffer({
        id: 'acme',
        company: 'Acme',
        compensation: { baseSalary: 120_000 },
        workLife: { ptoDays: 20, hoursPerWeek: 45 },
      }),
      makeOffer({
        id: 'beta',
        company: 'Beta',
        compensation: { baseSalary: 100_000 },
        workLife: { ptoDays: 30, hoursPerWeek: 40 },
      }),
    ],
  });

const table = () => screen.getByRole('table', { name: 'Side by side' });
/** Opens every closed group of rows, as a person clicking each group's heading would. */
const openAllGroups = () => {
  for (const toggle of within(table()).getAllByRole('button', { expanded: false }))
    fireEvent.click(toggle);
};
/** The data cells of a row, in offer order. */
const cellsOf = (label: string) =>
  within(within(table()).getByRole('rowheader', { name: label }).closest('tr')!).getAllByRole(
    'cell',
  );

describe('SideBySideTable', () => {
  it('has one column per offer', () => {
    renderWithStore(<SideBySideTable />, doc());
    expect(within(table()).getByRole('columnheader', { name: /Acme/ })).toBeInTheDocument();
    expect(within(table()).getByRole('columnheader', { name: /Beta/ })).toBeInTheDocument();
  });

  it('names the basis and span of the pay per year row', () => {
    const net = makeDocument({
      offers: doc().offers.map((o) => ({
        ...o,
        tax: { place: null, effectiveRatePct: 30 },
        compensation: { ...o.compensation, annualRaisePct: 0 },
      })),
      settings: { compareOn: 'net', horizonYears: 3 },
    });
    renderWithStore(<SideBySideTable />, net);
    const label = 'Pay per year, after tax (3-year average, cost-of-living adjusted)';
    // $120,000 less 30 % own rate.
    expect(cellsOf(label)[0]).toHaveTextContent('$84,000');
    // On screen the label is cut short so the offers keep their width; the title has it all.
    const header = within(table()).getByRole('rowheader', { name: label });
    expect(header).toHaveAttribute('title', label);
    expect(within(header).getByText('Pay per year, after tax')).toBeVisible();
  });

  it('shows the scores at first and every other group of rows on request', () => {
    renderWithStore(<SideBySideTable />, doc());
    expect(within(table()).getByRole('button', { name: 'Scores' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const pay = within(table()).getByRole('button', { name: /^Compensation\s*·\s*\d+ rows$/ });
    expect(pay).toHaveAttribute('aria-expanded', 'false');
    expect(within(table()).queryByRole('rowheader', { name: 'Base salary' })).toBeNull();
    fireEvent.click(pay);
    expect(pay).toHaveAttribute('aria-expanded', 'true');
    expect(cellsOf('Base salary')).toHaveLength(2);
  });

  it('pages through many offers six at a time, keeping the baseline in view', async () => {
    const many = makeDocument({
      offers: Array.from({ length: 8 }, (_, i) =>
        makeOffer({ id: `o${i + 1}`, company: `Offer ${i + 1}` }),
      ),
    });
    const { user } = renderWithStore(<SideBySideTable />, many);
    const names = () =>
      within(table())
        .getAllByRole('columnheader')
        .filter((th) => th.getAttribute('scope') === 'col')
        .slice(1)
        .map((th) => th.textContent);
    expect(names()).toEqual(['Offer 1', 'Offer 2', 'Offer 3', 'Offer 4', 'Offer 5', 'Offer 6']);
    expect(screen.getByText('Offers 1–6 of 8')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare against' }), 'Offer 2');
    await user.click(screen.getByRole('button', { name: 'Next offers' }));
    expect(names()).toEqual(['Offer 2Baseline', 'Offer 7', 'Offer 8']);
    expect(screen.getByRole('button', { name: 'Next offers' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Previous offers' }));
    expect(names()[0]).toBe('Offer 1');
  });

  it('marks the best cell of a row with a star and the word Best', () => {
    renderWithStore(<SideBySideTable />, doc());
    openAllGroups();
    const [acmePto, betaPto] = cellsOf('Paid time off (days)');
    expect(betaPto).toHaveTextContent(/^30\s*★ Best$/);
    expect(acmePto).not.toHaveTextContent('Best');

    const [acmeBase, betaBase] = cellsOf('Base salary');
    expect(acmeBase).toHaveTextContent('Best');
    expect(betaBase).not.toHaveTextContent('Best');

    // Fewer hours is better.
    expect(cellsOf('Hours per week')[1]).toHaveTextContent('Best');
    // Equal ratings: nobody is best.
    expect(cellsOf('Learning').map((c) => c.textContent)).toEqual(['3 / 5', '3 / 5']);
  });

  it('marks the better total score', () => {
    renderWithStore(<SideBySideTable />, doc());
    const marked = cellsOf('Total score').filter((c) => c.textContent?.includes('Best'));
    expect(marked).toHaveLength(1);
  });

  it('shows each offer’s difference from the chosen baseline', async () => {
    const { user } = renderWithStore(<SideBySideTable />, doc());
    openAllGroups();
    expect(cellsOf('Base salary')[1]).not.toHaveTextContent('%');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare against' }), 'Acme');
    expect(
      within(table()).getByRole('columnheader', { name: /Acme.*Baseline/ }),
    ).toBeInTheDocument();
    const [acmeBase, betaBase] = cellsOf('Base salary');
    expect(betaBase).toHaveTextContent('−$20,000 (−17 %) (worse than the baseline)');
    expect(acmeBase).not.toHaveTextContent('−');
    expect(cellsOf('Paid time off (days)')[1]).toHaveTextContent(
      '+10 (+50 %) (better than the baseline)',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Compare against' }), 'Beta');
    expect(cellsOf('Base salary')[0]).toHaveTextContent('+$20,000 (+20 %)');
  });
});

describe('side by side with a current job', () => {
  it('compares against the current job until another baseline is chosen', async () => {
    const document = doc();
    document.offers[1] = { ...document.offers[1]!, current: true };
    const { user } = renderWithStore(<SideBySideTable />, document);
    openAllGroups();
    const picker = screen.getByRole('combobox', { name: 'Compare against' });
    expect(picker).toHaveDisplayValue('Beta (current job)');
    expect(
      within(table()).getByRole('columnheader', { name: /Beta.*Current job.*Baseline/ }),
    ).toBeInTheDocument();
    expect(cellsOf('Base salary')[0]).toHaveTextContent('+$20,000 (+20 %)');

    await user.selectOptions(picker, 'No baseline');
    expect(cellsOf('Base salary')[0]).not.toHaveTextContent('%');
  });
});

describe('shortTaxLabel', () => {
  it('keeps the place and the years a narrow column needs, and drops the rest', () => {
    expect(
      shortTaxLabel('estimate · US federal + WA · 2026 rules (also for later years) · single'),
    ).toBe('US federal + WA · 2026 rules · single');
    expect(
      shortTaxLabel('estimate · US federal + CA (2025 state tables) · 2026 rules · single'),
    ).toBe('US federal + CA (2025 state tables) · 2026 rules · single');
  });
});
