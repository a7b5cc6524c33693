import { makeDocument, makeOffer, makeSettings } from '../../testing/domain-factories';
import { mergeDocuments } from './merge';
import { revertChange, sameValue } from './revert';
import { MAX_OFFERS, type Offer, type TradeoffDocument } from '../document/schema';

const acme = makeOffer({ id: 'acme', company: 'Acme' });
const beta = makeOffer({ id: 'beta', company: 'Beta' });
const core = makeOffer({ id: 'core', company: 'Core' });
const globex = makeOffer({ id: 'globex', company: 'Globex' });
const initech = makeOffer({ id: 'initech', company: 'Initech' });

const withOffers = (document: TradeoffDocument, ...offers: Offer[]) => ({ ...document, offers });
const companies = (document: TradeoffDocument) => document.offers.map((o) => o.company);
const edited = (offer: Offer, company: string) => ({ ...offer, company, updatedAt: 'later' });

/** A merge of Globex and Initech into Acme and Beta. */
const merge = () => {
  const before = makeDocument({ offers: [acme, beta] });
  const result = mergeDocuments(before, makeDocument({ offers: [globex, initech] }), () => 'x');
  if (!result.ok) throw new Error(result.message);
  return { before, after: result.document };
};

const revert = (...args: Parameters<typeof revertChange>) => {
  const result = revertChange(...args);
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('revertChange', () => {
  it('gives back the document from before, exactly, when nothing changed since', () => {
    const change = merge();
    expect(revert(change, change.after).document).toBe(change.before);
  });

  it('takes out the offers a merge added and keeps offers added and edits made since', () => {
    const change = merge();
    const current = withOffers(
      change.after,
      edited(acme, 'Acme Robotics'),
      beta,
      globex,
      initech,
      core,
    );

    const result = revert(change, current);

    expect(companies(result.document)).toEqual(['Acme Robotics', 'Beta', 'Core']);
    expect(result.conflicts).toEqual([]);
  });

  it('leaves an added offer edited since, and names it, unless told to overwrite', () => {
    const change = merge();
    const current = withOffers(change.after, acme, beta, edited(globex, 'Globex Corp'), initech);

    const kept = revert(change, current);
    expect(companies(kept.document)).toEqual(['Acme', 'Beta', 'Globex Corp']);
    expect(kept.conflicts).toEqual([{ id: 'globex', company: 'Globex Corp' }]);

    const overwritten = revert(change, current, { overwrite: true });
    expect(companies(overwritten.document)).toEqual(['Acme', 'Beta']);
    expect(overwritten.conflicts).toEqual([{ id: 'globex', company: 'Globex Corp' }]);
  });

  it('does not count an offer reloaded from another tab (same data, new object) as a change', () => {
    const change = merge();
    const current = structuredClone(change.after);
    const result = revert(change, current);
    expect(companies(result.document)).toEqual(['Acme', 'Beta']);
    expect(result.conflicts).toEqual([]);
  });

  it('undoes a replace: added offers out, replaced and removed ones back in their places', () => {
    const before = makeDocument({ offers: [acme, beta, core] });
    const after = makeDocument({ offers: [edited(beta, 'Beta (file)'), globex] });
    const current = withOffers(after, ...after.offers, initech);

    const result = revert({ before, after }, current);

    expect(companies(result.document)).toEqual(['Acme', 'Beta', 'Core', 'Initech']);
    expect(result.document.offers[1]).toBe(beta);
  });

  it('counts an offer the change replaced and that was deleted since as a conflict', () => {
    const before = makeDocument({ offers: [acme, beta] });
    const after = makeDocument({ offers: [edited(acme, 'Acme (file)'), beta] });
    const current = withOffers(after, beta);

    expect(revert({ before, after }, current)).toMatchObject({
      document: current,
      conflicts: [{ id: 'acme', company: 'Acme (file)' }],
    });
    expect(companies(revert({ before, after }, current, { overwrite: true }).document)).toEqual([
      'Acme',
      'Beta',
    ]);
  });

  it('puts the settings back while they are what the change made', () => {
    const before = makeDocument({ settings: makeSettings({ horizonYears: 2 }) });
    const after = makeDocument({ settings: makeSettings({ horizonYears: 6 }) });

    const result = revert({ before, after }, structuredClone(after));

    expect(result.document.settings).toBe(before.settings);
    expect(result.settingsKept).toBe(false);
  });

  it('keeps settings changed since the change, all of them', () => {
    const before = makeDocument({ settings: makeSettings({ horizonYears: 2, currency: 'EUR' }) });
    const after = makeDocument({ settings: makeSettings({ horizonYears: 6 }) });
    const current = { ...after, settings: { ...after.settings, horizonYears: 5 } };

    const result = revert({ before, after }, current);

    expect(result.document.settings).toBe(current.settings);
    expect(result.settingsKept).toBe(true);
  });

  it('takes back the exchange rates a merge filled in, unless the settings changed since', () => {
    const before = makeDocument({ settings: makeSettings({ exchangeRates: { EUR: 1.1 } }) });
    const incoming = makeDocument({ settings: makeSettings({ exchangeRates: { GBP: 1.25 } }) });
    const merged = mergeDocuments(before, incoming, () => 'x');
    if (!merged.ok) throw new Error(merged.message);
    const change = { before, after: merged.document };

    expect(revert(change, structuredClone(change.after)).document.settings.exchangeRates).toEqual({
      EUR: 1.1,
    });
    const rateChanged = {
      ...change.after,
      settings: { ...change.after.settings, exchangeRates: { EUR: 1.2, GBP: 1.25 } },
    };
    expect(revert(change, rateChanged).document.settings.exchangeRates).toEqual({
      EUR: 1.2,
      GBP: 1.25,
    });
  });

  it('refuses, changing nothing, when the offers it would bring back no longer fit', () => {
    const before = makeDocument({ offers: [acme, beta] });
    const after = makeDocument({ offers: [globex] });
    const many = Array.from({ length: MAX_OFFERS - 1 }, (_, i) => makeOffer({ id: `n${i}` }));
    const current = withOffers(after, globex, ...many);

    expect(revertChange({ before, after }, current)).toEqual({
      ok: false,
      message: `Undoing it would make ${MAX_OFFERS + 1} offers; Tradeoff holds at most ${MAX_OFFERS}.`,
    });
  });

  it('returns the current document itself when everything is already undone', () => {
    const change = merge();
    const current = structuredClone(change.before);
    expect(revert(change, current).document).toBe(current);
  });
});

describe('sameValue', () => {
  it('compares data, not identity or key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
