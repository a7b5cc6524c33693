import fc from 'fast-check';
import documentV1 from '../../../test/fixtures/document-v1.json';
import documentV2 from '../../../test/fixtures/document-v2.json';
import documentV3 from '../../../test/fixtures/document-v3.json';
import documentV4 from '../../../test/fixtures/document-v4.json';
import documentV5 from '../../../test/fixtures/document-v5.json';
import documentV6 from '../../../test/fixtures/document-v6.json';
import documentV7 from '../../../test/fixtures/document-v7.json';
import documentV8 from '../../../test/fixtures/document-v8.json';
import documentV9 from '../../../test/fixtures/document-v9.json';
import documentV10 from '../../../test/fixtures/document-v10.json';
import { arbitraryDocument } from '../../testing/domain-factories';
import {
  ALL_TAX_RULES,
  CURRENT_VERSION,
  MIGRATIONS,
  migrate,
  parseDocument,
  rankOffers,
  valueAt,
  yearlyCompensation,
  type TradeoffDocument,
} from '../index';

/** What version 5 adds to settings when a version 1–4 document is loaded: compare before tax. */
const V5_SETTINGS = { compareOn: 'gross', household: 'single', taxYear: 2026 } as const;

/** What version 11 adds to settings: no place to compare prices from, no pension counted as savings. */
const V11_SETTINGS = { pricesAsIn: null, pensionAsSavingsPct: 0 } as const;

const clone = <T>(value: T): T => structuredClone(value);

/** Version 4 moved version 3's one retirement figure to its new name. */
const V4_RENAMES: Record<string, string> = {
  'compensation.retirementMatchPct': 'compensation.employerBaseContributionPct',
};

/** Every value (a number, a text, a list) held at some path under `value`. */
const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
  value !== null &&
  typeof value === 'object' &&
  (!Array.isArray(value) || value.some((item) => typeof item === 'object' && item !== null))
    ? Object.entries(value).flatMap(([key, child]) =>
        leaves(child, prefix ? `${prefix}.${key}` : key),
      )
    : [[prefix, value]];

/** Each stored offer's every value is in the loaded offer, at its path or its new name. */
const expectOffersKept = (
  stored: readonly object[],
  loaded: readonly object[],
  skip: readonly string[] = [],
) => {
  expect(loaded).toHaveLength(stored.length);
  stored.forEach((offer, i) => {
    for (const [path, value] of leaves(offer)) {
      if (skip.includes(path)) continue;
      expect([path, valueAt(loaded[i], V4_RENAMES[path] ?? path)]).toEqual([path, value]);
    }
  });
};

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
    expect(CURRENT_VERSION).toBe(11);
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
    expect(document.settings).toEqual({ ...documentV1.settings, ...V5_SETTINGS, ...V11_SETTINGS });
    expectOffersKept(documentV1.offers, document.offers);
  });

  it('does not change the document it upgrades', () => {
    const input = clone(documentV1);
    const upgraded = migrate(input, 1);
    expect(input).toEqual(documentV1);
    expect(upgraded.version).toBe(CURRENT_VERSION);
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
    expectOffersKept(documentV2.offers.slice(1), document.offers.slice(1));
    expectOffersKept(documentV2.offers.slice(0, 1), document.offers.slice(0, 1), [
      'compensation.costOfLivingIndex',
    ]);
    const { exchangeRates: _rates, ...settings } = document.settings;
    const { exchangeRates: _storedRates, ...storedSettings } = documentV2.settings;
    expect(settings).toEqual({ ...storedSettings, ...V5_SETTINGS, ...V11_SETTINGS });
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

describe('the version 3 → 4 migration (offers as written)', () => {
  const loadV3 = () => {
    const result = parseDocument(clone(documentV3));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };

  it('loads the stored version-3 document as the current version without warnings', () => {
    const { document, warnings } = loadV3();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it("turns each retirement match into the employer's contribution, with no match on top", () => {
    const pay = loadV3().document.offers.map((o) => o.compensation);
    expect(pay.map((c) => c.employerBaseContributionPct)).toEqual([4, 5.5, 4]);
    expect(pay.map((c) => [c.employerMatchPct, c.matchUpToPctOfSalary])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(pay.map((c) => c.retirementMatchCap)).toEqual([9200, null, null]);
    expect(pay.every((c) => !Object.hasOwn(c, 'retirementMatchPct'))).toBe(true);
  });

  it('keeps every other value, and gives the new fields what version 3 meant', () => {
    const { document } = loadV3();
    expectOffersKept(documentV3.offers, document.offers);
    expect(document.settings).toEqual({ ...documentV3.settings, ...V5_SETTINGS, ...V11_SETTINGS });
    for (const offer of document.offers) {
      expect(offer.current).toBe(false);
      expect(offer.compensation).toMatchObject({
        bonusAs: 'percent',
        bonusPayoutPct: 100,
        bonusPayoutLowPct: null,
        bonusPayoutHighPct: null,
        signingBonusYear2: 0,
        relocationClawbackMonths: 0,
      });
    }
  });

  it('pays the same money: $205,000 at 4 % capped at $9,200 is $8,200, then the cap', () => {
    const [northwind] = loadV3().document.offers;
    const retirement = yearlyCompensation(northwind!, { horizonYears: 4 }).map((y) => y.retirement);
    // 205,000 × 4 % = 8,200; × 1.04 = 8,528; 8,869.12; then 9,223.88 → capped at 9,200.
    expect(retirement[0]).toBeCloseTo(8200, 9);
    expect(retirement[1]).toBeCloseTo(8528, 9);
    expect(retirement[2]).toBeCloseTo(8869.12, 9);
    expect(retirement[3]).toBe(9200);
  });

  it('leaves a retirement figure of the wrong type for validation to name at its new path', () => {
    const input = clone(documentV3) as unknown as { offers: { compensation: object }[] };
    input.offers[0]!.compensation = {
      ...input.offers[0]!.compensation,
      retirementMatchPct: 'four',
    };
    const result = parseDocument(input);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'offers[0].compensation.employerBaseContributionPct',
    ]);
  });

  /**
   * Any document version 3 could hold, written as version 3 wrote it: a
   * version 4 document whose new fields are what version 3 meant, with the
   * contribution under its old name.
   */
  const asVersion3 = (document: TradeoffDocument) => ({
    ...document,
    version: 3,
    offers: document.offers.map((offer) => {
      const { current: _current, compensation, ...rest } = offer;
      const {
        bonusAs: _as,
        bonusAmount: _amount,
        bonusPayoutPct: _payout,
        signingBonusYear2: _y2,
        signingBonusYear2ClawbackMonths: _y2Months,
        relocationClawbackMonths: _relocationMonths,
        employerMatchPct: _match,
        matchUpToPctOfSalary: _upTo,
        employerBaseContributionPct,
        ...pay
      } = compensation;
      return { ...rest, compensation: { ...pay, retirementMatchPct: employerBaseContributionPct } };
    }),
  });

  const version3Meaning = (document: TradeoffDocument): TradeoffDocument => ({
    ...document,
    offers: document.offers.map((offer) => ({
      ...offer,
      current: false,
      compensation: {
        ...offer.compensation,
        bonusAs: 'percent',
        bonusAmount: 0,
        bonusPayoutPct: 100,
        bonusPayoutLowPct: null,
        bonusPayoutHighPct: null,
        signingBonusYear2: 0,
        signingBonusYear2ClawbackMonths: 0,
        relocationClawbackMonths: 0,
        employerMatchPct: 0,
        matchUpToPctOfSalary: 0,
      },
    })),
  });

  it('keeps every version-3 document the same in meaning: the same offers, pay and scores', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxOffers: 4 }), (generated) => {
        const meant = version3Meaning(generated);
        const result = parseDocument(JSON.parse(JSON.stringify(asVersion3(meant))));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.document).toEqual(meant);
        result.document.offers.forEach((offer, i) => {
          expect(yearlyCompensation(offer, meant.settings)).toEqual(
            yearlyCompensation(meant.offers[i]!, meant.settings),
          );
        });
        expect(rankOffers(result.document)).toEqual(rankOffers(meant));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the version 4 → 5 migration (after tax)', () => {
  const loadV4 = () => {
    const result = parseDocument(clone(documentV4));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };

  it('loads the stored version-4 document as the current version without warnings', () => {
    const { document, warnings } = loadV4();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it('keeps every value, the current job and the pay as written', () => {
    const { document } = loadV4();
    expectOffersKept(documentV4.offers, document.offers);
    expect(document.offers.map((o) => o.current)).toEqual([false, false, true]);
    expect(document.offers[0]!.compensation).toMatchObject({
      employerMatchPct: 50,
      matchUpToPctOfSalary: 6,
      signingBonusYear2: 20000,
    });
  });

  it('compares before tax, single, from tax year 2026, with no offer taxed', () => {
    const { document } = loadV4();
    const { compareOn, household, taxYear, pricesAsIn, pensionAsSavingsPct, ...rest } =
      document.settings;
    expect({ pricesAsIn, pensionAsSavingsPct }).toEqual(V11_SETTINGS);
    expect({ compareOn, household, taxYear }).toEqual({
      compareOn: 'gross',
      household: 'single',
      taxYear: 2026,
    });
    expect(rest).toEqual(documentV4.settings);
    expect(document.offers.every((offer) => offer.tax === null)).toBe(true);
  });

  it('ranks a version-4 document exactly as version 4 did (on gross pay)', () => {
    const { document } = loadV4();
    const ranking = rankOffers(document);
    // Version 4 ranked on gross; the same document with compareOn spelled out ranks the same.
    const explicit = {
      ...document,
      settings: { ...document.settings, compareOn: 'gross' as const },
    };
    expect(ranking).toEqual(rankOffers(explicit));
    expect(ranking.ranking.map((r) => r.company)).toContain('Northwind');
  });
});

describe('the version 5 → 6 migration (private company equity)', () => {
  const loadV5 = () => {
    const result = parseDocument(clone(documentV5));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };

  it('loads the stored version-5 document as the current version without warnings', () => {
    const { document, warnings } = loadV5();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it('keeps every value, the tax and the settings as written', () => {
    const { document } = loadV5();
    expectOffersKept(documentV5.offers, document.offers);
    expect(document.settings).toEqual({ ...documentV5.settings, ...V11_SETTINGS });
  });

  it("reads every grant as a listed company's, with a 90-day exercise window", () => {
    const { document } = loadV5();
    for (const offer of document.offers) {
      expect(offer.compensation.equity.market).toBe('listed');
      expect(offer.compensation.equity.exerciseWindowDays).toBe(90);
      expect(offer.compensation.equity.private.exits).toEqual([]);
    }
  });

  it('pays a version-5 document exactly as version 5 did (options at the share price)', () => {
    const { document } = loadV5();
    const lumen = document.offers.find((o) => o.company === 'Lumen Labs')!;
    // 40,000 options × 25 % × ($6 × 1.25 − $2.50) = $50,000 in year 1, less the 50 % risk discount.
    expect(yearlyCompensation(lumen, document.settings)[0]!.equity).toBeCloseTo(25_000, 6);
    const northwind = document.offers.find((o) => o.company === 'Northwind')!;
    // $360,000 × 25 % × 1.06, less the 10 % risk discount.
    expect(yearlyCompensation(northwind, document.settings)[0]!.equity).toBeCloseTo(85_860, 6);
  });
});

describe('the version 6 → 7 migration (how unsure the money is)', () => {
  const loadV6 = () => {
    const result = parseDocument(clone(documentV6));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };

  it('loads the stored version-6 document as the current version without warnings', () => {
    const { document, warnings } = loadV6();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it('keeps every value, the private equity and the settings as written', () => {
    const { document } = loadV6();
    expectOffersKept(documentV6.offers, document.offers);
    expect(document.settings).toEqual({ ...documentV6.settings, ...V11_SETTINGS });
  });

  it('gives no offer a range: no share price or bonus payout is unsure', () => {
    const { document } = loadV6();
    for (const { compensation } of document.offers) {
      expect(compensation.bonusPayoutLowPct).toBeNull();
      expect(compensation.bonusPayoutHighPct).toBeNull();
      expect(compensation.equity.sharePriceLow).toBeNull();
      expect(compensation.equity.sharePriceHigh).toBeNull();
    }
  });

  it('changes nothing but the version number, so every figure stays as it was', () => {
    // Every offer of the fixture is rated throughout, so version 8's step changes nothing either.
    const migrated = migrate(clone(documentV6) as never, 6);
    expect(migrated).toEqual({ ...documentV6, version: CURRENT_VERSION });
  });
});

describe('the version 7 → 8 migration (ratings may be not rated)', () => {
  const loadV7 = () => {
    const result = parseDocument(clone(documentV7));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };

  it('loads the stored version-7 document as the current version without warnings', () => {
    const { document, warnings } = loadV7();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it('writes a rating a version-7 offer left out as the 3 it meant, never as not rated', () => {
    const kontor = loadV7().document.offers.find((o) => o.company === 'Kontor')!;
    expect(kontor.culture).toEqual({ manager: 3, team: 3, values: 3 });
    expect(kontor.growth).toEqual({
      learning: 4,
      careerProgression: 3,
      mentorship: 3,
      companyOutlook: 3,
    });
  });

  it('keeps every rating, range and setting a version-7 document held', () => {
    const { document } = loadV7();
    expectOffersKept(documentV7.offers, document.offers);
    expect(document.settings).toEqual({ ...documentV7.settings, ...V11_SETTINGS });
    expect(document.offers[0]!.compensation.bonusPayoutLowPct).toBe(50);
  });

  it('ranks a version-7 document as version 7 read it: a missing rating counted as 3', () => {
    const asVersion7Read = clone(documentV7) as unknown as TradeoffDocument;
    const kontor = asVersion7Read.offers[2]!;
    kontor.culture = { manager: 3, team: 3, values: 3 };
    kontor.growth = { ...kontor.growth, mentorship: 3 };
    const expected = parseDocument({ ...asVersion7Read, version: 7 });
    if (!expected.ok) throw new Error('the filled-in copy did not load');
    expect(rankOffers(loadV7().document)).toEqual(rankOffers(expected.document));
  });
});

describe('the version 8 → 9 migration (the preference stack as a waterfall)', () => {
  const loadV8 = () => {
    const result = parseDocument(clone(documentV8));
    if (!result.ok) throw new Error(`fixture did not load: ${JSON.stringify(result.errors)}`);
    return result;
  };
  const offer = (company: string) => loadV8().document.offers.find((o) => o.company === company)!;
  const equityByYear = (company: string) =>
    yearlyCompensation(offer(company), { horizonYears: 4 }).map((row) => row.equity);

  it('loads the stored version-8 document as the current version without warnings', () => {
    const { document, warnings } = loadV8();
    expect(document.version).toBe(CURRENT_VERSION);
    expect(warnings).toEqual([]);
  });

  it('keeps every value, and reads each private grant as one series, an acquisition, vesting on', () => {
    const { document } = loadV8();
    expectOffersKept(documentV8.offers, document.offers);
    expect(document.settings).toEqual({ ...documentV8.settings, ...V11_SETTINGS });
    for (const { compensation } of document.offers) {
      const p = compensation.equity.private;
      expect([p.series, p.roundPriceGrowthPct, p.onAcquisition, p.rsuKeptAfterLeaving]).toEqual([
        [],
        0,
        'vest',
        null,
      ]);
      expect(p.exits.every((e) => e.kind === 'acquisition')).toBe(true);
    }
  });

  it('changes nothing but the version number', () => {
    expect(migrate(clone(documentV8) as never, 8)).toEqual({
      ...documentV8,
      version: CURRENT_VERSION,
    });
  });

  it('pays Quarry as the waterfall does: the point of format 9', () => {
    // 20,000,000 shares, $60M at $6 (10,000,000 preferred), 10 % dilution by rounds at $6: by year 4
    // 30,483,158 shares. $200M is $6.561 a share, over $6, so all convert: 50,000 × $6.561 − $100,000 =
    // $228,050 (version 8: $140M × 0.25 % × 0.9^4 − $100,000 = $129,635); $1B: $32.805 a share,
    // $1,540,250 (version 8: $1,441,835). Year 4: 40 % × $228,050 + 10 % × $1,540,250.
    expect(equityByYear('Quarry')[3]).toBeCloseTo(245_245, 4);
  });

  it('counts Tessel’s risk once: its chances carry it, the 25 % discount no longer applies on top', () => {
    // No preferred price: the old rule, ($200M − $40M) × 0.4 % − $40,000 = $600,000 at 50 %; 75 %
    // vested by year 3: $225,000 (version 8, less 25 %: $168,750), then 25 %: $75,000.
    expect(equityByYear('Tessel')).toEqual([0, 0, 225_000, 75_000]);
  });

  it('pays every listed grant exactly as version 8 did', () => {
    // Northwind: $360,000 of RSUs, 25 % in year 1 at 6 % growth, less its 10 % risk discount.
    expect(equityByYear('Northwind')[0]).toBeCloseTo(85_860, 6);
  });

  it('ranks as version 8 did but for Quarry and Tessel, the two the new rules are about', () => {
    // Version 8's reading, in version 9's terms: Quarry with no preferred price (no conversion, no
    // preference in later rounds) and Tessel at 75 % of its chance (the discount on top).
    const asVersion8 = clone(documentV8);
    const [quarry, tessel] = [3, 4].map((i) => asVersion8.offers[i]!.compensation.equity.private);
    quarry!.preferredPrice = 0;
    tessel!.exits[0]!.pct = 37.5;
    const read = parseDocument({ ...asVersion8, version: 8 });
    if (!read.ok) throw new Error('the version-8 reading did not load');
    const v8 = read.document.offers.find((o) => o.company === 'Quarry')!;
    // 40 % × $129,635 + 10 % × $1,441,835 in year 4, as version 8 paid it.
    expect(yearlyCompensation(v8, { horizonYears: 4 })[3]!.equity).toBeCloseTo(196_037.5, 4);
    const order = (ranking: ReturnType<typeof rankOffers>) =>
      ranking.ranking.map((r) => [r.company, r.rank]);
    const now = rankOffers(loadV8().document);
    const before = rankOffers(read.document);
    const others = (ranking: ReturnType<typeof rankOffers>) =>
      order(ranking).filter(([company]) => company !== 'Quarry' && company !== 'Tessel');
    expect(others(now)).toEqual(others(before));
    const changed = now.ranking
      .filter((r) => {
        const old = before.ranking.find((b) => b.offerId === r.offerId)!;
        return Math.abs(old.factors.compensation - r.factors.compensation) > 1e-9;
      })
      .map((r) => r.company);
    expect(changed.sort()).toEqual(['Quarry', 'Tessel']);
  });
});

describe('the version 9 → 10 migration (the kind of a startup’s options)', () => {
  it('reads a version-9 document with every option kind not given, and ranks it as version 9 did', () => {
    const result = parseDocument(clone(documentV9));
    if (!result.ok) throw new Error('the version-9 fixture did not load');
    const { document } = result;
    expect(document.version).toBe(CURRENT_VERSION);
    for (const offer of document.offers)
      expect(offer.compensation.equity.private.optionType).toBeNull();
    // Every field a version-9 document held is read back as it was.
    const asStored = clone(document) as unknown as { version: number };
    asStored.version = 9;
    const { offers, settings } = asStored as unknown as typeof documentV9;
    const withoutType = offers.map((offer) => {
      const { optionType: _optionType, ...rest } = offer.compensation.equity
        .private as typeof offer.compensation.equity.private & { optionType?: unknown };
      const {
        healthCostsPerYear: _health,
        costOfLivingFrom: _from,
        ...compensation
      } = offer.compensation as typeof offer.compensation & {
        healthCostsPerYear?: unknown;
        costOfLivingFrom?: unknown;
      };
      return {
        ...offer,
        compensation: {
          ...compensation,
          equity: { ...offer.compensation.equity, private: rest },
        },
      };
    });
    expect(withoutType).toEqual(documentV9.offers);
    expect(settings).toEqual({ ...documentV9.settings, ...V11_SETTINGS });
    // Nothing the ranking reads has moved: the option kind only reaches Leave early.
    const asRead = rankOffers(document).ranking.map((r) => [r.company, r.rank, r.total]);
    const asVersion9 = rankOffers({
      ...document,
      offers: document.offers.map((o) => ({
        ...o,
        compensation: {
          ...o.compensation,
          equity: {
            ...o.compensation.equity,
            private: { ...o.compensation.equity.private, optionType: 'iso' as const },
          },
        },
      })),
    }).ranking.map((r) => [r.company, r.rank, r.total]);
    expect(asRead).toEqual(asVersion9);
  });
});

describe('the version 10 → 11 migration (health costs, price places, pensions)', () => {
  it('reads a version-10 document with no health costs, every index typed, no price place, no pension counted, and ranks it as version 10 did', () => {
    const result = parseDocument(clone(documentV10));
    if (!result.ok) throw new Error('the version-10 fixture did not load');
    const { document, warnings } = result;
    expect(warnings).toEqual([]);
    expect(document.version).toBe(CURRENT_VERSION);
    expect(document.settings).toEqual({ ...documentV10.settings, ...V11_SETTINGS });
    for (const offer of document.offers) {
      expect(offer.compensation.healthCostsPerYear).toBe(0);
      expect(offer.compensation.costOfLivingFrom).toBeNull();
    }
    expectOffersKept(documentV10.offers, document.offers);
    // The fixture compares after tax with four tax places; its ranking and totals as version 10
    // worked them out (read from the version-10 code before this step was added).
    const ranking = rankOffers(document, ALL_TAX_RULES).ranking;
    expect(ranking.map((r) => [r.company, r.rank, Math.round(r.total * 100) / 100])).toEqual([
      ['Northwind', 1, 77.38],
      ['Fieldnote', 2, 74.73],
      ['Lumen Labs', 3, 66.61],
      ['Kontor', 4, 62.46],
    ]);
  });
});
