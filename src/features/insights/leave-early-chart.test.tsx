import { fireEvent, render, screen, within } from '@testing-library/react';
import { createElement, type ComponentProps } from 'react';
import type * as Figure from '../../components/chart-figure';
import { offerColor } from '../../components/palette';
import { formatMoneyCompact } from '../../lib/format';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { LeaveEarlyChart } from './leave-early-chart';
import { leaveEarlyChartData } from './leave-early-rows';

/* The leave-early chart in plain SVG: what it draws where, and what a hover shows. */

const renders = vi.hoisted(() => ({ figures: 0 }));
vi.mock('../../components/chart-figure', async (importOriginal) => {
  const actual = await importOriginal<typeof Figure>();
  const CountedFigure = (props: ComponentProps<typeof actual.ChartFigure>) => {
    renders.figures += 1;
    return createElement(actual.ChartFigure, props);
  };
  return { ...actual, ChartFigure: CountedFigure };
});

/** $10,000 a month, a $12,000 signing bonus paid back before 6 months, $48,000 of RSUs over 4 years after a 12-month cliff. */
const acme = makeOffer({
  id: 'acme',
  company: 'Acme',
  compensation: {
    baseSalary: 120_000,
    annualRaisePct: 0,
    signingBonus: 12_000,
    signingBonusClawbackMonths: 6,
    equity: { kind: 'rsu', grantValue: 48_000, cliffMonths: 12 },
  },
});
/** $5,000 a month and nothing else. */
const beta = makeOffer({
  id: 'beta',
  company: 'Beta',
  compensation: { baseSalary: 60_000, annualRaisePct: 0, equity: { kind: 'none' } },
});

const data = leaveEarlyChartData(makeDocument({ offers: [acme, beta] }));

/** The drawing is hidden from assistive technology (the table stands in for it): read it as SVG. */
const drawing = (container: HTMLElement) => container.querySelector('svg')!;

/** Lays the chart out at `width` pixels, as the browser would measure its container. */
const atWidth = (width: number) =>
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width,
    height: 300,
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: 300,
    toJSON: () => ({}),
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LeaveEarlyChart', () => {
  it('draws one line per offer, and a dashed one while a signing bonus would be paid back', () => {
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    expect(screen.getByRole('figure', { name: /What you walk away with/ })).toBeInTheDocument();
    const svg = drawing(container);
    const solid = [...svg.querySelectorAll('path:not([stroke-dasharray])')];
    expect(solid.map((path) => path.getAttribute('stroke'))).toEqual([
      offerColor(0),
      offerColor(1),
    ]);
    // 48 months, one point each.
    expect(solid[0]!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(48);
    const dashed = [...svg.querySelectorAll('path[stroke-dasharray="5 4"]')];
    expect(dashed).toHaveLength(1);
    expect(dashed[0]).toHaveAttribute('stroke', offerColor(0));
    // Until the bonus is kept, at 6 months, where it meets the solid line.
    expect(dashed[0]!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(6);
    expect(screen.getByText('if the signing bonus were not paid back')).toBeInTheDocument();
  });

  it('marks the cliff and the month picked where they fall on a drawing of known width', () => {
    atWidth(800);
    const { container, rerender } = render(<LeaveEarlyChart data={data} month={24} />);
    const svg = drawing(container);
    expect(svg).toHaveAttribute('width', '800');
    // The plot runs from x = 68 (after the y axis) to 800 − 22; month 12 is 11/47 of the way.
    const cliff = svg.querySelector('line[stroke-dasharray="3 3"]')!;
    expect(cliff).toHaveAttribute('x1', '234.2');
    expect(
      within(cliff.parentElement as unknown as HTMLElement).getByText('cliff'),
    ).toHaveAttribute('x', '234.2');
    const picked = () => svg.querySelector('line[stroke="var(--text)"]')!;
    expect(picked()).toHaveAttribute('x1', '415.4');
    rerender(<LeaveEarlyChart data={data} month={48} />);
    expect(picked()).toHaveAttribute('x1', '778');
  });

  it('draws at 640 pixels where nothing can be measured', () => {
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    expect(drawing(container)).toHaveAttribute('width', '640');
  });

  it('labels the axes in months and in money, with round amounts from 0', () => {
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    const labels = [...drawing(container).querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(['1 mo', '6 mo', '12 mo', '24 mo', '48 mo', 'cliff']),
    );
    // Acme reaches $540,000 at 48 months: the axis runs to the round $600K ("$600K" in a browser).
    const money = [...drawing(container).querySelectorAll('text[text-anchor="end"]')];
    expect(money.map((t) => t.textContent)).toEqual(
      [0, 150_000, 300_000, 450_000, 600_000].map((amount) => formatMoneyCompact(amount, 'USD')),
    );
  });

  it('leaves out month labels that would run into each other on a narrow drawing', () => {
    atWidth(336);
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    const months = [...drawing(container).querySelectorAll('text[text-anchor="middle"]')]
      .map((t) => t.textContent)
      .filter((label) => label !== 'cliff');
    expect(months).toEqual(['1 mo', '12 mo', '24 mo', '36 mo', '48 mo']);
  });

  it('shows each offer’s value at the month pointed at, best first, and hides it when the pointer leaves', () => {
    atWidth(800);
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    const svg = drawing(container);
    // Month 3: x = 68 + 2/47 × 710.
    fireEvent.pointerMove(svg, { clientX: 98, clientY: 100 });
    const tooltip = container.querySelector<HTMLElement>('.leave-early-tooltip')!;
    expect(tooltip).toHaveAttribute('aria-hidden', 'true');
    expect(tooltip).toHaveTextContent('Leaving after 3 months, before tax');
    expect([...tooltip.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Acme$30,000after paying back $12,000',
      'Beta$15,000',
    ]);
    // A cursor at that month, with a dot on each line.
    expect(svg.querySelector('.leave-early-cursor')).toHaveAttribute('x1', '98.2');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);

    fireEvent.pointerMove(svg, { clientX: 778, clientY: 100 });
    expect(tooltip).toHaveTextContent('Leaving after 48 months');
    expect([...tooltip.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Acme$540,000',
      'Beta$240,000',
    ]);

    fireEvent.pointerLeave(svg);
    expect(container.querySelector('.leave-early-tooltip')).toBeNull();
    expect(svg.querySelector('circle')).toBeNull();
  });

  it('shows nothing while the pointer is over the axes rather than the plot', () => {
    atWidth(800);
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    fireEvent.pointerMove(drawing(container), { clientX: 30, clientY: 100 });
    expect(container.querySelector('.leave-early-tooltip')).toBeNull();
  });

  it('is drawn again only when its data or the month picked change', () => {
    const { rerender } = render(<LeaveEarlyChart data={data} month={12} />);
    const before = renders.figures;
    rerender(<LeaveEarlyChart data={data} month={12} />);
    expect(renders.figures).toBe(before);
    rerender(<LeaveEarlyChart data={data} month={13} />);
    expect(renders.figures).toBe(before + 1);
  });

  it('holds nothing of recharts', () => {
    const { container } = render(<LeaveEarlyChart data={data} month={12} />);
    expect(container.querySelector('[class*="recharts"]')).toBeNull();
  });
});
