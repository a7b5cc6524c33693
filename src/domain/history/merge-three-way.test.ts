import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { applyMine, describeConflict } from './merge-conflicts';
import { mergeThreeWay } from './merge-three-way';
import { MAX_OFFERS, type Offer, type TradeoffDocument } from '../document/schema';

const acme = makeOffer({ id: 'a', company: 'Acme', compensation: { baseSalary: 100 } });
const globex = makeOffer({ id: 'g', company: 'Globex', compensation: { baseSalary: 200 } });
const base = makeDocument({ offers: [acme, globex] });

const withOffers = (document: TradeoffDocument, offers: Offer[]) => ({ ...document, offers });
const edit = (offer: Offer, changes: Partial<Offer>): Offer => ({ ...offer, ...changes });
const salary = (offer: Offer, baseSalary: number, updatedAt = offer.updatedAt): Offer => ({
  ...offer,
  updatedAt,
  compensation: { ...offer.compensation, baseSalary },
});
const companies = (document: TradeoffDocument) => document.offers.map((o) => o.company);

describe('mergeThreeWay', () => {
  it('keeps offers added on both sides: theirs in order, mine where they were', () => {
    const initech = makeOffer({ id: 'i', company: 'Initech' });
    const hooli = makeOffer({ id: 'h', company: 'Hooli' });
    const theirs = withOffers(base, [acme, globex, initech]);
    const mine = withOffers(base, [acme, hooli, globex]);
    const result = mergeThreeWay(base, theirs, mine);
    expect(companies(result.document)).toEqual(['Acme', 'Hooli', 'Globex', 'Initech']);
    expect(result.conflicts).toEqual([]);
  });

  it('puts their additions first when both sides added at the same place', () => {
    const initech = makeOffer({ id: 'i', company: 'Initech' });
    const hooli = makeOffer({ id: 'h', company: 'Hooli' });
    const result = mergeThreeWay(
      base,
      withOffers(base, [acme, globex, initech]),
      withOffers(base, [acme, globex, hooli]),
    );
    expect(companies(result.document)).toEqual(['Acme', 'Globex', 'Initech', 'Hooli']);
  });

  it('keeps changes to different fields of the same offer, stamped with the later time', () => {
    const theirs = withOffers(base, [
      edit(acme, { notes: 'call back', updatedAt: '2026-02-01T00:00:00.000Z' }),
      globex,
    ]);
    const mine = withOffers(base, [salary(acme, 150, '2026-03-01T00:00:00.000Z'), globex]);
    const result = mergeThreeWay(base, theirs, mine);
    expect(result.document.offers[0]).toMatchObject({
      notes: 'call back',
      compensation: { baseSalary: 150 },
      updatedAt: '2026-03-01T00:00:00.000Z',
    });
    expect(result.conflicts).toEqual([]);
  });

  it('keeps theirs where both changed the same field, and reports it', () => {
    const theirs = withOffers(base, [salary(acme, 120), globex]);
    const mine = withOffers(base, [salary(acme, 130), globex]);
    const result = mergeThreeWay(base, theirs, mine);
    expect(result.document.offers[0]?.compensation.baseSalary).toBe(120);
    expect(result.conflicts).toEqual([
      { offerId: 'a', path: 'compensation.baseSalary', theirs: 120, mine: 130 },
    ]);
    expect(describeConflict(result.conflicts[0]!, result.document)).toBe('Acme · Base salary');
    expect(applyMine(result.document, result.conflicts).offers[0]?.compensation.baseSalary).toBe(
      130,
    );
  });

  it('is no conflict when both sides made the same change', () => {
    const theirs = withOffers(base, [salary(acme, 120), globex]);
    const result = mergeThreeWay(base, theirs, theirs);
    expect(result).toMatchObject({ document: theirs, conflicts: [], kept: [] });
  });

  it('deletes an offer deleted on one side and untouched on the other', () => {
    expect(companies(mergeThreeWay(base, withOffers(base, [globex]), base).document)).toEqual([
      'Globex',
    ]);
    expect(companies(mergeThreeWay(base, base, withOffers(base, [acme])).document)).toEqual([
      'Acme',
    ]);
  });

  it('keeps an offer deleted on one side and changed on the other, and says which', () => {
    const changed = withOffers(base, [salary(acme, 999), globex]);
    const deleted = withOffers(base, [globex]);
    expect(mergeThreeWay(base, deleted, changed)).toMatchObject({
      kept: [{ id: 'a', company: 'Acme', deletedBy: 'theirs' }],
    });
    expect(companies(mergeThreeWay(base, deleted, changed).document)).toEqual(['Acme', 'Globex']);
    expect(mergeThreeWay(base, changed, deleted)).toMatchObject({
      kept: [{ id: 'a', company: 'Acme', deletedBy: 'mine' }],
    });
  });

  it('merges settings field by field: weights, rates and horizon', () => {
    const settingsBase = makeDocument({ settings: { exchangeRates: { EUR: 1.1 } } });
    const theirs = makeDocument({
      settings: { weights: { growth: 60 }, exchangeRates: { EUR: 1.1, GBP: 1.3 } },
    });
    const mine = makeDocument({ settings: { horizonYears: 2, exchangeRates: {} } });
    const { document, conflicts } = mergeThreeWay(settingsBase, theirs, mine);
    expect(document.settings).toMatchObject({
      horizonYears: 2,
      weights: { growth: 60 },
      exchangeRates: { GBP: 1.3 },
    });
    expect(conflicts).toEqual([]);
  });

  it('names a setting both sides changed', () => {
    const theirs = makeDocument({ settings: { weights: { growth: 60 } } });
    const mine = makeDocument({ settings: { weights: { growth: 10 } } });
    const { document, conflicts } = mergeThreeWay(makeDocument(), theirs, mine);
    expect(document.settings.weights.growth).toBe(60);
    expect(conflicts.map((c) => describeConflict(c, document))).toEqual(['Weight of Growth']);
    expect(applyMine(document, conflicts).settings.weights.growth).toBe(10);
  });

  it('without a known base keeps every offer of both sides and calls each difference a conflict', () => {
    const theirs = withOffers(base, [salary(acme, 120)]);
    const mine = withOffers(base, [salary(acme, 130), globex]);
    const result = mergeThreeWay(null, theirs, mine);
    expect(companies(result.document)).toEqual(['Acme', 'Globex']);
    expect(result.conflicts).toMatchObject([{ offerId: 'a', theirs: 120, mine: 130 }]);
  });

  it('leaves out my newest additions past the offer limit, and returns them', () => {
    const many = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => makeOffer({ id: `${prefix}${i}`, company: prefix }));
    const theirs = withOffers(base, [acme, globex, ...many('t', MAX_OFFERS - 3)]);
    const mine = withOffers(base, [acme, globex, ...many('m', 3)]);
    const result = mergeThreeWay(base, theirs, mine);
    expect(result.document.offers).toHaveLength(MAX_OFFERS);
    expect(result.overflow.map((o) => o.id)).toEqual(['m1', 'm2']);
  });
});
