import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDocument, withExampleOffers } from '../domain';
import { createAppState } from '../store/app-state';
import { App } from './app';

const NOW = '2026-11-25T12:00:00.000Z';

const renderApp = (document = createDocument()) => {
  const app = createAppState({ document });
  render(<App app={app} />);
  return { store: app.document, user: userEvent.setup({ delay: null }) };
};

const rankedCompanies = () =>
  within(screen.getByRole('list', { name: 'Ranking' }))
    .getAllByRole('listitem')
    .map((row) => row.textContent ?? '')
    .map((text) =>
      ['Northwind', 'Fieldnote', 'Kontor', 'Lumen Labs'].find((c) => text.includes(c)),
    );

describe('App', () => {
  // The offer form loads lazily (at idle time in the app): loaded up front here, so that no test
  // waits for the chunk and no load is still under way when the file ends.
  beforeAll(() => import('../features/offers/offer-form'));

  it('shows the product name as the main heading', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Tradeoff' })).toBeInTheDocument();
  });

  it('switches between light and dark theme from the header', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('welcomes a first visit and fills the comparison with the example offers', async () => {
    const { user, store } = renderApp();
    expect(screen.queryByRole('list', { name: 'Ranking' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load example offers' }));

    expect(
      await screen.findByRole('list', { name: 'Ranking' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(store.get().offers).toHaveLength(4);
    expect(screen.getByRole('region', { name: 'Weights' })).toBeInTheDocument();
  });

  it('re-ranks the offers at once when a weight slider moves', () => {
    renderApp(withExampleOffers(createDocument(), NOW));
    // Default weights 40/25/15/20: Northwind's pay carries it.
    expect(rankedCompanies()).toEqual(['Northwind', 'Fieldnote', 'Kontor', 'Lumen Labs']);

    const weights = screen.getByRole('region', { name: 'Weights' });
    fireEvent.change(within(weights).getByRole('slider', { name: 'Compensation' }), {
      target: { value: '0' },
    });

    // Without pay, Fieldnote's balance (92.3) and culture (83.3) lead:
    // (56.25·25 + 83.33·15 + 92.26·20) / 60 = 75.0 against Northwind's 62.3.
    expect(rankedCompanies()).toEqual(['Fieldnote', 'Kontor', 'Lumen Labs', 'Northwind']);
  });
});
