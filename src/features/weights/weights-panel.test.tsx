import { fireEvent, screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { LocaleProvider } from '../../lib/locale';
import { renderWithStore } from '../../testing/render';
import { WeightsPanel } from './weights-panel';

// Weights › Advanced loads lazily in the app; loaded up front here.
await import('./advanced-settings');

const weightsRegion = () => screen.getByRole('region', { name: 'Weights' });

/** Weights in the order compensation, growth, culture, work-life balance. */
const weights = (compensation: number, growth: number, culture: number, workLife: number) => ({
  compensation,
  growth,
  culture,
  workLife,
});

/** Opens Weights › Advanced and waits for its fields, which load with it. */
const openAdvanced = async (user: { click: (element: Element) => Promise<void> }) => {
  await user.click(screen.getByText('Advanced'));
  await screen.findByRole('button', { name: 'Reset criterion weights' });
};

const slide = (name: string, value: number) =>
  fireEvent.change(within(weightsRegion()).getByRole('slider', { name }), {
    target: { value: String(value) },
  });

describe('WeightsPanel', () => {
  it('shows one 0–100 slider per factor with its share of the total', () => {
    renderWithStore(<WeightsPanel />);
    const region = weightsRegion();
    for (const name of ['Compensation', 'Growth', 'Culture', 'Work-life balance']) {
      const slider = within(region).getByRole('slider', { name });
      expect(slider).toHaveAttribute('min', '0');
      expect(slider).toHaveAttribute('max', '100');
      expect(slider).toHaveAttribute('step', '1');
    }
    expect(within(region).getByRole('status', { name: 'Compensation share' })).toHaveTextContent(
      '40 %',
    );
  });

  it('writes a moved slider into the document and updates every share', () => {
    const { store } = renderWithStore(<WeightsPanel />);
    slide('Compensation', 100);
    expect(store.get().settings.weights.compensation).toBe(100);
    // 100 / (100 + 25 + 15 + 20) = 62.5 %, 25 / 160 = 15.6 %
    expect(screen.getByRole('status', { name: 'Compensation share' })).toHaveTextContent('63 %');
    expect(screen.getByRole('status', { name: 'Growth share' })).toHaveTextContent('16 %');
  });

  it('applies a preset, marks it pressed, and resets to the defaults', async () => {
    const { store, user } = renderWithStore(<WeightsPanel />);
    const moneyFirst = screen.getByRole('button', { name: 'Money first' });
    expect(moneyFirst).toHaveAttribute('aria-pressed', 'false');

    await user.click(moneyFirst);
    expect(store.get().settings.weights).toEqual(weights(60, 15, 10, 15));
    expect(moneyFirst).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Balanced' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await user.click(screen.getByRole('button', { name: 'Reset weights' }));
    expect(store.get().settings.weights).toEqual(weights(40, 25, 15, 20));
    expect(moneyFirst).toHaveAttribute('aria-pressed', 'false');
  });

  it('changes the horizon from 1 to 6 years', async () => {
    const { store, user } = renderWithStore(<WeightsPanel />);
    const horizon = screen.getByRole('combobox', { name: 'Horizon (years)' });
    expect(within(horizon).getAllByRole('option')).toHaveLength(6);
    await user.selectOptions(horizon, '6');
    expect(store.get().settings.horizonYears).toBe(6);
  });

  it('says so when every weight is 0', () => {
    renderWithStore(
      <WeightsPanel />,
      makeDocument({ settings: { weights: { compensation: 0, growth: 0, culture: 0 } } }),
    );
    expect(screen.queryByText(/All weights are 0/)).not.toBeInTheDocument();
    slide('Work-life balance', 0);
    expect(
      screen.getByText('All weights are 0 — every offer scores 0. Raise at least one weight.'),
    ).toBeInTheDocument();
    slide('Culture', 1);
    expect(screen.queryByText(/All weights are 0/)).not.toBeInTheDocument();
  });
});

describe('WeightsPanel advanced settings', () => {
  it('sets a criterion weight from a labelled field and shows its share of the factor', async () => {
    const { store, user } = renderWithStore(<WeightsPanel />);
    await openAdvanced(user);
    const learning = screen.getByRole('textbox', { name: 'Learning weight' });
    await user.clear(learning);
    await user.type(learning, '7');
    expect(store.get().settings.criterionWeights.growth.learning).toBe(7);
    expect(screen.getByRole('textbox', { name: 'Flexibility weight' })).toHaveValue('1');
    // 7 / (7 + 1 + 1 + 1) of growth
    expect(learning.closest('.criterion-row')).toHaveTextContent('70 %');
  });

  it('keeps an out-of-range criterion weight out of the document and says why', async () => {
    const { store, user } = renderWithStore(<WeightsPanel />);
    await openAdvanced(user);
    const team = screen.getByRole('textbox', { name: 'Team weight' });
    await user.clear(team);
    // "1" and "15" are fine on the way; "150" is not, so 15 stays stored.
    await user.type(team, '150');
    expect(team).toHaveAttribute('aria-invalid', 'true');
    expect(team).toHaveAccessibleDescription('A weight must be ≤ 100.');
    expect(store.get().settings.criterionWeights.culture.team).toBe(15);

    await user.click(screen.getByRole('button', { name: 'Reset criterion weights' }));
    expect(store.get().settings.criterionWeights.culture.team).toBe(1);
    expect(team).toHaveValue('1');
    expect(team).not.toHaveAttribute('aria-invalid');
  });

  it('asks for a rate for every foreign currency and never stores an invalid one', async () => {
    const doc = makeDocument({
      offers: [makeOffer({ currency: 'EUR' }), makeOffer({ currency: 'GBP' })],
      settings: { exchangeRates: { EUR: 1.08 } },
    });
    const { store, user } = renderWithStore(<WeightsPanel />, doc);
    await openAdvanced(user);

    const gbp = screen.getByRole('textbox', { name: /1 GBP =/ });
    expect(screen.getByText(/offers in GBP are not ranked/)).toBeInTheDocument();
    const eur = screen.getByRole('textbox', { name: /1 EUR =/ });
    expect(eur).toHaveValue('1.08');

    await user.clear(eur);
    await user.type(eur, '0');
    expect(eur).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The rate must be ≥ 0.000001.')).toBeInTheDocument();
    expect(store.get().settings.exchangeRates.EUR).toBe(1.08);

    await user.type(eur, '.9');
    expect(eur).not.toHaveAttribute('aria-invalid');
    expect(store.get().settings.exchangeRates.EUR).toBe(0.9);

    await user.type(gbp, 'lots');
    expect(screen.getByText('Enter a number, for example 1.08.')).toBeInTheDocument();
    expect(store.get().settings.exchangeRates).not.toHaveProperty('GBP');
  });

  it('re-expresses rates when the display currency changes', async () => {
    const doc = makeDocument({
      offers: [makeOffer({ currency: 'USD' }), makeOffer({ currency: 'EUR' })],
      settings: { currency: 'USD', exchangeRates: { EUR: 1.25 } },
    });
    const { store, user } = renderWithStore(<WeightsPanel />, doc);
    await openAdvanced(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Display currency' }), 'EUR');
    expect(store.get().settings).toMatchObject({
      currency: 'EUR',
      exchangeRates: { USD: 0.8 },
    });
    expect(screen.getByRole('textbox', { name: /1 USD =/ })).toHaveValue('0.8');
  });

  it('reads and writes rates and weights with the marks of a German locale', async () => {
    const doc = makeDocument({
      offers: [makeOffer({ currency: 'EUR' })],
      settings: { exchangeRates: { EUR: 1.5 } },
    });
    const { store, user } = renderWithStore(
      <LocaleProvider value="de-DE">
        <WeightsPanel />
      </LocaleProvider>,
      doc,
    );
    await openAdvanced(user);
    const eur = screen.getByRole('textbox', { name: /1 EUR =/ });
    expect(eur).toHaveValue('1,5');
    await user.clear(eur);
    await user.type(eur, '1,080');
    expect(store.get().settings.exchangeRates.EUR).toBe(1.08);

    const learning = screen.getByRole('textbox', { name: 'Learning weight' });
    await user.clear(learning);
    await user.type(learning, '2,5');
    expect(store.get().settings.criterionWeights.growth.learning).toBe(2.5);
  });
});
