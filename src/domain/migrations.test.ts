import documentV1 from '../../test/fixtures/document-v1.json';
import documentV2 from '../../test/fixtures/document-v2.json';
import { CURRENT_VERSION, MIGRATIONS, migrate, parseDocument } from './index';

const clone = <T>(value: T): T => structuredClone(value);

const parseFixture = () => {
  const result = parseDocument(clone(documentV1));
  if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
  return result;
};

describe('migrations', () => {
  it('lists one step per older version, in order, each with its own id', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1),
    );
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
  });

  it('loads the stored version-1 document as the current version without warnings', () => {
    const { document, warnings } = parseFixture();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(3);
    expect(warnings).toEqual([]);
  });

  it('gives every version-1 offer no signing-bonus clawback', () => {
    const { document } = parseFixture();
    expect(document.offers).toHaveLength(3);
    for (const offer of document.offers) {
      expect(offer.compensation.signingBonusClawbackMonths).toBe(0);
    }
  });

  it('keeps every value a version-1 document held', () => {
    const { document } = parseFixture();
    expect(document.settings).toEqual(documentV1.settings);
    document.offers.forEach((offer, i) => {
      const { signingBonusClawbackMonths: _added, ...compensation } = offer.compensation;
      expect({ ...offer, compensation }).toEqual(documentV1.offers[i]);
    });
  });

  it('does not change the document it upgrades', () => {
    const input = clone(documentV1);
    const upgraded = migrate(input, 1);
    expect(input).toEqual(documentV1);
    expect(upgraded.version).toBe(3);
  });

  it('keeps a clawback that a version-1 offer somehow already carries', () => {
    const input = clone(documentV1) as unknown as { offers: { compensation: object }[] };
    input.offers[0]!.compensation = {
      ...input.offers[0]!.compensation,
      signingBonusClawbackMonths: 6,
    };
    const result = parseDocument(input);
    expect(result.ok && result.document.offers[0]!.compensation.signingBonusClawbackMonths).toBe(6);
  });

  it('gives a version-1 offer without compensation the defaults', () => {
    const result = parseDocument({
      format: 'tradeoff',
      version: 1,
      offers: [{ id: 'a', company: 'Acme' }],
    });
    expect(result.ok && result.document.offers[0]!.compensation.signingBonusClawbackMonths).toBe(0);
  });

  it('leaves a malformed version-1 offer for validation to report by path', () => {
    const result = parseDocument({ format: 'tradeoff', version: 1, offers: [42] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['offers[0]']);
  });
});

describe('the version 2 → 3 migration (real bounds)', () => {
  const loadV2 = () => {
    const result = parseDocument(clone(documentV2));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result.document;
  };

  it('loads the stored version-2 document as the current version', () => {
    expect(loadV2().version).toBe(CURRENT_VERSION);
  });

  it('brings a cost of living index below 10 up to 10 and leaves the others as they were', () => {
    const offers = loadV2().offers;
    expect(offers.map((o) => o.compensation.costOfLivingIndex)).toEqual([10, 105, 85]);
  });

  it('drops a rate no currency has, so its offers ask for it again; keeps the real ones', () => {
    expect(loadV2().settings.exchangeRates).toEqual({ EUR: 1.08 });
  });

  it('keeps every other value a version-2 document held', () => {
    const document = loadV2();
    const [first, ...rest] = document.offers;
    expect(rest).toEqual(documentV2.offers.slice(1));
    const { costOfLivingIndex: _index, ...pay } = first!.compensation;
    const { costOfLivingIndex: _old, ...storedPay } = documentV2.offers[0]!.compensation;
    expect(pay).toEqual(storedPay);
    const { exchangeRates: _rates, ...settings } = document.settings;
    const { exchangeRates: _storedRates, ...storedSettings } = documentV2.settings;
    expect(settings).toEqual(storedSettings);
  });

  it('leaves a value of the wrong type for validation to report', () => {
    const input = clone(documentV2) as unknown as { offers: { compensation: object }[] };
    input.offers[0]!.compensation = {
      ...input.offers[0]!.compensation,
      costOfLivingIndex: 'cheap',
    };
    const result = parseDocument(input);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'offers[0].compensation.costOfLivingIndex',
    ]);
  });
});
