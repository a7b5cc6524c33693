import { screen, waitFor, within } from '@testing-library/react';
import { CURRENT_VERSION } from '../../domain';
import { createFakeStorage, storageError, type FakeStorage } from '../../testing/fake-storage';
import { STORAGE_KEYS } from '../../storage/keys';
import { createPersistence } from '../../storage/persistence';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { catchDownloads } from '../../testing/download-spy';
import { renderWithStore } from '../../testing/render';
import { renderStorageBanner } from '../../testing/storage-banner-page';
import { StorageBanner } from './storage-banner';

const KEY = STORAGE_KEYS.document;

/** Boots like main.tsx does, over a fake storage. */
const boot = (storage: FakeStorage, access = () => storage) => {
  const persistence = createPersistence({ storage: access });
  const view = renderStorageBanner(persistence);
  const change = () =>
    view.store.update((doc) => ({ ...doc, offers: [...doc.offers, makeOffer()] }));
  return { ...view, persistence, change };
};

describe('StorageBanner', () => {
  it('shows nothing when all is well', () => {
    boot(createFakeStorage());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('shows nothing without persistence (a render outside the app)', () => {
    renderWithStore(<StorageBanner />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  describe('for saved data that cannot be read', () => {
    const corrupt = '{"format":"tradeoff","version":2,"offers":[{"id":';

    it('says so in words and lists what was wrong', async () => {
      boot(createFakeStorage({ [KEY]: corrupt }));
      const banner = await screen.findByRole('region', {
        name: 'Your saved data could not be read',
      });
      expect(banner).toHaveTextContent('It is kept as a backup');
      expect(
        await within(banner).findByRole('list', { name: 'Problems in the saved data' }),
      ).toHaveTextContent('is not valid JSON');
    });

    it('downloads the backup exactly as it was stored', async () => {
      const spy = catchDownloads();
      const { user } = boot(createFakeStorage({ [KEY]: corrupt }));
      await user.click(await screen.findByRole('button', { name: 'Download backup' }));
      expect(await spy.downloads[0]?.text()).toBe(corrupt);
      expect(spy.downloads[0]?.name).toMatch(/^tradeoff-backup-\d{4}-\d{2}-\d{2}\.json$/);
      spy.restore();
    });

    it('says nothing is saved until it is downloaded when the browser has no room for its backup, and saves right after', async () => {
      const spy = catchDownloads();
      const big = `${corrupt}"${'x'.repeat(3_000)}`;
      const storage = createFakeStorage({ [KEY]: big });
      storage.setQuota(5_000);
      const { user, change, persistence } = boot(storage);
      change();
      persistence.flush();

      const banner = await screen.findByRole('region', {
        name: 'Your saved data could not be read',
      });
      await within(banner).findByText(/too full to keep a copy of it/);
      expect(banner).toHaveTextContent('nothing you change is saved until you download it');
      expect(storage.data.get(KEY)).toBe(big);

      await user.click(within(banner).getByRole('button', { name: 'Download backup' }));

      expect(await spy.downloads[0]?.text()).toBe(big);
      expect(JSON.parse(storage.data.get(KEY)!).document.offers).toHaveLength(1);
      await within(banner).findByText(/your changes are saved again/);
      spy.restore();
    });

    it('starts fresh on request: backup kept, banner gone', async () => {
      const storage = createFakeStorage({ [KEY]: corrupt });
      const { user } = boot(storage);
      await user.click(await screen.findByRole('button', { name: 'Start fresh' }));
      expect(storage.data.get(STORAGE_KEYS.backup)).toBe(corrupt);
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
    });
  });

  it('pauses saving until saved data with unknown fields is downloaded when its backup does not fit', async () => {
    const spy = catchDownloads();
    const cleaned = JSON.stringify({ ...makeDocument(), extra: 'x'.repeat(3_000) });
    const storage = createFakeStorage({ [KEY]: cleaned });
    storage.setQuota(5_000);
    const { user, change, persistence } = boot(storage);
    change();
    persistence.flush();

    const banner = await screen.findByRole('region', {
      name: 'Saving is paused until you download your saved data',
    });
    expect(screen.queryByRole('region', { name: 'Changes are not being saved' })).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Download saved data' }));

    expect(await spy.downloads[0]?.text()).toBe(cleaned);
    expect(JSON.parse(storage.data.get(KEY)!).document.offers).toHaveLength(1);
    await waitFor(() => expect(banner).not.toBeInTheDocument());
    spy.restore();
  });

  it('says a tab holding data from a newer version is read-only, and offers that data', async () => {
    const newer = JSON.stringify({ ...makeDocument(), version: CURRENT_VERSION + 1 });
    const storage = createFakeStorage({ [KEY]: newer });
    const spy = catchDownloads();
    const { user, change, persistence } = boot(storage);

    const banner = await screen.findByRole('region', {
      name: 'Saved by a newer version of Tradeoff',
    });
    expect(banner).toHaveTextContent('read-only');
    expect(banner).toHaveTextContent('changes in this tab are not saved');
    change();
    persistence.flush();
    expect(storage.writes).toEqual([]);

    await user.click(within(banner).getByRole('button', { name: 'Download saved data' }));
    expect(await spy.downloads[0]?.text()).toBe(newer);
    spy.restore();
  });

  it('warns when the quota is full, offers Export, and clears after the next successful save', async () => {
    const storage = createFakeStorage();
    const { change, persistence, findByRole } = boot(storage);
    storage.failWrites(storageError('QuotaExceededError', 22));
    change();
    persistence.flush();

    const banner = await findByRole('region', { name: 'Changes are not being saved' });
    expect(banner).toHaveTextContent('storage for Tradeoff is full');
    expect(within(banner).getByRole('button', { name: 'Export JSON' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('Changes are not being saved');

    storage.failWrites(null);
    change();
    persistence.flush();
    expect(await screen.findByText(/Saving works again/)).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('warns from the start when storage is disabled', () => {
    boot(createFakeStorage(), () => {
      throw storageError('SecurityError', 18);
    });
    expect(screen.getByRole('region', { name: 'Changes are not being saved' })).toHaveTextContent(
      'does not let Tradeoff use its storage',
    );
  });
});
