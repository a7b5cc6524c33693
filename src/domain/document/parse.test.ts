import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { CURRENT_VERSION, describeError, parseDocument, type ParseResult } from '..';

type Json = Record<string, unknown>;

/** A valid document as it would arrive from storage or a file: plain JSON. */
const rawDocument = (offerCount = 3): Json =>
  JSON.parse(
    JSON.stringify(
      makeDocument({
        offers: Array.from({ length: offerCount }, (_, i) =>
          makeOffer({ id: `id-${i}`, company: `Company ${i}` }),
        ),
      }),
    ),
  ) as Json;

/** The raw document with one value replaced (or added) at a path. */
const rawWith = (path: readonly (string | number)[], value: unknown): Json => {
  const document = rawDocument();
  let node = document as Record<string | number, unknown>;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1] ?? ''] = value;
  return document;
};

const errorsOf = (result: ParseResult) => (result.ok ? [] : result.errors.map(describeError));

const documentOf = (result: ParseResult) => {
  if (!result.ok) throw new Error(`expected ok, got ${errorsOf(result).join('; ')}`);
  return result.document;
};

describe('parseDocument: accepting', () => {
  it('keeps a complete valid document as it is, without warnings', () => {
    const raw = rawDocument();
    const result = parseDocument(raw);
    expect(result).toEqual({ ok: true, document: raw, warnings: [] });
  });

  it('fills default settings and no offers into a bare document', () => {
    const document = documentOf(parseDocument({ format: 'tradeoff', version: CURRENT_VERSION }));
    expect(document.offers).toEqual([]);
    expect(document.settings).toEqual({
      currency: 'USD',
      horizonYears: 4,
      weights: { compensation: 40, growth: 25, culture: 15, workLife: 20 },
      criterionWeights: {
        growth: { learning: 1, careerProgression: 1, mentorship: 1, companyOutlook: 1 },
        culture: { manager: 1, team: 1, values: 1 },
        workLife: { hours: 1, timeOff: 1, commute: 1, flexibility: 1 },
      },
      exchangeRates: {},
      compareOn: 'gross',
      household: 'single',
      taxYear: 2026,
      pricesAsIn: null,
      pensionAsSavingsPct: 0,
    });
  });

  it('fills every missing optional field of an offer with its default', () => {
    const result = parseDocument({
      format: 'tradeoff',
      version: CURRENT_VERSION,
      offers: [{ id: 'a', company: 'Acme' }],
    });
    const [offer] = documentOf(result).offers;
    expect(offer).toMatchObject({
      role: '',
      location: '',
      currency: 'USD',
      status: 'considering',
      deadline: null,
      notes: '',
      // Version 8: a rating left out is not rated.
      growth: { learning: null, careerProgression: null, mentorship: null, companyOutlook: null },
      culture: { manager: null, team: null, values: null },
      workLife: {
        hoursPerWeek: 40,
        ptoDays: 25,
        officeDaysPerWeek: 3,
        commuteMinutes: 30,
        flexibility: null,
      },
      createdAt: '1970-01-01T00:00:00.000Z',
      updatedAt: '1970-01-01T00:00:00.000Z',
    });
    expect(offer?.compensation).toMatchObject({
      baseSalary: 0,
      annualRaisePct: 3,
      retirementMatchCap: null,
      costOfLivingIndex: 100,
      equity: { kind: 'none', vestingSchedule: [25, 25, 25, 25], cliffMonths: 12 },
    });
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("gives an offer without a currency the document's display currency", () => {
    const result = parseDocument({
      format: 'tradeoff',
      version: CURRENT_VERSION,
      settings: { currency: 'EUR' },
      offers: [
        { id: 'a', company: 'Acme' },
        { id: 'b', company: 'Beta', currency: 'GBP' },
      ],
    });
    expect(documentOf(result).offers.map((o) => o.currency)).toEqual(['EUR', 'GBP']);
  });

  it('drops unknown fields and warns about each one', () => {
    const raw = rawWith(['theme'], 'dark');
    (raw.settings as Json).locale = 'de';
    const offers = raw.offers as Json[];
    (offers[1] as Json).colour = 'red';
    ((offers[0]?.compensation as Json).equity as Json).ticker = 'ACME';
    const result = parseDocument(raw);
    expect(result.ok && result.warnings).toEqual([
      'Unknown field dropped: settings.locale',
      'Unknown field dropped: offers[0].compensation.equity.ticker',
      'Unknown field dropped: offers[1].colour',
      'Unknown field dropped: theme',
    ]);
    const document = documentOf(result);
    expect(document).not.toHaveProperty('theme');
    expect(document.offers[1]).not.toHaveProperty('colour');
  });

  it('trims the company name', () => {
    const document = documentOf(parseDocument(rawWith(['offers', 0, 'company'], '  Acme  ')));
    expect(document.offers[0]?.company).toBe('Acme');
  });

  it('accepts limits exactly: 80-character company, 5,000-character notes, 200 offers', () => {
    const padded = `  ${'c'.repeat(80)}  `; // 84 characters before trimming
    expect(parseDocument(rawWith(['offers', 0, 'company'], padded)).ok).toBe(true);
    expect(parseDocument(rawWith(['offers', 0, 'notes'], 'n'.repeat(5000))).ok).toBe(true);
    expect(parseDocument(rawDocument(200)).ok).toBe(true);
  });
});

describe('parseDocument: rejecting', () => {
  it('names the path and the problem of an out-of-range value', () => {
    const result = parseDocument(rawWith(['offers', 2, 'compensation', 'baseSalary'], -1));
    expect(result).toEqual({
      ok: false,
      reason: 'invalid',
      errors: [{ path: 'offers[2].compensation.baseSalary', message: 'must be ≥ 0' }],
    });
    expect(errorsOf(result)).toEqual(['offers[2].compensation.baseSalary: must be ≥ 0']);
  });

  it.each<[string, (string | number)[], unknown, string]>([
    ['NaN', ['offers', 0, 'compensation', 'bonusTargetPct'], NaN, 'must be a finite number'],
    [
      'Infinity',
      ['offers', 0, 'compensation', 'benefitsValue'],
      Infinity,
      'must be a finite number',
    ],
    ['-Infinity', ['offers', 1, 'workLife', 'ptoDays'], -Infinity, 'must be a finite number'],
    ['a string', ['offers', 0, 'compensation', 'baseSalary'], '120000', 'must be a number'],
    ['null', ['offers', 0, 'compensation', 'baseSalary'], null, 'must be a number'],
    ['a string rating', ['offers', 0, 'growth', 'learning'], '4', 'must be a number'],
  ])('rejects %s where a number belongs', (_, path, value, message) => {
    const result = parseDocument(rawWith(path, value));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({
      path: path.join('.').replace(/\.(\d+)/g, '[$1]'),
      message,
    });
  });

  it.each<[(string | number)[], unknown, string]>([
    [['offers', 0, 'compensation', 'signingBonus'], 1e12, 'must be less than 1,000,000,000,000'],
    [['offers', 0, 'compensation', 'annualRaisePct'], -51, 'must be ≥ -50'],
    [['offers', 0, 'compensation', 'costOfLivingIndex'], 5, 'must be ≥ 10'],
    [['offers', 0, 'compensation', 'equity', 'expectedGrowthPct'], -100, 'must be more than -100'],
    [['offers', 0, 'compensation', 'equity', 'cliffMonths'], 25, 'must be ≤ 24'],
    [['offers', 0, 'compensation', 'equity', 'vestingSchedule'], [50, 40], 'must add up to 100 %'],
    [['offers', 0, 'compensation', 'equity', 'kind'], 'warrants', 'must be one of'],
    [['offers', 0, 'growth', 'mentorship'], 6, 'must be ≤ 5'],
    [['offers', 0, 'culture', 'team'], 2.5, 'must be a whole number'],
    [['offers', 0, 'status'], 'maybe', 'must be one of'],
    [['offers', 0, 'deadline'], '2026-02-30', 'must be a date like 2026-12-10'],
    [['offers', 0, 'currency'], 'usd', 'must be a three-letter currency code'],
    [['offers', 0, 'company'], '   ', 'is required'],
    [['offers', 0, 'company'], 'c'.repeat(81), 'must be at most 80 characters'],
    [['offers', 0, 'role'], 'r'.repeat(81), 'must be at most 80 characters'],
    [['offers', 0, 'notes'], 'n'.repeat(5001), 'must be at most 5,000 characters'],
    [['offers', 0, 'id'], '', 'must not be empty'],
    [['settings', 'horizonYears'], 7, 'must be ≤ 6'],
    [['settings', 'weights', 'growth'], 101, 'must be ≤ 100'],
    [['settings', 'exchangeRates', 'EUR'], 0, 'must be ≥ 0.000001'],
  ])('rejects %j = %j: "%s"', (path, value, message) => {
    const result = parseDocument(rawWith(path, value));
    const expectedPath = path.join('.').replace(/\.(\d+)/g, '[$1]');
    expect(result.ok).toBe(false);
    const error = !result.ok ? result.errors.find((e) => e.path === expectedPath) : undefined;
    expect(error?.message).toContain(message);
  });

  it('rejects duplicate ids, also when they only differ by surrounding spaces', () => {
    const duplicated = rawWith(['offers', 2, 'id'], 'id-0');
    expect(!parseDocument(duplicated).ok && errorsOf(parseDocument(duplicated))).toEqual([
      'offers[2].id: duplicates the id of an earlier offer ("id-0")',
    ]);
    expect(parseDocument(rawWith(['offers', 1, 'id'], ' id-0 ')).ok).toBe(false);
  });

  it('rejects more than 200 offers', () => {
    expect(errorsOf(parseDocument(rawDocument(201)))).toEqual([
      'offers: can hold at most 200 offers',
    ]);
  });

  it('rejects something that is not a Tradeoff document', () => {
    expect(errorsOf(parseDocument({ format: 'other', version: 1 }))[0]).toMatch(/^format: /);
    expect(errorsOf(parseDocument({ version: 1 }))[0]).toMatch(/^format: /);
  });

  it.each([0, -1, 1.5, '1', null, undefined])('rejects version %j', (version) => {
    const result = parseDocument({ format: 'tradeoff', version });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(errorsOf(result)[0]).toMatch(/^version: /);
  });

  it('refuses data from a newer version and leaves it untouched', () => {
    const raw = rawWith(['version'], CURRENT_VERSION + 1);
    const before = structuredClone(raw);
    const result = parseDocument(raw);
    expect(result).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(result).not.toHaveProperty('document');
    expect(errorsOf(result)[0]).toMatch(/^version: .*newer version/);
    expect(raw).toEqual(before);
  });
});

describe('parseDocument never throws', () => {
  const throwing = {
    get format(): string {
      throw new Error('boom');
    },
  };
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  );

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', '{"format":"tradeoff"}'],
    ['an array', [{ format: 'tradeoff', version: 1 }]],
    ['an empty object', {}],
    ['offers that are not a list', { format: 'tradeoff', version: CURRENT_VERSION, offers: 7 }],
    [
      'an offer that is not an object',
      { format: 'tradeoff', version: CURRENT_VERSION, offers: [7] },
    ],
    ['a getter that throws', throwing],
    ['a proxy that throws', hostile],
  ])('returns an error for %s', (_, input) => {
    let result: ParseResult | undefined;
    expect(() => (result = parseDocument(input))).not.toThrow();
    expect(result?.ok).toBe(false);
    expect(!result?.ok && result?.errors.length).toBeGreaterThan(0);
  });
});

describe('parseDocument: vesting schedule sums', () => {
  const withSchedule = (schedule: number[]) =>
    rawWith(['offers', 0, 'compensation', 'equity', 'vestingSchedule'], schedule);

  // 33.33 * 3 adds up to 99.99 plus a floating-point hair more than 0.01 away from 100.
  it.each([[[33.33, 33.33, 33.33]], [[99.99]], [[99.995]], [[50, 50.01]]])(
    'accepts %j, which adds up to 100 within 0.01',
    (schedule) => {
      expect(parseDocument(withSchedule(schedule)).ok).toBe(true);
    },
  );

  it.each([[[99.98]], [[33.33, 33.33, 33.32]], [[50, 50.02]]])(
    'rejects %j, which is more than 0.01 away from 100',
    (schedule) => {
      expect(errorsOf(parseDocument(withSchedule(schedule)))).toEqual([
        'offers[0].compensation.equity.vestingSchedule: must add up to 100 %',
      ]);
    },
  );
});

describe('parseDocument: the money ranges (version 7)', () => {
  const withRanges = (compensation: object, equity: object = {}) => {
    const raw = rawDocument() as { offers: { compensation: Record<string, unknown> }[] };
    const c = raw.offers[0]!.compensation;
    Object.assign(c, compensation);
    c.equity = { ...(c.equity as object), ...equity };
    return raw as unknown as Json;
  };

  it('accepts a bonus payout and a share price range around the expected figure', () => {
    const document = documentOf(
      parseDocument(
        withRanges(
          { bonusPayoutPct: 90, bonusPayoutLowPct: 50, bonusPayoutHighPct: 120 },
          { sharePrice: 6, sharePriceLow: 3, sharePriceHigh: 6 },
        ),
      ),
    );
    const c = document.offers[0]!.compensation;
    expect([c.bonusPayoutLowPct, c.bonusPayoutHighPct]).toEqual([50, 120]);
    expect([c.equity.sharePriceLow, c.equity.sharePriceHigh]).toEqual([3, 6]);
  });

  it('says in words which end lies on the wrong side of the expected figure', () => {
    expect(
      errorsOf(parseDocument(withRanges({ bonusPayoutPct: 90, bonusPayoutLowPct: 95 }))),
    ).toEqual([
      'offers[0].compensation.bonusPayoutLowPct: must be at most the expected bonus payout (90 %)',
    ]);
    expect(errorsOf(parseDocument(withRanges({}, { sharePrice: 6, sharePriceHigh: 5 })))).toEqual([
      'offers[0].compensation.equity.sharePriceHigh: must be at least the share price (6)',
    ]);
  });
});
