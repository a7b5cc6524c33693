import { createFakeStorage } from '../testing/fake-storage';
import { KEY, docWith, envelope, openTab, storedCompanies } from '../testing/persistence-test-tab';
import { STORAGE_KEYS } from './keys';

/*
 * A stored value that must be copied before it is overwritten (unreadable, or
 * cleaned of unknown fields), under a quota with no room for the copy: it
 * stays as it is until the person has it as a file or lets it go.
 */

/** Room for a document with a few offers, not for two copies of the stored values below. */
const QUOTA = 6_000;
/** Unreadable, and too large to be stored twice. */
const corrupt = `{"format":"tradeoff","version":2,"notes":"${'x'.repeat(3_200)}`;

const fullTab = (raw: string) => {
  const storage = createFakeStorage({ [KEY]: raw });
  storage.setQuota(QUOTA);
  return openTab(storage);
};

describe('an unreadable stored value whose backup does not fit', () => {
  it('stays where it is: nothing at all is written, and the status says why', () => {
    const { storage, persistence, addOffer } = fullTab(corrupt);
    addOffer('Acme');
    persistence.flush();
    addOffer('Globex');
    persistence.flush();

    expect(storage.writes).toEqual([]);
    expect(storage.data.get(KEY)).toBe(corrupt);
    expect(persistence.getStatus()).toMatchObject({
      problem: 'quota',
      backupRefused: { raw: corrupt, reason: 'unreadable' },
      unreadable: { raw: corrupt, backupKey: null },
    });
  });

  it('is saved over once the person has downloaded it, though the backup never fits', () => {
    const { storage, persistence, addOffer } = fullTab(corrupt);
    addOffer('Acme');
    persistence.flush();

    persistence.backupDownloaded(corrupt);

    expect(storedCompanies(storage)).toEqual(['Acme']);
    expect(storage.data.has(STORAGE_KEYS.backup)).toBe(false);
    expect(persistence.getStatus()).toMatchObject({
      problem: null,
      backupRefused: null,
      unreadable: { downloaded: true },
    });
  });

  it('is saved over when the person starts fresh without it', () => {
    const { storage, persistence, addOffer } = fullTab(corrupt);
    addOffer('Acme');
    persistence.startFresh();
    expect(storedCompanies(storage)).toEqual(['Acme']);
    expect(persistence.getStatus()).toMatchObject({ unreadable: null, backupRefused: null });
  });

  it('is backed up as usual once the browser has room again', () => {
    const { storage, persistence, addOffer } = fullTab(corrupt);
    addOffer('Acme');
    persistence.flush();
    storage.setQuota(null);
    addOffer('Globex');
    persistence.flush();
    expect(storage.data.get(STORAGE_KEYS.backup)).toBe(corrupt);
    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex']);
  });
});

describe('a stored value cleaned of unknown fields whose backup does not fit', () => {
  const cleaned = envelope(docWith('Acme')).replace(
    '"format":',
    `"extra":"${'x'.repeat(2_000)}","format":`,
  );

  it('stays as it is until the person downloads it, then the cleaned copy is saved and they are told where the data is', () => {
    const { storage, persistence, addOffer, notices } = fullTab(cleaned);
    addOffer('Globex');
    persistence.flush();
    expect(storage.data.get(KEY)).toBe(cleaned);
    expect(persistence.getStatus().backupRefused).toEqual({ raw: cleaned, reason: 'cleaned' });

    persistence.backupDownloaded(cleaned);

    expect(storedCompanies(storage)).toEqual(['Acme', 'Globex']);
    expect(notices).toEqual([
      'Your saved data had a field this version of Tradeoff does not use (extra); it was left out when saving. The data as it was is in the file you downloaded.',
    ]);
  });
});
