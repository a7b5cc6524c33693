import { makeDocument, makeOffer, makeSettings } from '../../testing/domain-factories';
import { mergeDocuments, twinsOf } from './merge';
import { MAX_OFFERS } from '../document/schema';

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
    expect(result.updated).toEqual([]);
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
    const current = makeDocument({
      offers: [makeOffer({ id: 'x', company: 'Acme' }), makeOffer({ id: 'y' })],
    });
    const incoming = makeDocument({
      offers: [makeOffer({ id: 'x', company: 'Globex' }), makeOffer({ id: 'z' })],
    });

    const result = mergeDocuments(current, incoming, idsFrom('y', 'z', 'w'));

    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => o.id)).toEqual(['x', 'y', 'w', 'z']);
  });

  it('merges your own export back into the same offers, not copies of them', () => {
    const doc = makeDocument({
      offers: [makeOffer({ id: 'a', company: 'Amazon' }), makeOffer({ id: 'b', company: 'Beta' })],
    });
    const result = mergeDocuments(doc, structuredClone(doc), idsFrom());

    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers).toEqual(doc.offers);
    expect(result).toMatchObject({ updated: [], kept: ['Amazon', 'Beta'], renamed: [] });
  });

  it('keeps the newer version of an offer found on both sides, in its place', () => {
    const old = makeOffer({
      id: 'a',
      company: 'Amazon',
      compensation: { baseSalary: 100_000 },
      updatedAt: '2026-11-01T00:00:00.000Z',
    });
    const newer = {
      ...old,
      compensation: { ...old.compensation, baseSalary: 120_000 },
      updatedAt: '2026-11-20T00:00:00.000Z',
    };
    const other = makeOffer({ id: 'b', company: 'Beta' });

    const fromFile = mergeDocuments(
      makeDocument({ offers: [old, other] }),
      makeDocument({ offers: [newer] }),
      idsFrom(),
    );
    if (!fromFile.ok) throw new Error(fromFile.message);
    expect(fromFile.document.offers.map((o) => [o.id, o.compensation.baseSalary])).toEqual([
      ['a', 120_000],
      ['b', other.compensation.baseSalary],
    ]);
    expect(fromFile.updated).toEqual(['Amazon']);

    const ours = mergeDocuments(
      makeDocument({ offers: [newer] }),
      makeDocument({ offers: [old] }),
      idsFrom(),
    );
    if (!ours.ok) throw new Error(ours.message);
    expect(ours.document.offers).toEqual([newer]);
    expect(ours.kept).toEqual(['Amazon']);
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

describe('an offer saved twice under two ids (same company and role)', () => {
  const mine = makeOffer({
    id: 'a',
    company: 'Amazon',
    role: 'SDE II',
    updatedAt: '2026-11-01T00:00:00.000Z',
  });
  const beta = makeOffer({ id: 'b', company: 'Beta', role: 'PM' });
  const theirs = makeOffer({
    id: 'z',
    company: 'amazon',
    role: 'sde ii',
    compensation: { baseSalary: 210_000 },
  });
  const other = makeOffer({ id: 'y', company: 'Amazon', role: 'Manager' });
  const current = makeDocument({ offers: [mine, beta] });
  const incoming = makeDocument({ offers: [theirs, other] });

  it('are found by company and role, whatever their case, and not when the role differs', () => {
    expect(twinsOf(current, incoming)).toEqual([theirs]);
    // Your own export is the same offers (same ids), not twins.
    expect(twinsOf(current, structuredClone(current))).toEqual([]);
  });

  it('are both kept unless the person says otherwise', () => {
    const result = mergeDocuments(current, incoming, idsFrom());
    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => o.id)).toEqual(['a', 'b', 'z', 'y']);
  });

  it("keep the imported: the file's offer takes the place and id of yours", () => {
    const result = mergeDocuments(current, incoming, idsFrom(), 'incoming');
    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers.map((o) => [o.id, o.compensation.baseSalary])).toEqual([
      ['a', 210_000],
      ['b', beta.compensation.baseSalary],
      ['y', other.compensation.baseSalary],
    ]);
    expect(result).toMatchObject({ replaced: ['amazon'], skipped: [] });
  });

  it("keep mine: the file's copy is left out, its other offers still come in", () => {
    const result = mergeDocuments(current, incoming, idsFrom(), 'mine');
    if (!result.ok) throw new Error(result.message);
    expect(result.document.offers).toEqual([mine, beta, other]);
    expect(result).toMatchObject({ replaced: [], skipped: ['amazon'] });
  });
});
