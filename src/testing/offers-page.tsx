import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { TradeoffDocument } from '../domain';
import { StatusRegion } from '../components/status-region';
import { useDocument } from '../store/document-context';
import { renderWithStore } from './render';
import { AddOfferButton } from '../features/offers/add-offer-button';
import { OffersEmptyState } from '../features/offers/empty-state';
import { OfferEditor } from '../features/offers/offer-editor';
import { OffersSection } from '../features/offers/offers-list';

// The form loads lazily in the app; loaded here up front, so no test waits on a slow machine.
await import('../features/offers/offer-form');

/** The offers feature as the app composes it: header button, welcome or list, editor, messages. */
function OffersPage() {
  const hasOffers = useDocument().offers.length > 0;
  return (
    <>
      <AddOfferButton />
      {hasOffers ? <OffersSection /> : <OffersEmptyState />}
      <OfferEditor />
      <StatusRegion />
    </>
  );
}

export const renderOffersPage = (document?: TradeoffDocument) =>
  renderWithStore(<OffersPage />, document);

export const offerDialog = () => screen.getByRole('dialog', { name: /^(New|Edit) offer$/ });

/** The form loads on its own (lazily) once the dialog opens: wait for it. */
export const formReady = () =>
  within(offerDialog()).findByRole('button', { name: 'Save offer' }, { timeout: 10_000 });

/** A field of the open offer form, by its exact label. */
export const field = (label: string) => within(offerDialog()).getByLabelText(label);

export const offerCards = () =>
  within(screen.getByRole('region', { name: 'Offers' }))
    .getAllByRole('listitem')
    .map((card) => within(card).getByRole('heading').textContent);

/** The list of fields to fix that a refused Save shows, if any. */
export const fixList = () =>
  within(offerDialog()).queryByRole('group', { name: /fields? needs? a fix:/ });

/**
 * Presses Save offer and waits for what a person sees next: the dialog
 * closed (saved), or the list of fields to fix (focus then on the first).
 */
export const saveOffer = async (user: UserEvent) => {
  await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
  await waitFor(() => {
    const open = screen.queryByRole('dialog', { name: /^(New|Edit) offer$/ });
    if (open !== null && fixList() === null) throw new Error('Save has not answered yet');
  });
};
