import { screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { SideBySideTable } from './side-by-side';

// A phone: the page's `--phone` width matches.
beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(max-width: 520px)',
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
});
afterEach(() => vi.unstubAllGlobals());

const offers = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    makeOffer({
      id: `o${i + 1}`,
      company: ['Acme', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'][i]!,
      role: 'Engineer',
      compensation: { baseSalary: i === 1 ? 110_000 : 100_000 },
    }),
  );

const cards = () =>
  within(screen.getByRole('list', { name: 'Side by side' })).getAllByRole('listitem');
const card = (company: string) =>
  cards().find((c) => within(c).queryByRole('heading', { name: new RegExp(company) }))!;

describe('Side by side on a phone', () => {
  it('shows one card per offer instead of a table scrolled sideways', async () => {
    const { user } = renderWithStore(<SideBySideTable />, makeDocument({ offers: offers(2) }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Acme',
      'Beta',
    ]);
    expect(card('Acme')).toHaveTextContent('Total score');
    expect(card('Acme')).not.toHaveTextContent('Base salary');

    const compensation = screen.getByRole('button', { name: 'Compensation' });
    expect(compensation).toHaveAttribute('aria-pressed', 'false');
    await user.click(compensation);
    expect(compensation).toHaveAttribute('aria-pressed', 'true');
    expect(card('Beta')).toHaveTextContent(/Base salary\s*\$110,000/);
  });

  it('against a baseline, shows each card only what differs from it, with the difference', async () => {
    const { user } = renderWithStore(<SideBySideTable />, makeDocument({ offers: offers(2) }));
    await user.selectOptions(screen.getByLabelText('Compare against'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Compensation' }));

    expect(card('Acme')).toHaveTextContent('Baseline');
    expect(card('Acme')).toHaveTextContent('Annual raise');
    const beta = card('Beta');
    // Beta differs from Acme in base salary (+$10,000), not in the annual raise.
    expect(beta).toHaveTextContent(/Base salary\$110,000 ★ Best\+\$10,000 \(\+10 %\)/);
    expect(beta).not.toHaveTextContent('Annual raise');
    expect(beta).toHaveTextContent(/Rows as in the baseline: \d+/);
  });

  it('pages six offers at a time, as the table does, the baseline kept in view', async () => {
    const { user } = renderWithStore(<SideBySideTable />, makeDocument({ offers: offers(8) }));
    expect(cards()).toHaveLength(6);
    await user.selectOptions(screen.getByLabelText('Compare against'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Next offers' }));
    expect(cards().map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'AcmeBaseline',
      'Eta',
      'Theta',
    ]);
  });
});
