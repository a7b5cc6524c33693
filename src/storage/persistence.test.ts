import storedV2 from '../../test/fixtures/stored-envelope-v2.json';
import { CURRENT_VERSION } from '../domain';
import { createFakeStorage, storageError } from '../testing/fake-storage';
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

describe('loading', () => {
  it('starts with an empty document and writes nothing when storage is empty', () => {
    const { store, storage, persistence } = openTab();
    expect(store.get().offers).toEqual([]);
    expect(storage.writes).toEqual([]);
    expect(persistence.getStatus()).toMatchObject({ unreadable: null, problem: null });
  });

  it('starts with the stored document', () => {
    const storage = createFakeStorage({ [KEY]: JSON.stringify(storedV2) });
    const { store } = openTab(storage);
    expect(store.get().offers.map((o) => o.company)).toEqual(['Northwind', 'Lumen Labs', 'Kontor']);
  });
});

describe('saving', () => {
  it('saves a local change within the save delay, wrapped in an envelope with the next revision', () => {
    vi.useFakeTimers();
    const storage = createFakeStorage({ [KEY]: envelope(docWith('Acme'), 4) });
    const { addOffer } = openTab(storage);

    addOffer('Globex');
    expect(storage.writes).toEqual([]);
    vi.advanceTimersByTime(SAVE_DELAY_MS);

    const stored = JSON.parse(storage.data.get(KEY)!);
    expect(stored.revision).toBe(5);
    expect(stored.savedAt).toBe(NOW.toISOString());
    expect(stored.document.format).toBe('tradeoff');
    expect(stored.document.version).toBe(CURRENT_VERSION);
    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex']);
  });

  it('writes a revision that reads back after a stored revision of 2^53 − 1', () => {
    const storage = createFakeStorage({
      [KEY]: envelope(docWith('Acme'), Number.MAX_SAFE_INTEGER),
    });
    const { persistence, addOffer } = openTab(storage);
    addOffer('Globex');
    persistence.flush();

    expect(Number.isSafeInteger(JSON.parse(storage.data.get(KEY)!).revision)).toBe(true);
    const reloaded = openTab(storage);
    expect(reloaded.persistence.getStatus().unreadable).toBeNull();
    expect(reloaded.store.get().offers.map((o) => o.company)).toEqual(['Acme', 'Globex']);
  });

  it('writes a burst of changes once, no later than the delay after the first', () => {
    vi.useFakeTimers();
    const { storage, addOffer } = openTab();
    addOffer('A');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100);
    addOffer('B');
    vi.advanceTimersByTime(100);
    expect(storage.writes).toHaveLength(1);
    expect(storedCompanies(storage)).toEqual(['A', 'B']);
  });

  it('does not save a document that came from outside (start-up, other tab)', () => {
    vi.useFakeTimers();
    const { storage, store } = openTab();
    store.set(docWith('Loaded'), 'external');
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(storage.writes).toEqual([]);
  });

  it('saves at once when the page is hidden', () => {
    vi.useFakeTimers();
    const { storage, addOffer, hidePage } = openTab();
    addOffer('Acme');
    hidePage();
    expect(storedCompanies(storage)).toEqual(['Acme']);
  });

  it('saves at once on pagehide', () => {
    vi.useFakeTimers();
    const { storage, addOffer } = openTab();
    addOffer('Acme');
    storage.events.dispatchEvent(new Event('pagehide'));
    expect(storedCompanies(storage)).toEqual(['Acme']);
  });

  it('stops listening once disconnected', () => {
    vi.useFakeTimers();
    const { storage, addOffer, disconnect } = openTab();
    disconnect();
    addOffer('Acme');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.writes).toEqual([]);
  });
});

describe('storage that fails', () => {
  it.each([
    ['QuotaExceededError', 22],
    ['NS_ERROR_DOM_QUOTA_REACHED', 1014],
    ['Error', 22],
    ['Error', 1014],
  ])(
    'keeps working in memory when the quota is full (%s, code %i), leaving the stored value alone',
    (name, code) => {
      const before = envelope(docWith('Acme'));
      const storage = createFakeStorage({ [KEY]: before });
      const { persistence, store, addOffer } = openTab(storage);
      storage.failWrites(storageError(name, code));
      addOffer('Globex');
      persistence.flush();
      expect(store.get().offers.map((o) => o.company)).toEqual(['Acme', 'Globex']);
      expect(persistence.getStatus().problem).toBe('quota');
      expect(storage.data.get(KEY)).toBe(before);
    },
  );

  it('clears the problem after the next successful save, which holds every change', () => {
    const { storage, persistence, addOffer } = openTab();
    storage.failWrites(storageError('QuotaExceededError', 22));
    addOffer('A');
    persistence.flush();
    storage.failWrites(null);
    addOffer('B');
    persistence.flush();
    expect(persistence.getStatus().problem).toBeNull();
    expect(storedCompanies(storage)).toEqual(['A', 'B']);
  });

  it('retries a failed save when the page is hidden', () => {
    const { storage, persistence, addOffer, hidePage } = openTab();
    storage.failWrites(storageError('QuotaExceededError', 22));
    addOffer('A');
    persistence.flush();
    storage.failWrites(null);
    hidePage();
    expect(storedCompanies(storage)).toEqual(['A']);
    expect(persistence.getStatus().problem).toBeNull();
  });

  it('starts and keeps working when even reaching localStorage throws a SecurityError', () => {
    const denied = () => {
      throw storageError('SecurityError', 18);
    };
    const { persistence, store, addOffer } = openTab(createFakeStorage(), denied);
    expect(persistence.getStatus().problem).toBe('disabled');
    addOffer('Acme');
    expect(() => persistence.flush()).not.toThrow();
    expect(store.get().offers).toHaveLength(1);
    expect(persistence.getStatus().problem).toBe('disabled');
  });

  it('starts with an empty document when reading storage throws', () => {
    const storage = createFakeStorage({ [KEY]: envelope(docWith('Acme')) });
    storage.failReads(storageError('SecurityError', 18));
    const { persistence, store } = openTab(storage);
    expect(store.get().offers).toEqual([]);
    expect(persistence.getStatus().problem).toBe('disabled');
  });
});
