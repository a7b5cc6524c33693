import { screen, waitFor, within } from '@testing-library/react';
import { StatusRegion } from '../components/status-region';
import { DataActions } from '../features/data-transfer/data-actions';
import { OfferEditor } from '../features/offers/offer-editor';
import { OffersSection } from '../features/offers/offers-list';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import { field, formReady, offerCards, offerDialog } from '../testing/offers-page';
import { renderWithStore } from '../testing/render';

/** The parts of the page an import and an edit go through, composed as the app does. */
const renderPage = () =>
  renderWithStore(
    <>
      <DataActions />
      <OffersSection />
      <OfferEditor />
      <StatusRegion />
    </>,
    makeDocument({ offers: [makeOffer({ id: 'i', company: 'Initech' })] }),
  );

const offersFile = () =>
  new File(
    [
      JSON.stringify(
        makeDocument({
          offers: [
            makeOffer({ id: 'a', company: 'Acme' }),
            makeOffer({ id: 'g', company: 'Globex' }),
          ],
        }),
      ),
    ],
    'offers.json',
    { type: 'application/json' },
  );

describe('Undo of an import', () => {
  // The import dialog loads lazily in the app; loaded up front, so no test waits on a slow machine.
  beforeAll(() => import('../features/data-transfer/import-dialog'));

  it('takes the imported offers out and keeps an offer edited after the import', async () => {
    const { user, store } = renderPage();
    await user.upload(screen.getByLabelText('Import file'), offersFile());
    await user.click(await screen.findByRole('button', { name: 'Merge' }, { timeout: 10_000 }));
    await waitFor(() => expect(offerCards()).toEqual(['Initech', 'Acme', 'Globex']));

    await user.click(screen.getByRole('button', { name: 'Edit Initech' }));
    await formReady();
    await user.clear(field('Company'));
    await user.type(field('Company'), 'Initech Labs');
    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));

    await waitFor(() => expect(offerCards()).toEqual(['Initech Labs']));
    expect(store.get().offers.map((o) => o.company)).toEqual(['Initech Labs']);
  });
});
