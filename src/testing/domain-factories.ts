import fc from 'fast-check';
import {
  CURRENT_VERSION,
  MAX_OFFERS,
  MONEY_LIMIT,
  OFFER_STATUSES,
  FORMAT,
  TAX_PLACE_OPTIONS,
  createOffer,
  createSettings,
  type Compensation,
  type CriterionWeights,
  type Equity,
  type Offer,
  type PrivateEquity,
  type Settings,
  type TradeoffDocument,
  type Weights,
} from '../domain';

/**
 * Small builders for domain tests: each starts from the schema's defaults
 * (through the domain's own factory, so fields added by later format versions
 * come along) and applies only the overrides a test cares about.
 */

export interface CompensationOverrides extends Partial<Omit<Compensation, 'equity'>> {
  /** The private company's figures merge with the defaults, so later versions' fields come along. */
  equity?: Partial<Omit<Equity, 'private'>> & { private?: Partial<PrivateEquity> };
}

export interface OfferOverrides extends Partial<
  Omit<Offer, 'compensation' | 'growth' | 'culture' | 'workLife'>
> {
  compensation?: CompensationOverrides;
  growth?: Partial<Offer['growth']>;
  culture?: Partial<Offer['culture']>;
  workLife?: Partial<Offer['workLife']>;
}

let offerCount = 0;
const RATED_3 = {
  growth: { learning: 3, careerProgression: 3, mentorship: 3, companyOutlook: 3 },
  culture: { manager: 3, team: 3, values: 3 },
} as const;

/**
 * A valid offer with schema defaults, rated 3 everywhere (a new offer in the
 * app starts "not rated"; tests of that say so); ids are `offer-1`,
 * `offer-2`, … unless given.
 */
export const makeOffer = (overrides: OfferOverrides = {}): Offer => {
  offerCount += 1;
  const { compensation = {}, growth, culture, workLife, ...rest } = overrides;
  const { equity, ...pay } = compensation;
  const base = createOffer({ id: `offer-${offerCount}`, company: `Company ${offerCount}` });
  return {
    ...base,
    ...rest,
    compensation: {
      ...base.compensation,
      ...pay,
      equity: {
        ...base.compensation.equity,
        ...equity,
        private: { ...base.compensation.equity.private, ...equity?.private },
      },
    },
    growth: { ...RATED_3.growth, ...growth },
    culture: { ...RATED_3.culture, ...culture },
    workLife: { ...base.workLife, flexibility: 3, ...workLife },
  };
};

/**
 * A startup offer, "Lumen": $150,000 (no raises) and 50,000 options at a $2
 * strike in a private company of 10,000,000 fully diluted shares (preferred
 * $6, 409A $1.50, no dilution, a $60M preference ahead of common); the whole
 * grant vests in year 1 (no cliff). `privateEquity` changes the company's
 * side: its exits (none unless given), preference, prices; `rest` the other
 * sections (e.g. workLife).
 */
export const makeStartupOffer = (
  privateEquity: Partial<PrivateEquity> = {},
  rest: Omit<OfferOverrides, 'compensation'> = {},
): Offer =>
  makeOffer({
    ...rest,
    id: 'lumen',
    company: 'Lumen',
    compensation: {
      baseSalary: 150_000,
      annualRaisePct: 0,
      equity: {
        kind: 'options',
        market: 'private',
        shares: 50_000,
        strikePrice: 2,
        cliffMonths: 0,
        vestingSchedule: [100],
        private: {
          fullyDilutedShares: 10_000_000,
          preferredPrice: 6,
          commonPrice: 1.5,
          dilutionPct: 0,
          preference: 60_000_000,
          exits: [],
          series: [],
          roundPriceGrowthPct: 0,
          onAcquisition: 'vest',
          accelerationPct: 100,
          rsuKeptAfterLeaving: null,
          rsuKeptYears: 1,
          optionType: null,
          ...privateEquity,
        },
      },
    },
  });

export interface SettingsOverrides extends Partial<Omit<Settings, 'weights' | 'criterionWeights'>> {
  weights?: Partial<Weights>;
  criterionWeights?: { [F in keyof CriterionWeights]?: Partial<CriterionWeights[F]> };
}

/** Default settings with some fields replaced; weights merge one factor at a time. */
export const makeSettings = (overrides: SettingsOverrides = {}): Settings => {
  const { weights, criterionWeights = {}, ...rest } = overrides;
  const base = createSettings();
  return {
    ...base,
    ...rest,
    weights: { ...base.weights, ...weights },
    criterionWeights: {
      growth: { ...base.criterionWeights.growth, ...criterionWeights.growth },
      culture: { ...base.criterionWeights.culture, ...criterionWeights.culture },
      workLife: { ...base.criterionWeights.workLife, ...criterionWeights.workLife },
    },
  };
};

export interface DocumentOverrides {
  settings?: SettingsOverrides;
  offers?: Offer[];
}

/** A current-version document holding the given offers. */
export const makeDocument = ({
  settings,
  offers = [],
}: DocumentOverrides = {}): TradeoffDocument => ({
  format: FORMAT,
  version: CURRENT_VERSION,
  settings: makeSettings(settings),
  offers,
});

/*
 * fast-check arbitraries of VALID data, built from the schema's bounds, for
 * property tests. Amounts lean towards everyday values but reach the limits.
 */

/** JSON cannot carry -0, so generated documents normalise it to 0 (−0 + 0 is +0). */
const withoutNegativeZero = (x: number) => x + 0;

const real = (min: number, max: number, excluded: { min?: boolean; max?: boolean } = {}) =>
  fc
    .double({ min, max, noNaN: true, minExcluded: excluded.min, maxExcluded: excluded.max })
    .map(withoutNegativeZero);

const money = () =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 1_000_000 }), weight: 3 },
    { arbitrary: real(0, MONEY_LIMIT, { max: true }), weight: 1 },
  );

/** A rating, or not rated (version 8). */
const rating = () => fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });

const trimmedText = (minLength: number, maxLength: number) =>
  fc
    .oneof(
      fc.string({ maxLength }),
      fc.constantFrom('Acme', 'acme', 'Émile & Zoë', 'Beta', '北京科技'),
    )
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength);

/** Whole percentages adding up to exactly 100 over 1 to 6 years, or a fractional split. */
const vestingSchedule = () =>
  fc.oneof(
    fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 5 }).map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 100];
      return points.slice(1).map((point, i) => point - (points[i] ?? 0));
    }),
    fc.constant(null).map(() => [33.33, 33.33, 33.34]),
  );

const isoDate = () =>
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString());

const currency = () => fc.constantFrom('USD', 'EUR', 'GBP');

/**
 * A range around `expected` (version 7): each end not given (null) or on its
 * own side, the high end at most `max`.
 */
const rangeAround = (expected: number, max: number, low: number | null, high: number | null) => ({
  low: low === null ? null : expected * low,
  high:
    high === null ? null : Math.max(expected, Math.min(max, expected + (max - expected) * high)),
});
const rangeFraction = () => fc.option(real(0, 1), { nil: null });

const equity = (): fc.Arbitrary<Equity> =>
  fc
    .record({
      kind: fc.constantFrom('none', 'rsu', 'options'),
      grantValue: money(),
      shares: money(),
      strikePrice: money(),
      sharePrice: money(),
      vestingSchedule: vestingSchedule(),
      cliffMonths: fc.integer({ min: 0, max: 24 }),
      annualRefresher: money(),
      expectedGrowthPct: real(-100, 200, { min: true }),
      riskDiscountPct: real(0, 100),
      exerciseWindowDays: fc.integer({ min: 0, max: 3650 }),
      market: fc.constantFrom('listed', 'private'),
      private: privateEquity(),
      lowAt: rangeFraction(),
      highAt: rangeFraction(),
    })
    .map(({ lowAt, highAt, ...e }) => {
      // Just below the limit: money must stay under 1e12.
      const { low, high } = rangeAround(e.sharePrice, MONEY_LIMIT * 0.999, lowAt, highAt);
      return { ...e, sharePriceLow: low, sharePriceHigh: high };
    });

/** Up to three exit scenarios whose chances add up to at most 100 % (version 6). */
const exits = () =>
  fc
    .array(
      fc.record({
        label: trimmedText(0, 80),
        value: money(),
        year: fc.integer({ min: 1, max: 10 }),
        pct: fc.integer({ min: 0, max: 100 }),
        kind: fc.constantFrom('acquisition', 'ipo'),
      }),
      { maxLength: 3 },
    )
    .map((list) => {
      let left = 100;
      return list.map((exit) => {
        const pct = Math.min(exit.pct, left);
        left -= pct;
        return { ...exit, pct };
      });
    });

const privateEquity = () =>
  fc.record({
    fullyDilutedShares: money(),
    preferredPrice: money(),
    commonPrice: money(),
    dilutionPct: real(0, 90),
    preference: money(),
    exits: exits(),
    series: fc.array(series(), { maxLength: 3 }),
    roundPriceGrowthPct: real(-50, 200),
    onAcquisition: fc.constantFrom('vest', 'accelerate', 'cancel'),
    accelerationPct: real(0, 100),
    rsuKeptAfterLeaving: fc.constantFrom(null, 'yes', 'no', 'years'),
    rsuKeptYears: fc.integer({ min: 1, max: 10 }),
    optionType: fc.constantFrom(null, 'nso', 'iso'),
  });

/** A preferred series (version 9); a capped one's cap at least its multiple. */
const series = () =>
  fc
    .record({
      name: trimmedText(0, 80),
      invested: money(),
      price: money(),
      shares: fc.option(money(), { nil: null }),
      multiple: real(1, 3),
      participation: fc.constantFrom('none', 'full', 'capped'),
      capMultiple: real(1, 10),
    })
    .map((s) => ({ ...s, capMultiple: Math.max(s.capMultiple, s.multiple) }));

const compensation = (): fc.Arbitrary<CompensationOverrides> =>
  fc
    .record({
      baseSalary: money(),
      annualRaisePct: real(-50, 100),
      bonusAs: fc.constantFrom('percent', 'amount'),
      bonusTargetPct: real(0, 500),
      bonusAmount: money(),
      bonusPayoutPct: real(0, 300),
      signingBonus: money(),
      signingBonusClawbackMonths: fc.integer({ min: 0, max: 36 }),
      signingBonusYear2: money(),
      signingBonusYear2ClawbackMonths: fc.integer({ min: 0, max: 48 }),
      relocation: money(),
      relocationClawbackMonths: fc.integer({ min: 0, max: 36 }),
      employerMatchPct: real(0, 300),
      matchUpToPctOfSalary: real(0, 100),
      employerBaseContributionPct: real(0, 100),
      retirementMatchCap: fc.option(money(), { nil: null }),
      benefitsValue: money(),
      costOfLivingIndex: real(10, 1000),
      equity: equity(),
      lowAt: rangeFraction(),
      highAt: rangeFraction(),
    })
    .map(({ lowAt, highAt, ...c }) => {
      const { low, high } = rangeAround(c.bonusPayoutPct, 300, lowAt, highAt);
      return { ...c, bonusPayoutLowPct: low, bonusPayoutHighPct: high };
    });

/** Any offer the schema accepts, already in its parsed form (trimmed text, no -0). */
export const arbitraryOffer = (): fc.Arbitrary<Offer> =>
  fc
    .record({
      id: fc.oneof(fc.uuid(), trimmedText(1, 12)),
      company: trimmedText(1, 80),
      role: trimmedText(0, 80),
      location: trimmedText(0, 80),
      currency: currency(),
      status: fc.constantFrom(...OFFER_STATUSES),
      deadline: fc.option(
        isoDate().map((iso) => iso.slice(0, 10)),
        { nil: null },
      ),
      notes: fc.string({ maxLength: 5000 }),
      // No tax, a built-in place, or an own rate, as the form saves them (version 5).
      tax: fc.oneof(
        fc.constant(null),
        fc
          .constantFrom(...TAX_PLACE_OPTIONS.map((o) => o.value))
          .map((place) => ({ place, effectiveRatePct: null })),
        real(0, 95).map((effectiveRatePct) => ({ place: null, effectiveRatePct })),
      ),
      compensation: compensation(),
      growth: fc.record({
        learning: rating(),
        careerProgression: rating(),
        mentorship: rating(),
        companyOutlook: rating(),
      }),
      culture: fc.record({ manager: rating(), team: rating(), values: rating() }),
      workLife: fc.record({
        hoursPerWeek: real(0, 168),
        ptoDays: real(0, 365),
        officeDaysPerWeek: real(0, 7),
        commuteMinutes: real(0, 600),
        flexibility: rating(),
      }),
      createdAt: isoDate(),
      updatedAt: isoDate(),
    })
    .map(makeOffer);

const weight = () => fc.oneof(fc.integer({ min: 0, max: 100 }), real(0, 100));

export const arbitrarySettings = (): fc.Arbitrary<Settings> =>
  fc
    .record({
      currency: fc.constantFrom('USD', 'EUR'),
      horizonYears: fc.integer({ min: 1, max: 6 }),
      weights: fc.record({
        compensation: weight(),
        growth: weight(),
        culture: weight(),
        workLife: weight(),
      }),
      criterionWeights: fc.record({
        growth: fc.record({
          learning: weight(),
          careerProgression: weight(),
          mentorship: weight(),
          companyOutlook: weight(),
        }),
        culture: fc.record({ manager: weight(), team: weight(), values: weight() }),
        workLife: fc.record({
          hours: weight(),
          timeOff: weight(),
          commute: weight(),
          flexibility: weight(),
        }),
      }),
      exchangeRates: fc.dictionary(currency(), real(0.000001, 1e6, { max: true }), {
        maxKeys: 3,
      }),
    })
    .map(makeSettings);

export interface ArbitraryDocumentOptions {
  /** Keep small for speed; the schema allows up to MAX_OFFERS. */
  maxOffers?: number;
}

/** Any document the schema accepts, in its parsed form, with unique offer ids. */
export const arbitraryDocument = ({
  maxOffers = 6,
}: ArbitraryDocumentOptions = {}): fc.Arbitrary<TradeoffDocument> =>
  fc
    .record({
      settings: arbitrarySettings(),
      offers: fc.uniqueArray(arbitraryOffer(), {
        maxLength: Math.min(maxOffers, MAX_OFFERS),
        selector: (offer) => offer.id,
      }),
      // The schema allows one current job: sometimes one of the offers is it.
      currentAt: fc.option(fc.nat({ max: Math.max(0, maxOffers - 1) }), { nil: null }),
    })
    .map(({ settings, offers, currentAt }) => ({
      format: FORMAT,
      version: CURRENT_VERSION,
      settings,
      offers: offers.map((offer, i) => (i === currentAt ? { ...offer, current: true } : offer)),
    }));
