import { describe, expect, it } from 'vitest';
import { MAX_OFFERS } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  copyName,
  duplicateOffer,
  removeOffer,
  restoreOffer,
  saveOffer,
  undoRemoval,
} from './offer-actions';

const NOW = '2026-11-20T10:00:00.000Z';
const threeOffers = () =>
  makeDocument({
    offers: [
      makeOffer({ id: 'a', company: 'Acme' }),
      makeOffer({ id: 'b', company: 'Beta' }),
      makeOffer({ id: 'c', company: 'Core' }),
    ],
  });
const ids = (doc: { offers: { id: string }[] }) => doc.offers.map((o) => o.id);

describe('saveOffer', () => {
  it('appends a new offer at the end', () => {
    const next = saveOffer(threeOffers(), makeOffer({ id: 'd' }));
    expect(ids(next)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('replaces an edited offer in place', () => {
    const next = saveOffer(threeOffers(), makeOffer({ id: 'b', company: 'Beta Corp' }));
    expect(ids(next)).toEqual(['a', 'b', 'c']);
    expect(next.offers[1]?.company).toBe('Beta Corp');
  });

  it('saves the exchange rate the offer needed, keeping the other rates', () => {
    const doc = makeDocument({ settings: { exchangeRates: { GBP: 1.27 } } });
    const next = saveOffer(doc, makeOffer({ currency: 'EUR' }), { currency: 'EUR', rate: 1.08 });
    expect(next.settings.exchangeRates).toEqual({ GBP: 1.27, EUR: 1.08 });
  });
});

describe('duplicateOffer', () => {
  it('puts a copy with a new id and "(copy)" right after the original', () => {
    const next = duplicateOffer(threeOffers(), 'a', 'a2', NOW);
    expect(ids(next)).toEqual(['a', 'a2', 'b', 'c']);
    expect(next.offers[1]).toMatchObject({
      company: 'Acme (copy)',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('copies deeply, so editing the copy leaves the original alone', () => {
    const next = duplicateOffer(threeOffers(), 'a', 'a2', NOW);
    expect(next.offers[1]?.compensation).not.toBe(next.offers[0]?.compensation);
    expect(next.offers[1]?.compensation).toEqual(next.offers[0]?.compensation);
  });

  it('keeps a long company name within 80 characters', () => {
    expect(copyName('x'.repeat(80))).toHaveLength(80);
    expect(copyName('x'.repeat(80))).toMatch(/ \(copy\)$/);
  });
});

describe('removeOffer and restoreOffer', () => {
  it('removes an offer and remembers where it was', () => {
    const { document, removed } = removeOffer(threeOffers(), 'b');
    expect(ids(document)).toEqual(['a', 'c']);
    expect(removed).toMatchObject({ index: 1, offer: { company: 'Beta' } });
  });

  it('puts an undone delete back at its old position', () => {
    const { document, removed } = removeOffer(threeOffers(), 'b');
    if (!removed) throw new Error('nothing removed');
    expect(ids(restoreOffer(document, removed.offer, removed.index))).toEqual(['a', 'b', 'c']);
  });

  it('restores at the end when the list got shorter in the meantime', () => {
    const doc = makeDocument({ offers: [makeOffer({ id: 'a' })] });
    expect(ids(restoreOffer(doc, makeOffer({ id: 'z' }), 5))).toEqual(['a', 'z']);
  });

  it('does not restore twice', () => {
    const doc = threeOffers();
    expect(restoreOffer(doc, makeOffer({ id: 'b' }), 1)).toBe(doc);
  });

  it('leaves the document alone when the offer is not there', () => {
    const doc = threeOffers();
    expect(removeOffer(doc, 'nope')).toEqual({ document: doc, removed: null });
  });
});

describe('undoRemoval', () => {
  it('brings the offer back in place and keeps every change made since', () => {
    const { document, removed } = removeOffer(threeOffers(), 'b');
    if (!removed) throw new Error('nothing removed');
    const since = saveOffer(document, makeOffer({ id: 'c', company: 'Core 2' }));

    const { document: restored, outcome } = undoRemoval(since, removed);

    expect(outcome).toBe('restored');
    expect(restored.offers.map((o) => o.company)).toEqual(['Acme', 'Beta', 'Core 2']);
  });

  it('changes nothing when the offer is back already (another tab, an import)', () => {
    const { removed } = removeOffer(threeOffers(), 'b');
    if (!removed) throw new Error('nothing removed');
    const back = threeOffers();

    expect(undoRemoval(back, removed)).toEqual({ document: back, outcome: 'back-already' });
  });

  it('changes nothing when the list is full', () => {
    const full = makeDocument({
      offers: Array.from({ length: MAX_OFFERS }, (_, i) => makeOffer({ id: `o${i}` })),
    });
    const outcome = undoRemoval(full, { offer: makeOffer({ id: 'b' }), index: 1 });
    expect(outcome).toEqual({ document: full, outcome: 'full' });
  });
});
