import { fireEvent, screen, within } from '@testing-library/react';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { WeightsPanel } from './weights-panel';

// Acme pays twice as much as Beta; Beta has the best culture (Gamma and Delta pay less still). With the default weights
// (40 / 25 / 15 / 20) Acme leads; with Culture at 100 Beta does.
const poorCulture = { manager: 1, team: 1, values: 1 } as const;
const fourOffers = () =>
  makeDocument({
    offers: [
      makeOffer({
        company: 'Acme',
        compensation: { baseSalary: 200_000 },
        culture: poorCulture,
      }),
      makeOffer({
        company: 'Beta',
        compensation: { baseSalary: 100_000 },
        culture: { manager: 5, team: 5, values: 5 },
      }),
      makeOffer({ company: 'Gamma', compensation: { baseSalary: 50_000 }, culture: poorCulture }),
      makeOffer({ company: 'Delta', compensation: { baseSalary: 40_000 }, culture: poorCulture }),
    ],
  });

/** The strip the sliders carry on a phone (hidden from screen readers: it repeats the ranking). */
const strip = () => document.querySelector('.rank-peek ol') as HTMLElement;
const slide = (name: string, value: number) =>
  fireEvent.change(screen.getByRole('slider', { name }), { target: { value: String(value) } });
const orderStatus = () =>
  screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Now first'));

describe('the ranking beside the sliders (phone)', () => {
  it('shows the top three with their scores, best first, and follows a slider', () => {
    renderWithStore(<WeightsPanel />, fourOffers());
    const items = () => within(strip()).getAllByRole('listitem', { hidden: true });
    expect(items()).toHaveLength(3);
    expect(items()[0]).toHaveTextContent(/^Acme\d+\.\d$/);
    expect(items()[1]).toHaveTextContent(/^Beta/);
    expect(strip()).not.toHaveTextContent('Delta');
    const before = items()[0]!.textContent;

    slide('Culture', 100);
    expect(items()[0]).toHaveTextContent(/^Beta\d+\.\d$/);
    expect(items()[0]!.textContent).not.toBe(before);
  });

  it('tells a screen reader the order once when it changes, not the scores at every step', () => {
    renderWithStore(<WeightsPanel />, fourOffers());
    expect(strip()).toHaveAttribute('aria-hidden', 'true');
    expect(orderStatus()).toHaveTextContent('Now first: Acme, then Beta, then Gamma');
    const status = orderStatus()!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent ?? ''));
    observer.observe(status, { subtree: true, characterData: true, childList: true });

    // Scores change, the order does not: nothing new to hear.
    slide('Growth', 30);
    slide('Growth', 35);
    expect(orderStatus()).toHaveTextContent('Now first: Acme, then Beta, then Gamma');

    slide('Culture', 100);
    expect(orderStatus()).toHaveTextContent('Now first: Beta, then Acme, then Gamma');
    return Promise.resolve().then(() => {
      observer.disconnect();
      expect(heard).toEqual(['Now first: Beta, then Acme, then Gamma']);
    });
  });

  it('is left out with a single offer: there is no order to watch', () => {
    renderWithStore(<WeightsPanel />, makeDocument({ offers: [makeOffer({ company: 'Solo' })] }));
    expect(strip()).toBeNull();
  });
});
