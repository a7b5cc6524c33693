import fc from 'fast-check';
import { MAX_OFFERS } from '../../domain';
import { parseDocumentText } from '../../storage/document-text';
import { createFakeStorage } from '../../testing/fake-storage';
import { createPersistence } from '../../storage/persistence';
import { createAppState } from '../../store/app-state';
import { arbitraryDocument, makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  applyImport,
  describeOffers,
  importMessage,
  summarizeOffers,
  type ImportMode,
} from './import-actions';

const named = (...companies: string[]) =>
  makeDocument({ offers: companies.map((company) => makeOffer({ company })) });

describe('describeOffers', () => {
  it('names up to five companies, then counts the rest', () => {
    expect(describeOffers(named('Acme'))).toBe('1 offer: Acme');
    expect(describeOffers(named('A', 'B', 'C', 'D', 'E', 'F', 'G'))).toBe(
      '7 offers: A, B, C, D, E and 2 more',
    );
    expect(describeOffers(named())).toBe('no offers');
  });

  it('has a form in parentheses for use inside a sentence', () => {
    expect(summarizeOffers(named('Acme', 'Globex'))).toBe('2 offers (Acme, Globex)');
  });
});

describe('importMessage', () => {
  it('counts offers and warnings in words', () => {
    expect(importMessage(3, 2)).toBe('Imported 3 offers (2 warnings)');
    expect(importMessage(1, 1)).toBe('Imported 1 offer (1 warning)');
    expect(importMessage(2, 0)).toBe('Imported 2 offers');
  });
});

describe('applyImport', () => {
  it('changes nothing when a merge would hold too many offers', () => {
    const current = makeDocument({
      offers: Array.from({ length: MAX_OFFERS }, (_, i) => makeOffer({ id: `c${i}` })),
    });
    const { document: store, notices } = createAppState({ document: current });
    const changed = applyImport(
      { store, notify: notices.notify },
      { document: named('One more'), warnings: [] },
      'merge',
    );
    expect(changed).toBe(false);
    expect(store.get()).toBe(current);
  });
});

describe('merging your own export back in', () => {
  it('keeps one copy of each offer and says which were updated and which were here already', () => {
    const amazon = makeOffer({ id: 'a', company: 'Amazon', updatedAt: '2026-11-01T00:00:00.000Z' });
    const beta = makeOffer({ id: 'b', company: 'Beta' });
    const current = makeDocument({ offers: [amazon, beta] });
    const exported = structuredClone(current);
    exported.offers[0] = {
      ...amazon,
      role: 'Principal PM',
      updatedAt: '2026-11-20T00:00:00.000Z',
    };
    const { document: store, notices } = createAppState({ document: current });
    applyImport({ store, notify: notices.notify }, { document: exported, warnings: [] }, 'merge');
    expect(store.get().offers.map((o) => [o.company, o.role])).toEqual([
      ['Amazon', 'Principal PM'],
      ['Beta', beta.role],
    ]);
    expect(notices.list.get().at(-1)?.message).toBe(
      "Imported 0 offers. Updated \u2068Amazon\u2069 to the file's newer version. \u2068Beta\u2069 was here already, as new as in the file.",
    );
  });
});

/** Hostile JSON: prototype keys, numbers too large for a double, strings for numbers. */
const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.constantFrom(
      '{"__proto__":{"polluted":1},"format":"tradeoff","version":2}',
      '{"constructor":{"prototype":{"polluted":1}},"format":"tradeoff","version":2,"offers":[]}',
      '{"format":"tradeoff","version":2,"offers":[{"id":"a","company":"A","currency":"USD","compensation":{"baseSalary":1e400}}]}',
      '{"format":"tradeoff","version":2,"offers":[{"id":"a","company":"A","currency":"USD","compensation":{"baseSalary":"100"}}]}',
      '{"format":"tradeoff","version":2,"settings":{"exchangeRates":{"__proto__":1.2}}}',
      '{"format":"tradeoff","version":2,"offers":[{"__proto__":{"polluted":1},"id":"a","company":"A","currency":"USD"}]}',
    ),
    arbitraryDocument({ maxOffers: 2 }).map((document) => JSON.stringify(document)),
  );

describe('importing any JSON value', () => {
  it('leaves the current data and storage byte for byte unchanged unless the value is valid', () => {
    fc.assert(
      fc.property(
        arbitraryDocument({ maxOffers: 2 }),
        hostileText(),
        fc.constantFrom<ImportMode>('replace', 'merge'),
        (current, text, mode) => {
          const storage = createFakeStorage();
          const persistence = createPersistence({ storage: () => storage });
          const { document: store, notices } = createAppState({ document: current });
          persistence.connect(store);
          store.update(() => structuredClone(current));
          persistence.flush();
          const storedBefore = JSON.stringify([...storage.data]);
          const documentBefore = JSON.stringify(store.get());

          const reading = parseDocumentText(text);
          if (reading.ok)
            applyImport({ store, notify: notices.notify }, reading, mode, () =>
              crypto.randomUUID(),
            );
          persistence.flush();

          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (!reading.ok) {
            expect(JSON.stringify(store.get())).toBe(documentBefore);
            expect(JSON.stringify([...storage.data])).toBe(storedBefore);
          } else if (mode === 'replace') {
            expect(store.get()).toEqual(reading.document);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
