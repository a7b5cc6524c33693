import { act, screen, waitFor } from '@testing-library/react';
import { createElement, type ComponentProps } from 'react';
import type * as Recharts from 'recharts';
import { createDocument, withExampleOffers } from '../../domain';
import { renderWithStore } from '../../testing/render';
import { LazyComparisonCharts } from './lazy-charts';

/*
 * The memo boundaries a weight step relies on (docs/performance.md): the total score by factor
 * follows the weights, while the recharts charts (factor scores, pay year by year) keep their rows
 * and are not rendered again. Every recharts BarChart render is counted.
 */
const renders = vi.hoisted(() => ({ barCharts: 0 }));
vi.mock('recharts', async (importOriginal) => {
  const actual = await importOriginal<typeof Recharts>();
  const CountedBarChart = (props: ComponentProps<typeof actual.BarChart>) => {
    renders.barCharts += 1;
    return createElement(actual.BarChart, props);
  };
  return { ...actual, BarChart: CountedBarChart };
});

const examples = () => withExampleOffers(createDocument(), '2026-01-01T00:00:00.000Z');

describe('a weight step', () => {
  beforeAll(async () => {
    await Promise.all([import('./comparison-charts'), import('./bar-charts')]);
  }, 30_000);

  it('redraws the total score by factor and no recharts chart', async () => {
    const { store } = renderWithStore(<LazyComparisonCharts />, examples());
    const total = await screen.findByRole('figure', { name: 'Total score by factor' });
    await screen.findByRole('figure', { name: 'Factor scores' });
    await screen.findByRole('figure', { name: 'Compensation year by year' });
    // One BarChart for the factor scores and one per offer for the pay year by year.
    await waitFor(() => expect(renders.barCharts).toBeGreaterThanOrEqual(5));
    const bars = () => total.querySelector('.chart-drawing')!.innerHTML;
    const before = bars();
    const rendered = renders.barCharts;

    act(() =>
      store.update((doc) => ({
        ...doc,
        settings: { ...doc.settings, weights: { ...doc.settings.weights, compensation: 90 } },
      })),
    );

    await waitFor(() => expect(bars()).not.toBe(before));
    expect(renders.barCharts).toBe(rendered);
  });

  it('redraws only the small multiple of the offer that changed when an offer is edited', async () => {
    const { store } = renderWithStore(<LazyComparisonCharts />, examples());
    await screen.findByRole('figure', { name: 'Compensation year by year' });
    await waitFor(() => expect(renders.barCharts).toBeGreaterThanOrEqual(5));
    const rendered = renders.barCharts;
    const lastPay = () =>
      screen
        .getAllByText(/^avg /)
        .map((element) => element.textContent)
        .at(-1);
    const before = lastPay();

    act(() =>
      store.update((doc) => ({
        ...doc,
        offers: doc.offers.map((offer, index) =>
          index === doc.offers.length - 1
            ? {
                ...offer,
                compensation: {
                  ...offer.compensation,
                  baseSalary: offer.compensation.baseSalary / 2,
                },
              }
            : offer,
        ),
      })),
    );

    await waitFor(() => expect(lastPay()).not.toBe(before));
    // The edited offer's small multiple and the factor chart (its pay score moved); not the rest.
    expect(renders.barCharts - rendered).toBeLessThanOrEqual(2);
  });
});
