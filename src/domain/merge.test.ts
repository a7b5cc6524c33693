import { makeDocument, makeOffer, makeSettings } from '../testing/domain-factories';
import { mergeDocuments } from './merge';
import { MAX_OFFERS } from './schema';

const idsFrom = (...ids: string[]) => {
  const queue = [...ids];
  return () => queue.shift() ?? 'exhausted';
};

describe('mergeDocuments', () => {
  it('adds the incoming offers after the current ones', () => {
    const current = makeDocument({ offers: [makeOffer({ id: 'a', company: 'Acme' })] });
    const incoming = makeDocument({ offers: [makeOffer({ id: 'b', company: 'Globex' })] });

    const result = mergeDocuments(current, incoming, idsFrom());

    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => o.company)).toEqual(['Acme', 'Globex']);
    expect(result.renamed).toEqual([]);
  });

  it('gives a colliding offer a fresh id and reports it', () => {
    const current = makeDocument({ offers: [makeOffer({ id: 'x', company: 'Acme' })] });
    const incoming = makeDocument({ offers: [makeOffer({ id: 'x', company: 'Globex' })] });

    const result = mergeDocuments(current, incoming, idsFrom('fresh-1'));

    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => o.id)).toEqual(['x', 'fresh-1']);
    expect(result.renamed).toEqual([{ company: 'Globex', from: 'x', to: 'fresh-1' }]);
  });

  it('skips generated ids that are already taken, including by other incoming offers', () => {
    const current = makeDocument({ offers: [makeOffer({ id: 'x' }), makeOffer({ id: 'y' })] });
    const incoming = makeDocument({ offers: [makeOffer({ id: 'x' }), makeOffer({ id: 'z' })] });

    const result = mergeDocuments(current, incoming, idsFrom('y', 'z', 'w'));

    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => o.id)).toEqual(['x', 'y', 'w', 'z']);
  });

  it('merges two copies of the same document into unique ids', () => {
    const doc = makeDocument({ offers: [makeOffer({ id: 'a' }), makeOffer({ id: 'b' })] });
    let n = 0;
    const result = mergeDocuments(doc, doc, () => `new-${++n}`);

    if (!result.ok) throw new Error(result.message);
    const ids = result.document.offers.map((o) => o.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('keeps the current settings', () => {
    const current = makeDocument({ settings: makeSettings({ horizonYears: 2 }) });
    const incoming = makeDocument({ settings: makeSettings({ horizonYears: 6 }) });

    const result = mergeDocuments(current, incoming, idsFrom());

    if (!result.ok) throw new Error(result.message);
    expect(result.document.settings.horizonYears).toBe(2);
  });

  it('fills in missing exchange rates from a file in the same display currency', () => {
    const current = makeDocument({ settings: makeSettings({ exchangeRates: { EUR: 1.1 } }) });
    const incoming = makeDocument({
      settings: makeSettings({ exchangeRates: { EUR: 1.3, GBP: 1.25 } }),
    });

    const result = mergeDocuments(current, incoming, idsFrom());

    if (!result.ok) throw new Error(result.message);
    expect(result.document.settings.exchangeRates).toEqual({ EUR: 1.1, GBP: 1.25 });
  });

  it('ignores the rates of a file in another display currency', () => {
    const current = makeDocument({ settings: makeSettings({ currency: 'USD' }) });
    const incoming = makeDocument({
      settings: makeSettings({ currency: 'EUR', exchangeRates: { GBP: 1.2 } }),
    });

    const result = mergeDocuments(current, incoming, idsFrom());

    if (!result.ok) throw new Error(result.message);
    expect(result.document.settings.exchangeRates).toEqual({});
  });

  it('refuses a merge that would hold more offers than the format allows', () => {
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => makeOffer({ id: `${prefix}-${i}` }));
    const current = makeDocument({ offers: many('c', MAX_OFFERS - 1) });
    const incoming = makeDocument({ offers: many('i', 2) });

    const result = mergeDocuments(current, incoming, idsFrom());

    expect(result).toEqual({
      ok: false,
      message: `Merging would make ${MAX_OFFERS + 1} offers; Tradeoff holds at most ${MAX_OFFERS}.`,
    });
  });
});
