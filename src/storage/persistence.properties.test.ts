import fc from 'fast-check';
import { CURRENT_VERSION } from '../domain';
import { createDocumentStore } from '../store/document-store';
import { arbitraryDocument } from '../testing/domain-factories';
import { serializeEnvelope } from './envelope';
import { createFakeStorage, type FakeStorage } from '../testing/fake-storage';
import { STORAGE_KEYS } from './keys';
import { createPersistence } from './persistence';

const open = (storage: FakeStorage) =>
  createPersistence({ storage: () => storage, windowTarget: storage.events });

/** Strings that look more and more like what we store, down to plain noise. */
const storedLikeString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    arbitraryDocument({ maxOffers: 2 }).map((document) =>
      JSON.stringify({ revision: 1, savedAt: 'x', document }),
    ),
    fc
      .record({
        revision: fc.oneof(fc.integer(), fc.double(), fc.string()),
        document: fc.oneof(
          fc.jsonValue(),
          fc.record({
            format: fc.constantFrom('tradeoff', 'other'),
            version: fc.oneof(fc.integer({ min: -1, max: CURRENT_VERSION + 2 }), fc.string()),
            offers: fc.jsonValue(),
          }),
        ),
      })
      .map((value) => JSON.stringify(value)),
    arbitraryDocument({ maxOffers: 2 }).chain((document) => {
      const text = JSON.stringify(document);
      return fc.nat({ max: text.length }).map((cut) => text.slice(0, cut));
    }),
  );

describe('persistence properties', () => {
  it('loads back every valid document it saved', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        const storage = createFakeStorage();
        const persistence = open(storage);
        const store = createDocumentStore(persistence.initialDocument);
        persistence.connect(store);
        store.set(document, 'local');
        persistence.flush();

        expect(open(storage).initialDocument).toEqual(document);
      }),
      { numRuns: 60 },
    );
  });

  it('never throws and never writes while loading any stored string', () => {
    fc.assert(
      fc.property(storedLikeString(), (raw) => {
        const storage = createFakeStorage({ [STORAGE_KEYS.document]: raw });
        const persistence = open(storage);
        expect(persistence.initialDocument.format).toBe('tradeoff');
        expect(storage.writes).toEqual([]);
        expect(storage.data.get(STORAGE_KEYS.document)).toBe(raw);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the envelope readable: what it serialises, it loads', () => {
    fc.assert(
      fc.property(arbitraryDocument(), fc.nat(), (document, revision) => {
        const storage = createFakeStorage({
          [STORAGE_KEYS.document]: serializeEnvelope({ revision, savedAt: 'now', document }),
        });
        expect(open(storage).initialDocument).toEqual(document);
      }),
      { numRuns: 40 },
    );
  });
});
