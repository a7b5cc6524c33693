import { createFakeStorage, storageError } from '../testing/fake-storage';
import { KEY, docWith, envelope, openTab, storedCompanies } from '../testing/persistence-test-tab';
import { STORAGE_KEYS } from './keys';

/** Storage that refuses access (private mode, a site setting) until `allow()`. */
const refusedAtFirst = () => {
  const saved = envelope(docWith('Saved A', 'Saved B'), 5);
  const storage = createFakeStorage({ [KEY]: saved });
  let refused = true;
  const access = () => {
    if (refused) throw storageError('SecurityError', 18);
    return storage;
  };
  const tab = openTab(storage, access);
  const allow = () => {
    refused = false;
  };
  return { ...tab, saved, allow };
};

const companies = (tab: ReturnType<typeof openTab>) => tab.store.get().offers.map((o) => o.company);

describe('storage refused at load that becomes readable later', () => {
  it('never drops the work done meanwhile: it asks, writes nothing, and blames no other tab', () => {
    const tab = refusedAtFirst();
    tab.addOffer('Mine');
    tab.persistence.flush();
    expect(tab.persistence.getStatus().problem).toBe('disabled');

    tab.allow();
    tab.persistence.flush();

    expect(companies(tab)).toEqual(['Mine']);
    expect(tab.storage.writes).toEqual([]);
    expect(tab.persistence.getStatus()).toMatchObject({
      problem: null,
      found: { offers: 2, savedAt: '2026-11-30T08:00:00.000Z' },
    });
    expect(tab.notices).toEqual([]);
  });

  it('is noticed when the page is shown again', () => {
    const tab = refusedAtFirst();
    tab.addOffer('Mine');
    tab.allow();
    tab.page.dispatchEvent(new Event('visibilitychange'));
    expect(tab.persistence.getStatus().found).toMatchObject({ offers: 2 });
    expect(companies(tab)).toEqual(['Mine']);
  });

  it('merges on request: the saved offers, then this tab’s', () => {
    const tab = refusedAtFirst();
    tab.addOffer('Mine');
    tab.allow();
    tab.persistence.flush();
    tab.persistence.resolveFound('merge');

    expect(storedCompanies(tab.storage)).toEqual(['Saved A', 'Saved B', 'Mine']);
    expect(companies(tab)).toEqual(['Saved A', 'Saved B', 'Mine']);
    expect(tab.persistence.getStatus().found).toBeNull();
  });

  it('replaces the saved offers on request, keeping them as a backup', () => {
    const tab = refusedAtFirst();
    tab.addOffer('Mine');
    tab.allow();
    tab.persistence.flush();
    tab.persistence.resolveFound('keep-mine');

    expect(storedCompanies(tab.storage)).toEqual(['Mine']);
    expect(tab.storage.data.get(STORAGE_KEYS.backup)).toBe(tab.saved);
    expect(tab.notices).toEqual([
      'The saved offers this tab replaced are kept in this browser as a backup.',
    ]);
  });

  it('shows the saved offers on request, and writes nothing', () => {
    const tab = refusedAtFirst();
    tab.addOffer('Mine');
    tab.allow();
    tab.persistence.flush();
    tab.persistence.resolveFound('use-saved');

    expect(companies(tab)).toEqual(['Saved A', 'Saved B']);
    expect(tab.storage.writes).toEqual([]);
    tab.addOffer('Later');
    tab.persistence.flush();
    expect(storedCompanies(tab.storage)).toEqual(['Saved A', 'Saved B', 'Later']);
  });

  it('shows the saved offers at once when nothing was done meanwhile, and says why', () => {
    const tab = refusedAtFirst();
    tab.allow();
    tab.page.dispatchEvent(new Event('visibilitychange'));
    expect(companies(tab)).toEqual(['Saved A', 'Saved B']);
    expect(tab.persistence.getStatus()).toMatchObject({ problem: null, found: null });
    expect(tab.notices).toEqual([
      'This browser lets Tradeoff use its storage again: this tab now shows your saved offers.',
    ]);
  });

  it('saves this tab’s work as usual when storage turns out empty', () => {
    const storage = createFakeStorage();
    let refused = true;
    const tab = openTab(storage, () => {
      if (refused) throw storageError('SecurityError', 18);
      return storage;
    });
    tab.addOffer('Mine');
    refused = false;
    tab.persistence.flush();
    expect(storedCompanies(storage)).toEqual(['Mine']);
    expect(tab.persistence.getStatus().problem).toBeNull();
  });
});
