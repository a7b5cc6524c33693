import { createDocument, createOffer } from '../domain';
import { createDocumentStore } from './document-store';

describe('document store', () => {
  it('tells subscribers about a local change with the new document', () => {
    const store = createDocumentStore(createDocument());
    const seen: [number, string][] = [];
    store.subscribe((doc, source) => seen.push([doc.offers.length, source]));

    store.update((doc) => ({ ...doc, offers: [createOffer({ id: 'a', company: 'Acme' })] }));

    expect(store.get().offers).toHaveLength(1);
    expect(seen).toEqual([[1, 'local']]);
  });

  it('marks a replaced document as external when asked, so it is not saved again', () => {
    const store = createDocumentStore(createDocument());
    const sources: string[] = [];
    store.subscribe((_doc, source) => sources.push(source));

    store.set(createDocument({ offers: [createOffer({ id: 'b', company: 'Beta' })] }), 'external');

    expect(sources).toEqual(['external']);
  });

  it('does not notify when a recipe returns the same document', () => {
    const store = createDocumentStore(createDocument());
    const listener = vi.fn();
    store.subscribe(listener);

    store.update((doc) => doc);

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops notifying after unsubscribe', () => {
    const store = createDocumentStore(createDocument());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();

    store.update((doc) => ({ ...doc, offers: [] }));

    expect(listener).not.toHaveBeenCalled();
  });
});
