import { act, render, screen } from '@testing-library/react';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import type { TradeoffDocument } from '../domain';
import { PAUSE_MS, useCatchUpDocument } from './use-catch-up-document';

function Shown({ document, inView }: { document: TradeoffDocument; inView: boolean }) {
  const shown = useCatchUpDocument(document, { inView });
  return <p>{shown.offers.map((offer) => offer.company).join(', ') || 'none'}</p>;
}

const withOffers = (...companies: string[]) =>
  makeDocument({ offers: companies.map((company, i) => makeOffer({ id: `o${i}`, company })) });

describe('useCatchUpDocument', () => {
  afterEach(() => vi.useRealTimers());

  it('follows every change while in view', async () => {
    const { rerender } = render(<Shown document={withOffers('Acme')} inView />);
    await act(async () => rerender(<Shown document={withOffers('Acme', 'Beta')} inView />));
    expect(screen.getByText('Acme, Beta')).toBeInTheDocument();
  });

  it('out of view, keeps what it showed until the changes pause', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Shown document={withOffers('Acme')} inView={false} />);
    await act(async () => rerender(<Shown document={withOffers('Acme', 'Beta')} inView={false} />));
    await act(async () => vi.advanceTimersByTime(PAUSE_MS - 50));
    // Another change before the pause: the wait starts again.
    await act(async () =>
      rerender(<Shown document={withOffers('Acme', 'Beta', 'Corp')} inView={false} />),
    );
    await act(async () => vi.advanceTimersByTime(PAUSE_MS - 50));
    expect(screen.getByText('Acme')).toBeInTheDocument();

    await act(async () => vi.advanceTimersByTime(50));
    expect(screen.getByText('Acme, Beta, Corp')).toBeInTheDocument();
  });
});
