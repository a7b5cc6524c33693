import { CURRENT_VERSION } from '../domain';
import { makeDocument } from '../testing/domain-factories';
import { createFakeStorage, storageError } from '../testing/fake-storage';
import { STORAGE_KEYS } from './keys';
import { SAVE_DELAY_MS } from './persistence';
import {
  KEY,
  NOW,
  docWith,
  envelope,
  openTab,
  storedCompanies,
} from '../testing/persistence-test-tab';

afterEach(() => {
  vi.useRealTimers();
});

describe('a stored value that cannot be read', () => {
  const corrupt = '{"format":"tradeoff","version":2,"offers":[{"company":';

  it('is reported, and loading it writes nothing', () => {
    const storage = createFakeStorage({ [KEY]: corrupt });
    const { persistence, store } = openTab(storage);
    expect(store.get().offers).toEqual([]);
    expect(persistence.getStatus().unreadable).toMatchObject({ raw: corrupt, backupKey: null });
    expect(storage.writes).toEqual([]);
  });

  it('is copied to the backup key before the first save overwrites it', () => {
    const storage = createFakeStorage({ [KEY]: corrupt });
    const { persistence, addOffer } = openTab(storage);
    addOffer('Acme');
    persistence.flush();
    expect(storage.writes.map((w) => w.key)).toEqual([STORAGE_KEYS.backup, KEY]);
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe(corrupt);
    expect(persistence.getStatus().unreadable?.backupKey).toBe(STORAGE_KEYS.backup);
  });

  it('never replaces an earlier, different backup', () => {
    const storage = createFakeStorage({ [KEY]: corrupt, [STORAGE_KEYS.backup]: 'older backup' });
    const { persistence, addOffer } = openTab(storage);
    addOffer('Acme');
    persistence.flush();
    const key = `${STORAGE_KEYS.backup}:${NOW.getTime()}`;
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe('older backup');
    expect(storage.data.get(key)).toBe(corrupt);
    expect(persistence.getStatus().unreadable?.backupKey).toBe(key);
  });

  it('is not overwritten when the backup cannot be written', () => {
    const storage = createFakeStorage({ [KEY]: corrupt });
    const { persistence, addOffer } = openTab(storage);
    storage.failWrites(storageError('QuotaExceededError', 22));
    addOffer('Acme');
    persistence.flush();
    expect(storage.data.get(KEY)).toBe(corrupt);
    expect(persistence.getStatus()).toMatchObject({ problem: 'quota' });
    expect(persistence.getStatus().unreadable?.backupKey).toBeNull();
  });

  it('written by someone else later is also backed up before this tab writes', () => {
    const { storage, persistence, addOffer } = openTab();
    storage.writeFromOtherTab(KEY, 'garbage');
    addOffer('Acme');
    persistence.flush();
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe('garbage');
    expect(storedCompanies(storage)).toEqual(['Acme']);
    expect(persistence.getStatus().unreadable?.raw).toBe('garbage');
  });

  it('is left behind for good by Start fresh: backed up, the current document saved, the report cleared', () => {
    const storage = createFakeStorage({ [KEY]: corrupt });
    const { persistence } = openTab(storage);
    persistence.startFresh();
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe(corrupt);
    expect(storedCompanies(storage)).toEqual([]);
    expect(persistence.getStatus().unreadable).toBeNull();
  });

  it('stays reported after Start fresh when the backup could not be written', () => {
    const storage = createFakeStorage({ [KEY]: corrupt });
    const { persistence } = openTab(storage);
    storage.failWrites(storageError('QuotaExceededError', 22));
    persistence.startFresh();
    expect(storage.data.get(KEY)).toBe(corrupt);
    expect(persistence.getStatus().unreadable).not.toBeNull();
  });
});

describe('a stored document cleaned on load', () => {
  // Fields this version does not know, one of them a prototype key.
  const withUnknownKeys = envelope(docWith('Acme'), 3).replace(
    '"format":',
    '"theme":"dark","__proto__":{"polluted":true},"format":',
  );

  it('loads without the unknown fields, reports them, and writes nothing yet', () => {
    const storage = createFakeStorage({ [KEY]: withUnknownKeys });
    const { persistence, store } = openTab(storage);
    expect(store.get()).not.toHaveProperty('theme');
    expect(Object.hasOwn(store.get(), '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(persistence.getStatus().cleaned).toEqual({
      warnings: ['Unknown field dropped: theme', 'Unknown field dropped: __proto__'],
      backupKey: null,
    });
    expect(storage.writes).toEqual([]);
  });

  it('is copied, exactly as stored, to the backup key before the cleaned copy is first saved, and says so', () => {
    const storage = createFakeStorage({ [KEY]: withUnknownKeys });
    const { persistence, addOffer, notices } = openTab(storage);
    addOffer('Globex');
    persistence.flush();

    expect(storage.writes.map((w) => w.key)).toEqual([STORAGE_KEYS.backup, KEY]);
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe(withUnknownKeys);
    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex']);
    expect(persistence.getStatus().cleaned?.backupKey).toBe(STORAGE_KEYS.backup);
    expect(notices).toEqual([
      'Your saved data had 2 fields this version of Tradeoff does not use (theme and __proto__); they were left out when saving. The data as it was is kept in this browser as a backup.',
    ]);
  });

  it('is backed up once: later saves write only the document', () => {
    const storage = createFakeStorage({ [KEY]: withUnknownKeys });
    const { persistence, addOffer, notices } = openTab(storage);
    addOffer('Globex');
    persistence.flush();
    addOffer('Initech');
    persistence.flush();
    expect(storage.writes.map((w) => w.key)).toEqual([STORAGE_KEYS.backup, KEY, KEY]);
    expect(notices).toHaveLength(1);
  });

  it('is not overwritten when the backup cannot be written', () => {
    const storage = createFakeStorage({ [KEY]: withUnknownKeys });
    const { persistence, addOffer, notices } = openTab(storage);
    storage.failWrites(storageError('QuotaExceededError', 22));
    addOffer('Globex');
    persistence.flush();
    expect(storage.data.get(KEY)).toBe(withUnknownKeys);
    expect(persistence.getStatus()).toMatchObject({ problem: 'quota' });
    expect(notices).toEqual([]);
  });
});

describe('data from a newer version of Tradeoff', () => {
  const newer = JSON.stringify({
    revision: 12,
    savedAt: 'x',
    document: { ...makeDocument(), version: CURRENT_VERSION + 1, offers: [{ id: 'n' }] },
  });

  it('opens read-only: reported, and no change is ever written', () => {
    const storage = createFakeStorage({ [KEY]: newer });
    const { persistence, addOffer, hidePage } = openTab(storage);
    expect(persistence.getStatus().newerVersion?.raw).toBe(newer);
    addOffer('Acme');
    persistence.flush();
    hidePage();
    persistence.startFresh();
    expect(storage.writes).toEqual([]);
    expect(storage.data.get(KEY)).toBe(newer);
  });

  it('saved by another tab turns this tab read-only', () => {
    const { storage, persistence, addOffer } = openTab();
    storage.writeFromOtherTab(KEY, newer);
    addOffer('Acme');
    persistence.flush();
    expect(persistence.getStatus().newerVersion).not.toBeNull();
    expect(storage.data.get(KEY)).toBe(newer);
  });

  it('found just before a write stops the write', () => {
    const { storage, persistence, addOffer } = openTab();
    addOffer('Acme');
    storage.data.set(KEY, newer); // no storage event yet
    persistence.flush();
    expect(storage.writes).toEqual([]);
    expect(persistence.getStatus().newerVersion).not.toBeNull();
  });
});

describe('several tabs', () => {
  it('shows a change saved in another tab without saving it again', () => {
    vi.useFakeTimers();
    const { storage, store } = openTab();
    const sources: string[] = [];
    store.subscribe((_doc, source) => sources.push(source));

    storage.writeFromOtherTab(KEY, envelope(docWith('Acme'), 3));
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);

    expect(store.get().offers.map((o) => o.company)).toEqual(['Acme']);
    expect(sources).toEqual(['external']);
    expect(storage.writes).toEqual([]);
  });

  it('keeps two tabs in step through the storage', () => {
    const shared = createFakeStorage();
    const tabA = openTab(shared);
    const tabB = openTab(shared);
    tabA.addOffer('Acme');
    tabA.persistence.flush();
    // The fake has one event target for both tabs; real browsers skip the writer.
    shared.events.dispatchEvent(Object.assign(new Event('storage'), { key: KEY }));
    expect(tabB.store.get().offers.map((o) => o.company)).toEqual(['Acme']);

    tabB.addOffer('Globex');
    tabB.persistence.flush();
    expect(JSON.parse(shared.data.get(KEY)!).revision).toBe(2);
    expect(storedCompanies(shared)).toEqual(['Acme', 'Globex']);
  });

  it('never writes an older document over a newer one saved meanwhile: this tab’s change joins it', () => {
    const storage = createFakeStorage({ [KEY]: envelope(docWith('Acme'), 1) });
    const { store, persistence, addOffer, notices } = openTab(storage);
    addOffer('Stale');
    const newer = envelope(docWith('Acme', 'Globex'), 2);
    storage.data.set(KEY, newer); // the storage event has not arrived yet

    persistence.flush();

    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex', 'Stale']);
    expect(JSON.parse(storage.data.get(KEY)!).revision).toBe(3);
    expect(store.get().offers.map((o) => o.company)).toEqual(['Acme', 'Globex', 'Stale']);
    // Nothing was lost, so there is nothing to tell.
    expect(notices).toEqual([]);
  });

  it('saves again after another tab cleared the storage', () => {
    const storage = createFakeStorage({ [KEY]: envelope(docWith('Acme'), 1) });
    const { persistence, addOffer } = openTab(storage);
    storage.writeFromOtherTab(KEY, null);
    addOffer('Globex');
    persistence.flush();
    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex']);
  });

  it('ignores storage events for other keys', () => {
    const { storage, store } = openTab();
    storage.writeFromOtherTab(STORAGE_KEYS.theme, 'dark');
    expect(store.get().offers).toEqual([]);
  });
});
