import { screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { SideBySideTable } from './side-by-side';

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

  it('marks the best cell of a row with a star and the word Best', () => {
    renderWithStore(<SideBySideTable />, doc());
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
