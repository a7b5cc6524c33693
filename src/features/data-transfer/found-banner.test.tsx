import { screen, waitFor, within } from '@testing-library/react';
import { createPersistence } from '../../storage/persistence';
import { STORAGE_KEYS } from '../../storage/keys';
import { catchDownloads } from '../../testing/download-spy';
import { createFakeStorage, storageError } from '../../testing/fake-storage';
import { makeOffer } from '../../testing/domain-factories';
import { docWith, envelope, storedCompanies } from '../../testing/persistence-test-tab';
import { renderStorageBanner } from '../../testing/storage-banner-page';

const TITLE = 'Your browser’s storage works again';

/** The app over storage that refuses access at load, holding two saved offers, until `allow()`. */
const bootRefused = () => {
  const storage = createFakeStorage({
    [STORAGE_KEYS.document]: envelope(docWith('Saved A', 'Saved B')),
  });
  let refused = true;
  const persistence = createPersistence({
    storage: () => {
      if (refused) throw storageError('SecurityError', 18);
      return storage;
    },
  });
  const view = renderStorageBanner(persistence);
  view.store.update((doc) => ({
    ...doc,
    offers: [...doc.offers, makeOffer({ id: 'mine', company: 'Mine' })],
  }));
  const storageReturns = () => {
    refused = false;
    persistence.flush();
  };
  return { ...view, storage, persistence, storageReturns };
};

describe('the banner for storage that works again', () => {
  it('says what happened and that nothing is saved until the person chooses', async () => {
    const { storageReturns } = bootRefused();
    storageReturns();
    const banner = await screen.findByRole('region', { name: TITLE });
    expect(banner).toHaveTextContent('did not let Tradeoff use its storage');
    expect(banner).toHaveTextContent('saved data (2 offers, last saved on November 30, 2026');
    expect(banner).toHaveTextContent('Nothing is saved until you choose');
    expect(banner).not.toHaveTextContent('another tab');
    expect(screen.queryByRole('region', { name: 'Changes are not being saved' })).toBeNull();
  });

  it('never says all is saved while nothing is, and has the browser ask before the tab closes', async () => {
    const { storageReturns } = bootRefused();
    storageReturns();
    await screen.findByRole('region', { name: TITLE });
    expect(
      await screen.findByText(/nothing is saved until you choose what to keep/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/all changes are saved/)).not.toBeInTheDocument();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('merges both on request', async () => {
    const { user, storage, store, storageReturns } = bootRefused();
    storageReturns();
    const banner = await screen.findByRole('region', { name: TITLE });
    await user.click(within(banner).getByRole('button', { name: 'Merge both' }));
    expect(storedCompanies(storage)).toEqual(['Saved A', 'Saved B', 'Mine']);
    expect(store.get().offers.map((o) => o.company)).toEqual(['Saved A', 'Saved B', 'Mine']);
    await waitFor(() => expect(banner).not.toBeInTheDocument());
  });

  it('exports this tab’s offers without choosing yet', async () => {
    const spy = catchDownloads();
    const { user, storage, storageReturns } = bootRefused();
    storageReturns();
    const banner = await screen.findByRole('region', { name: TITLE });
    await user.click(within(banner).getByRole('button', { name: 'Export this tab’s offers' }));
    const exported = JSON.parse((await spy.downloads[0]?.text()) ?? '{}');
    expect(exported.offers.map((o: { company: string }) => o.company)).toEqual(['Mine']);
    expect(storage.writes).toEqual([]);
    expect(banner).toBeInTheDocument();
    spy.restore();
  });

  it('replaces the saved offers, or shows them, on request', async () => {
    const first = bootRefused();
    first.storageReturns();
    await first.user.click(await screen.findByRole('button', { name: 'Replace saved offers' }));
    expect(storedCompanies(first.storage)).toEqual(['Mine']);
    first.unmount();

    const second = bootRefused();
    second.storageReturns();
    await second.user.click(await screen.findByRole('button', { name: 'Use the saved offers' }));
    expect(second.store.get().offers.map((o) => o.company)).toEqual(['Saved A', 'Saved B']);
    expect(second.storage.writes).toEqual([]);
  });
});
