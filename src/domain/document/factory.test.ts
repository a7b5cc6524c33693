import { describe, expect, it } from 'vitest';
import { settingsSchema } from './schema';
import {
  CURRENT_VERSION,
  EXAMPLE_EXCHANGE_RATES,
  createDocument,
  createOffer,
  createSettings,
  exampleOffers,
  offerSchema,
  parseDocument,
  rankOffers,
  withExampleOffers,
  yearlyCompensation,
} from '..';

const NOW = '2026-11-20T10:00:00.000Z';

/** Documents survive storage as JSON; parse what storage would hand back. */
const reparse = (value: unknown) => parseDocument(JSON.parse(JSON.stringify(value)));

describe('createOffer', () => {
  it('builds a valid offer from the id, company, currency and clock it is given', () => {
    const offer = createOffer({ id: 'o1', company: 'Acme', currency: 'EUR', now: NOW });
    expect(offerSchema().parse(offer)).toEqual(offer);
    expect(offer).toMatchObject({
      id: 'o1',
      company: 'Acme',
      currency: 'EUR',
      createdAt: NOW,
      updatedAt: NOW,
      status: 'considering',
    });
  });

  it('starts every rating not rated, never a silent 3, and has no equity', () => {
    const offer = createOffer({ id: 'o1' });
    expect(Object.values({ ...offer.growth, ...offer.culture })).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(offer.workLife.flexibility).toBeNull();
    expect(offer.compensation.equity.kind).toBe('none');
    expect(offer.currency).toBe('USD');
  });
});

describe('createSettings and createDocument', () => {
  it('fills default settings and keeps overrides', () => {
    const settings = createSettings({ currency: 'EUR', horizonYears: 6 });
    expect(settings).toMatchObject({ currency: 'EUR', horizonYears: 6 });
    expect(settings.weights).toEqual({ compensation: 40, growth: 25, culture: 15, workLife: 20 });
  });

  it('fills in what the schema fills in for settings left out, as fresh objects', () => {
    expect(createSettings()).toEqual(settingsSchema().parse({}));
    const first = createSettings();
    first.weights.growth = 99;
    first.criterionWeights.culture.team = 0;
    expect(createSettings().weights.growth).toBe(25);
    expect(createSettings().criterionWeights.culture.team).toBe(1);
  });

  it('makes an empty document of the current version that parses as it is', () => {
    const document = createDocument();
    expect(document).toMatchObject({ format: 'tradeoff', version: CURRENT_VERSION, offers: [] });
    expect(reparse(document)).toEqual({ ok: true, document, warnings: [] });
  });
});

describe('example offers', () => {
  const examples = exampleOffers(NOW);

  it('are four valid offers with distinct ids, stamped with the clock', () => {
    expect(examples).toHaveLength(4);
    for (const offer of examples) {
      expect(offerSchema().parse(offer)).toEqual(offer);
      expect(offer.createdAt).toBe(NOW);
    }
    expect(new Set(examples.map((o) => o.id)).size).toBe(4);
    expect(examples.map((o) => o.company)).toEqual([
      'Northwind',
      'Lumen Labs',
      'Fieldnote',
      'Kontor',
    ]);
  });

  it('use the id prefix they are given', () => {
    expect(exampleOffers(NOW, 'demo').map((o) => o.id)).toEqual([
      'demo-northwind',
      'demo-lumen',
      'demo-fieldnote',
      'demo-kontor',
    ]);
  });

  it('cover RSUs, options and a euro offer whose 18-month cliff leaves year 1 without equity', () => {
    expect(examples.map((o) => o.compensation.equity.kind)).toEqual([
      'rsu',
      'options',
      'rsu',
      'rsu',
    ]);
    const kontor = examples[3];
    if (!kontor) throw new Error('missing Kontor');
    expect(kontor.currency).toBe('EUR');
    const equity = yearlyCompensation(kontor, { horizonYears: 2 }).map((row) => row.equity);
    // 40,000 × (25 % + 25 %) in year 2, kept at 1 − 40 % = 12,000
    expect(equity[0]).toBe(0);
    expect(equity[1]).toBeCloseTo(12_000, 6);
  });

  it('are all scored, with distinct totals, once the example rates are in place', () => {
    const document = withExampleOffers(createDocument(), NOW);
    const { ranking, unscored } = rankOffers(document);
    expect(unscored).toEqual([]);
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });
});

describe('withExampleOffers', () => {
  it('adds the examples and the exchange rate they need', () => {
    const document = withExampleOffers(createDocument(), NOW);
    expect(document.offers).toHaveLength(4);
    expect(document.settings.exchangeRates).toEqual({ EUR: 1.08 });
    expect(EXAMPLE_EXCHANGE_RATES).toEqual({ EUR: 1.08 });
    expect(reparse(document).ok).toBe(true);
  });

  it('keeps a rate the user already set and adds none for the display currency', () => {
    const own = createDocument({ settings: createSettings({ exchangeRates: { EUR: 1.2 } }) });
    expect(withExampleOffers(own, NOW).settings.exchangeRates).toEqual({ EUR: 1.2 });
    const inEuros = createDocument({ settings: createSettings({ currency: 'EUR' }) });
    expect(withExampleOffers(inEuros, NOW).settings.exchangeRates).toEqual({});
  });

  it('gives a second set of examples fresh ids so the document stays valid', () => {
    const once = withExampleOffers(createDocument(), NOW);
    const twice = withExampleOffers(once, '2026-11-21T08:30:00.000Z');
    const ids = twice.offers.map((o) => o.id);
    expect(new Set(ids).size).toBe(8);
    expect(ids[4]).toBe('example-20261121083000000-northwind');
    expect(reparse(twice).ok).toBe(true);
  });
});
