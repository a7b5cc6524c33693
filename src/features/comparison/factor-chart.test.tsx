import { render, screen, within } from '@testing-library/react';
import {
  everythingComesNear as comesNear,
  observersWatching,
  standInIntersectionObserver,
} from '../../testing/stand-in-observer';
import { FactorChart } from './factor-chart';
import type { FactorRow, OfferSeries } from './chart-data';

/*
 * The factor chart's bars are drawn once the chart comes near the screen; its title, description,
 * legend and table of numbers are there from the start. A stand-in IntersectionObserver says when
 * the chart comes near.
 */
const series: OfferSeries[] = [
  { key: 'o0', offerId: 'a', company: 'Northwind', colorIndex: 0 },
  { key: 'o1', offerId: 'b', company: 'Kontor', colorIndex: 1 },
];
const rows: FactorRow[] = [
  { factor: 'compensation', o0: 90, o1: 60 },
  { factor: 'growth', o0: 50, o1: 70 },
  { factor: 'culture', o0: 40, o1: 80 },
  { factor: 'workLife', o0: 65, o1: 55 },
];

describe('the factor chart', () => {
  beforeEach(standInIntersectionObserver);
  afterEach(() => vi.unstubAllGlobals());

  it('names itself and its offers at once, and draws its bars once it comes near the screen', () => {
    render(<FactorChart series={series} rows={rows} />);
    const figure = screen.getByRole('figure', { name: 'Factor scores' });

    expect(within(figure).getByText('Northwind')).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: 'Show the numbers' })).toBeInTheDocument();
    expect(figure.querySelector('.recharts-wrapper')).toBeNull();

    comesNear();

    expect(figure.querySelector('.recharts-wrapper')).not.toBeNull();
  });

  it('stays drawn once drawn, wherever the page is scrolled', () => {
    render(<FactorChart series={series} rows={rows} />);
    comesNear();
    const figure = screen.getByRole('figure', { name: 'Factor scores' });

    expect(observersWatching()).toBe(0);
    expect(figure.querySelector('.recharts-wrapper')).not.toBeNull();
  });
});
