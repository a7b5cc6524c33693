import { fireEvent, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { StatusRegion } from '../../components/status-region';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { WeightsPanel } from './weights-panel';

// The guide loads lazily in the app; loaded up front here.
await import('./weight-guide');

/*
 * Northwind pays 100,000 with a manager rated 5, Fieldnote 50,000 with one
 * rated 1; growth and work-life are equal. Compensation then spreads 50
 * points (100 vs 50) and culture 33 1/3 ((100 + 50 + 50) / 3 vs (0 + 50 + 50) / 3).
 */
const twoOffers = () =>
  makeDocument({
    offers: [
      makeOffer({
        company: 'Northwind',
        compensation: { baseSalary: 100_000, annualRaisePct: 0 },
        culture: { manager: 5 },
      }),
      makeOffer({
        company: 'Fieldnote',
        compensation: { baseSalary: 50_000, annualRaisePct: 0 },
        culture: { manager: 1 },
      }),
    ],
  });

const renderPanel = (doc = twoOffers()) =>
  renderWithStore(
    <>
      <WeightsPanel />
      <StatusRegion />
    </>,
    doc,
  );

type User = ReturnType<typeof renderPanel>['user'];

/** Moves focus with Tab only, as a keyboard user would, until it reaches `element`. */
const tabTo = async (user: User, element: HTMLElement) => {
  for (let i = 0; i < 30 && document.activeElement !== element; i += 1) await user.tab();
  expect(element).toHaveFocus();
};

const guide = () => screen.getByRole('dialog', { name: 'Help me set weights' });

const violations = async (element: Element) => {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
};

describe('Help me set weights', () => {
  it('sets the weights from swing answers by keyboard, shows them first, and offers Undo', async () => {
    const { user, store } = renderPanel();
    await tabTo(user, screen.getByRole('button', { name: 'Help me set weights' }));
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Help me set weights' });

    // Growth and work-life do not separate the offers: left out, and said why.
    expect(within(dialog).queryByRole('radio', { name: /Growth/ })).toBeNull();
    expect(dialog).toHaveTextContent('Growth is left out: every offer scores the same on it (50)');
    expect(dialog).toHaveTextContent('Work-life balance is left out');

    const pay = within(dialog).getByRole('radio', {
      name: 'Compensation from $50,000 to $100,000 a year',
    });
    await tabTo(user, pay);
    await user.keyboard(' ');
    expect(pay).toBeChecked();
    await tabTo(user, within(dialog).getByRole('button', { name: 'Next' }));
    await user.keyboard('{Enter}');

    const culture = within(guide()).getByRole('slider', {
      name: 'Culture, from 33 to 67 points of 100',
    });
    expect(culture).toHaveValue('50');
    fireEvent.change(culture, { target: { value: '50' } });
    await tabTo(user, within(guide()).getByRole('button', { name: 'Next' }));
    await user.keyboard('{Enter}');

    // Compensation 100 / 50 = 2, culture 50 / 33 1/3 = 1.5; growth (25 %) and work-life (20 %)
    // keep their shares, the other 55 % goes 2 : 1.5 → 31 % and 24 %.
    const table = within(guide()).getByRole('table', { name: /weights your answers give/ });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name })
        .closest('tr')!
        .textContent?.replace(/\s+/g, ' ');
    expect(row('Compensation')).toBe('Compensation40 %31 %');
    expect(row('Culture')).toBe('Culture15 %24 %');
    expect(store.get().settings.weights.compensation).toBe(40); // not applied yet

    await tabTo(user, within(guide()).getByRole('button', { name: 'Apply these weights' }));
    await user.keyboard('{Enter}');
    expect(store.get().settings.weights).toEqual({
      compensation: 31,
      growth: 25,
      culture: 24,
      workLife: 20,
    });
    expect(guide()).toHaveTextContent('Weights set from your answers');

    await tabTo(user, within(guide()).getByRole('button', { name: 'Undo' }));
    await user.keyboard('{Enter}');
    expect(store.get().settings.weights).toEqual({
      compensation: 40,
      growth: 25,
      culture: 15,
      workLife: 20,
    });
  });

  it('asks check questions from the offers and adjusts the weights to a disagreeing answer', async () => {
    const { user, store } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Help me set weights' }));
    const dialog = await screen.findByRole('dialog', { name: 'Help me set weights' });
    await user.click(within(dialog).getByRole('button', { name: 'Just check my weights' }));

    // The pay gap between the two offers is 50,000; at 40/25/15/20 a manager step is worth
    // 15 % × 1/3 × 25 = 1.25 points, a dollar 40 % × 100 / 100,000: 3,125 a year.
    const question = within(guide()).getByRole('group', {
      name: 'Would you rather have $50,000 more a year, or a manager rating one step better?',
    });
    await user.click(within(question).getByRole('radio', { name: '$50,000 more a year' }));
    expect(question).toHaveTextContent(
      'That agrees with your weights: under them one step is worth about $3,125 a year.',
    );

    await user.click(within(question).getByRole('radio', { name: 'The rating one step better' }));
    expect(question).toHaveTextContent('Your weights say otherwise');
    expect(question).toHaveTextContent('less than $50,000');
    const adjust = within(question).getByRole('button', { name: /^Adjust weights/ });
    await user.click(adjust);
    const { weights } = store.get().settings;
    expect(weights.culture).toBeGreaterThan(15);
    expect(weights.compensation).toBeLessThan(40);
    expect(question).toHaveTextContent('That agrees with your weights');
    expect(within(question).queryByRole('button', { name: /^Adjust weights/ })).toBeNull();
  });

  it('says it needs two offers that differ', async () => {
    const { user } = renderPanel(makeDocument({ offers: [makeOffer({ company: 'Solo' })] }));
    await user.click(screen.getByRole('button', { name: 'Help me set weights' }));
    expect(await screen.findByText(/this needs at least two offers/)).toBeInTheDocument();
    expect(within(guide()).queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('has no axe violations on any step', async () => {
    const { user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Help me set weights' }));
    await screen.findByRole('dialog', { name: 'Help me set weights' });
    await within(guide()).findByRole('radio', { name: /Compensation/ });
    expect(await violations(guide())).toEqual([]);
    await user.click(within(guide()).getByRole('radio', { name: /Compensation/ }));
    await user.click(within(guide()).getByRole('button', { name: 'Next' }));
    expect(await violations(guide())).toEqual([]);
    await user.click(within(guide()).getByRole('button', { name: 'Next' }));
    expect(await violations(guide())).toEqual([]);
    await user.click(within(guide()).getByRole('button', { name: 'Apply these weights' }));
    await user.click(
      within(guide()).getAllByRole('radio', { name: 'The rating one step better' })[0]!,
    );
    expect(await violations(guide())).toEqual([]);
  });
});
