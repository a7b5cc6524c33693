import * as z from 'zod/mini';
import { lazily } from './lazily';
import { EXIT_KINDS, PARTICIPATION } from '../pay/waterfall';

/**
 * The document (format version 10): the one JSON shape that localStorage
 * keeps, Export writes and Import reads (docs/data-format.md). Types are inferred from here.
 */

export const FORMAT = 'tradeoff' as const;
/**
 * 2 added `compensation.signingBonusClawbackMonths`; 3 bounded the cost of
 * living index and exchange rates to what a real offer can have; 4 wrote
 * offers as offer letters state them (retirement match up to a share of
 * salary, bonus as an amount and its expected payout, a second-year signing
 * bonus, clawbacks) and marked the current job; 5 added comparing after tax
 * (`settings.compareOn`, `household`, `taxYear`, each offer's `tax`); 6 added
 * private-company equity (`equity.market`, `equity.private`) and the options'
 * exercise window; 7 added how unsure the money is (`equity.sharePriceLow`,
 * `sharePriceHigh`, `bonusPayoutLowPct`, `bonusPayoutHighPct`); 8 let a rating
 * be "not rated" (`null`, what a new offer starts with; see migrations.ts); 9
 * made a private company's preference a stack of series that pays out as a
 * waterfall, with later rounds, IPO or acquisition (`equity.private.series`,
 * `roundPriceGrowthPct`, `onAcquisition`, `accelerationPct`, each exit's `kind`);
 * 10 added the kind of a private company's options (`equity.private.optionType`),
 * for the tax on buying them after leaving.
 */
export const CURRENT_VERSION = 11 as const;

export const MONEY_LIMIT = 1e12;
export const MAX_OFFERS = 200;

export const FACTORS = ['compensation', 'growth', 'culture', 'workLife'] as const;
export type Factor = (typeof FACTORS)[number];

export const CRITERIA = {
  growth: ['learning', 'careerProgression', 'mentorship', 'companyOutlook'],
  culture: ['manager', 'team', 'values'],
  workLife: ['hours', 'timeOff', 'commute', 'flexibility'],
} as const;
export type RatedFactor = keyof typeof CRITERIA;
export type Criterion<F extends RatedFactor> = (typeof CRITERIA)[F][number];

export const DEFAULT_WEIGHTS = { compensation: 40, growth: 25, culture: 15, workLife: 20 } as const;

// Each schema below is built on first use (`offerSchema().parse(…)`), not when this module loads.

const bounded = (min: number, max: number) =>
  z.number().check(z.minimum(min, `must be ≥ ${min}`), z.maximum(max, `must be ≤ ${max}`));

export const money = () =>
  z
    .number()
    .check(z.minimum(0, 'must be ≥ 0'), z.lt(MONEY_LIMIT, 'must be less than 1,000,000,000,000'));

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .check(
      z.int('must be a whole number'),
      z.minimum(min, `must be ≥ ${min}`),
      z.maximum(max, `must be ≤ ${max}`),
    );

export const rating = () => wholeNumber(1, 5);

export const currencyCode = () =>
  z
    .string()
    .check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD or EUR'));

export const COMPANY_MAX_LENGTH = 80;
const shortText = () =>
  z.string().check(z.trim(), z.maxLength(80, 'must be at most 80 characters'));

const weight = () => bounded(0, 100);
/** One factor or criterion weight: 0 to 100. */
export const weightSchema = lazily(() => weight());

/**
 * The field schema without its default, for forms that derive their own
 * schema from this one (a form field is never "missing").
 */
export const withoutDefault = <T extends z.ZodMiniType>(schema: z.ZodMiniDefault<T>): T =>
  schema._zod.def.innerType as T;

/** A field that takes `value` when it is missing. */
const or = <T extends z.ZodMiniType>(schema: T, value: z.util.NoUndefined<z.output<T>>) =>
  z._default(schema, value);

/** How far a schedule's sum may be from 100 (scoring.md: "within 0.01"). */
const VESTING_SUM_TOLERANCE = 0.01;
/**
 * Floating-point sums land a hair off their decimal value (33.33 * 3 is
 * 99.99 plus 5e-15 away from 100), which must not push a sum that is exactly
 * 0.01 away out of bounds.
 */
const ROUNDING_SLACK = 1e-9;

export const vestingScheduleSchema = lazily(() =>
  z.array(bounded(0, 100)).check(
    z.minLength(1, 'needs at least one year'),
    z.maxLength(6, 'can have at most 6 years'),
    z.refine(
      (s) =>
        Math.abs(s.reduce((sum, p) => sum + p, 0) - 100) <= VESTING_SUM_TOLERANCE + ROUNDING_SLACK,
      'must add up to 100 %',
    ),
  ),
);

export const expectedGrowthSchema = lazily(() =>
  z.number().check(z.gt(-100, 'must be more than -100'), z.maximum(200, 'must be ≤ 200')),
);

/** One way a private company may end: its value at exit, the year and how likely (version 6). */
export const exitSchema = lazily(() =>
  z.object({
    label: or(shortText(), ''),
    value: or(money(), 0),
    year: or(wholeNumber(1, 10), 4),
    pct: or(bounded(0, 100), 0),
    /** An acquisition runs the waterfall; an IPO converts every preferred share (version 9). */
    kind: or(z.enum(EXIT_KINDS), 'acquisition'),
  }),
);

export const exitsSchema = lazily(() =>
  z.array(exitSchema()).check(
    z.maxLength(3, 'can have at most 3 scenarios'),
    z.refine(
      (exits) => exits.reduce((sum, e) => sum + e.pct, 0) <= 100 + ROUNDING_SLACK,
      'chances must add up to at most 100 %',
    ),
  ),
);

/**
 * One preferred series of the preference stack (version 9; scoring.md §12):
 * the money invested (its preference at 1×), the price paid per share (so
 * `invested / price` shares) or the shares themselves, the multiple, and
 * whether it participates after taking its preference (up to a cap: `capMultiple`
 * times the investment in all).
 */
export const seriesSchema = lazily(() =>
  z
    .object({
      name: or(shortText(), ''),
      invested: or(money(), 0),
      price: or(money(), 0),
      /** Shares when given; null: `invested / price`. */
      shares: or(z.nullable(money()), null),
      multiple: or(bounded(1, 3), 1),
      participation: or(z.enum(PARTICIPATION), 'none'),
      capMultiple: or(bounded(1, 10), 3),
    })
    .check(
      z.superRefine((s, ctx) => {
        if (s.participation === 'capped' && s.capMultiple < s.multiple)
          ctx.addIssue({
            code: 'custom',
            path: ['capMultiple'],
            message: `must be at least the multiple (${s.multiple}×)`,
          });
      }),
    ),
);

/** Whether vested, unsettled RSUs of a private company outlive leaving (version 9). */
export const RSU_KEPT = ['yes', 'no', 'years'] as const;

/**
 * A US option grant's kind (version 10): non-qualified options are taxed as
 * pay on the spread when bought, incentive stock options are not (the AMT
 * may be).
 */
export const OPTION_TYPES = ['nso', 'iso'] as const;

/** What happens to unvested shares at an acquisition (version 9). */
export const ON_ACQUISITION = ['vest', 'accelerate', 'cancel'] as const;

/**
 * Equity of a company not listed on an exchange (version 6; docs/scoring.md
 * §12): what the recruiter can tell, and up to three exit scenarios whose
 * probabilities add up to at most 100 % (the rest: no exit in time).
 */
export const privateEquitySchema = lazily(() =>
  z.object({
    fullyDilutedShares: or(money(), 0),
    preferredPrice: or(money(), 0),
    commonPrice: or(money(), 0),
    dilutionPct: or(bounded(0, 90), 0),
    preference: or(money(), 0),
    exits: or(exitsSchema(), []),
    /** The preference stack by series (version 9); empty: `preference` at `preferredPrice` is one series. */
    series: or(z.array(seriesSchema()).check(z.maxLength(6, 'can have at most 6 series')), []),
    /** Yearly rise of the price later rounds pay over `preferredPrice` (version 9). */
    roundPriceGrowthPct: or(bounded(-50, 200), 0),
    onAcquisition: or(z.enum(ON_ACQUISITION), 'vest'),
    /** With `onAcquisition: "accelerate"`: the share of the unvested grant that vests at once. */
    accelerationPct: or(bounded(0, 100), 100),
    /**
     * RSUs of a private company settle only at an exit (double trigger): are
     * vested ones kept after leaving before it? null: not given (read as yes).
     */
    rsuKeptAfterLeaving: or(z.nullable(z.enum(RSU_KEPT)), null),
    /** With `rsuKeptAfterLeaving: "years"`: for how many years after leaving. */
    rsuKeptYears: or(wholeNumber(1, 10), 1),
    /** Options: non-qualified or incentive (version 10); null: not given (taxed as non-qualified). */
    optionType: or(z.nullable(z.enum(OPTION_TYPES)), null),
  }),
);

export const EQUITY_MARKETS = ['listed', 'private'] as const;

/**
 * A low or high end of a range (version 7): `null` is "not given", no
 * uncertainty on that side. `rangeIssue` checks low ≤ expected ≤ high.
 */
const rangeEnd = <T extends z.ZodMiniType>(schema: T) => or(z.nullable(schema), null);

/** "must be at most the share price (6)" where an end of a range is on the wrong side of its middle. */
export const rangeIssue = (
  low: number | null,
  expected: number,
  high: number | null,
  words: string,
  unit = '',
): { end: 'low' | 'high'; message: string } | null => {
  if (low !== null && low > expected)
    return { end: 'low', message: `must be at most the ${words} (${expected}${unit})` };
  if (high !== null && high < expected)
    return { end: 'high', message: `must be at least the ${words} (${expected}${unit})` };
  return null;
};

export const equitySchema = lazily(() =>
  z
    .object({
      kind: or(z.enum(['none', 'rsu', 'options']), 'none'),
      grantValue: or(money(), 0),
      shares: or(money(), 0),
      strikePrice: or(money(), 0),
      sharePrice: or(money(), 0),
      /** The lowest and highest share price the person thinks likely (version 7); null: not given. */
      sharePriceLow: rangeEnd(money()),
      sharePriceHigh: rangeEnd(money()),
      vestingSchedule: or(vestingScheduleSchema(), [25, 25, 25, 25]),
      cliffMonths: or(wholeNumber(0, 24), 12),
      annualRefresher: or(money(), 0),
      expectedGrowthPct: or(expectedGrowthSchema(), 0),
      riskDiscountPct: or(bounded(0, 100), 0),
      /** Days after leaving in which vested options must be bought (version 6). */
      exerciseWindowDays: or(wholeNumber(0, 3650), 90),
      /** Shares of a listed company, or of a private one valued by its exit scenarios (version 6). */
      market: or(z.enum(EQUITY_MARKETS), 'listed'),
      private: z.prefault(privateEquitySchema(), {}),
    })
    .check(
      z.superRefine((e, ctx) => {
        const issue = rangeIssue(e.sharePriceLow, e.sharePrice, e.sharePriceHigh, 'share price');
        if (issue)
          ctx.addIssue({
            code: 'custom',
            path: [issue.end === 'low' ? 'sharePriceLow' : 'sharePriceHigh'],
            message: issue.message,
          });
      }),
    ),
);

/**
 * Against the person's reference place: 10 is a place ten times cheaper, 1000
 * one ten times dearer. Wider than any two real places (an index of 5e-324
 * once made pay infinite), and what lets every figure stay finite.
 */
export const COST_OF_LIVING_RANGE = { min: 10, max: 1000 } as const;
export const costOfLivingSchema = lazily(() =>
  z
    .number()
    .check(
      z.minimum(COST_OF_LIVING_RANGE.min, `must be ≥ ${COST_OF_LIVING_RANGE.min}`),
      z.maximum(COST_OF_LIVING_RANGE.max, `must be ≤ ${COST_OF_LIVING_RANGE.max}`),
    ),
);

/** A built-in price level: a country code, then a state or metro area (`US-TX`, `US-M-austin`). */
export const PRICE_PLACE_PATTERN = /^[A-Z]{2}(-[A-Za-z0-9-]{1,60})?$/;
const pricePlace = () =>
  z.string().check(z.regex(PRICE_PLACE_PATTERN, 'must be a price place such as US-TX or DE'));

export const PRICE_MEASURES = ['all', 'rents'] as const;
export type PriceMeasure = (typeof PRICE_MEASURES)[number];

/**
 * An index accepted from the built-in price levels (version 11): the offer's
 * place and the reference place it was worked out against, on all prices or
 * on rents. The index itself stays in `costOfLivingIndex`; typing over it
 * clears this.
 */
export const priceSuggestionSchema = lazily(() =>
  z.object({
    place: pricePlace(),
    reference: pricePlace(),
    measure: or(z.enum(PRICE_MEASURES), 'all'),
  }),
);

export const BONUS_AS = ['percent', 'amount'] as const;
export type BonusAs = (typeof BONUS_AS)[number];

export const compensationSchema = lazily(() =>
  z
    .object({
      baseSalary: or(money(), 0),
      annualRaisePct: or(bounded(-50, 100), 3),
      /** Whether the bonus is stated as a share of base (`bonusTargetPct`) or an amount (version 4). */
      bonusAs: or(z.enum(BONUS_AS), 'percent'),
      bonusTargetPct: or(bounded(0, 500), 0),
      /** The year-1 bonus as an amount; it grows with the raises like the salary (version 4). */
      bonusAmount: or(money(), 0),
      /** How much of the target bonus is expected to pay out (version 4). */
      bonusPayoutPct: or(bounded(0, 300), 100),
      /** The lowest and highest payout the person thinks likely (version 7); null: not given. */
      bonusPayoutLowPct: rangeEnd(bounded(0, 300)),
      bonusPayoutHighPct: rangeEnd(bounded(0, 300)),
      signingBonus: or(money(), 0),
      /** Leaving before this many months means paying the whole signing bonus back (version 2). */
      signingBonusClawbackMonths: or(wholeNumber(0, 36), 0),
      /** A second signing bonus, paid at the first anniversary (version 4). */
      signingBonusYear2: or(money(), 0),
      /** Months from the start date inside which the second-year bonus is paid back (version 4). */
      signingBonusYear2ClawbackMonths: or(wholeNumber(0, 48), 0),
      relocation: or(money(), 0),
      /** Leaving before this many months means paying relocation back (version 4). */
      relocationClawbackMonths: or(wholeNumber(0, 36), 0),
      /** The employer puts in this % of what you contribute… (version 4) */
      employerMatchPct: or(bounded(0, 300), 0),
      /** …on your contributions up to this % of base salary (version 4). */
      matchUpToPctOfSalary: or(bounded(0, 100), 0),
      /** Paid whatever you put in, as a % of base; version 3's `retirementMatchPct` (version 4). */
      employerBaseContributionPct: or(bounded(0, 100), 0),
      retirementMatchCap: or(z.nullable(money()), null),
      benefitsValue: or(money(), 0),
      /** Your own health costs a year: premiums you pay and expected out of pocket (version 11). */
      healthCostsPerYear: or(money(), 0),
      costOfLivingIndex: or(costOfLivingSchema(), 100),
      /** Where an accepted suggestion of the index came from (version 11); null: typed, or none. */
      costOfLivingFrom: or(z.nullable(priceSuggestionSchema()), null),
      equity: z.prefault(equitySchema(), {}),
    })
    .check(
      z.superRefine((c, ctx) => {
        const issue = rangeIssue(
          c.bonusPayoutLowPct,
          c.bonusPayoutPct,
          c.bonusPayoutHighPct,
          'expected bonus payout',
          ' %',
        );
        if (issue)
          ctx.addIssue({
            code: 'custom',
            path: [issue.end === 'low' ? 'bonusPayoutLowPct' : 'bonusPayoutHighPct'],
            message: issue.message,
          });
      }),
    ),
);

export const growthSchema = lazily(() =>
  z.object({
    learning: or(z.nullable(rating()), null),
    careerProgression: or(z.nullable(rating()), null),
    mentorship: or(z.nullable(rating()), null),
    companyOutlook: or(z.nullable(rating()), null),
  }),
);

export const cultureSchema = lazily(() =>
  z.object({
    manager: or(z.nullable(rating()), null),
    team: or(z.nullable(rating()), null),
    values: or(z.nullable(rating()), null),
  }),
);

export const workLifeSchema = lazily(() =>
  z.object({
    hoursPerWeek: or(bounded(0, 168), 40),
    ptoDays: or(bounded(0, 365), 25),
    officeDaysPerWeek: or(bounded(0, 7), 3),
    commuteMinutes: or(bounded(0, 600), 30),
    flexibility: or(z.nullable(rating()), null),
  }),
);

/** A built-in tax place: a country code, then a region and a city where they tax apart (`US-NY-NYC`). */
export const TAX_PLACE_PATTERN = /^[A-Z]{2}(-[A-Z]{2,3}){0,2}$/;

/**
 * How an offer's pay is taxed (version 5): a built-in place, or the person's
 * own effective rate for a place not built in. Absent or `null` means none:
 * the offer is compared before tax only. A place wins over a rate when both
 * are given; the form saves one of them (normalizeTax). (Nullable defaults,
 * not z.optional, which would add its code to the first render.)
 */
export const taxSchema = lazily(() =>
  z.object({
    place: or(
      z.nullable(
        z.string().check(z.regex(TAX_PLACE_PATTERN, 'must be a tax place such as US-WA or GB-ENG')),
      ),
      null,
    ),
    effectiveRatePct: or(z.nullable(bounded(0, 95)), null),
  }),
);

export const OFFER_STATUSES = ['considering', 'accepted', 'declined'] as const;

const EPOCH = '1970-01-01T00:00:00.000Z';

export const deadlineSchema = lazily(() => z.iso.date('must be a date like 2026-12-10'));
const timestamp = () => z.iso.datetime({ offset: true, error: 'must be a date and time' });

export const offerSchema = lazily(() =>
  z.object({
    id: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'must not be empty'),
        z.maxLength(200, 'must be at most 200 characters'),
      ),
    company: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'is required'),
        z.maxLength(COMPANY_MAX_LENGTH, 'must be at most 80 characters'),
      ),
    role: or(shortText(), ''),
    location: or(shortText(), ''),
    /** Filled from settings.currency by parseDocument when missing. */
    currency: currencyCode(),
    status: or(z.enum(OFFER_STATUSES), 'considering'),
    /** The job the person has now: "staying" in the comparisons; at most one (version 4). */
    current: or(z.boolean(), false),
    deadline: or(z.nullable(deadlineSchema()), null),
    notes: or(z.string().check(z.maxLength(5000, 'must be at most 5,000 characters')), ''),
    compensation: z.prefault(compensationSchema(), {}),
    tax: or(z.nullable(taxSchema()), null),
    growth: z.prefault(growthSchema(), {}),
    culture: z.prefault(cultureSchema(), {}),
    workLife: z.prefault(workLifeSchema(), {}),
    createdAt: or(timestamp(), EPOCH),
    updatedAt: or(timestamp(), EPOCH),
  }),
);

export const weightsSchema = lazily(() =>
  z.object({
    compensation: or(weight(), DEFAULT_WEIGHTS.compensation),
    growth: or(weight(), DEFAULT_WEIGHTS.growth),
    culture: or(weight(), DEFAULT_WEIGHTS.culture),
    workLife: or(weight(), DEFAULT_WEIGHTS.workLife),
  }),
);

export const criterionWeightsSchema = lazily(() =>
  z.object({
    growth: z.prefault(
      z.object({
        learning: or(weight(), 1),
        careerProgression: or(weight(), 1),
        mentorship: or(weight(), 1),
        companyOutlook: or(weight(), 1),
      }),
      {},
    ),
    culture: z.prefault(
      z.object({ manager: or(weight(), 1), team: or(weight(), 1), values: or(weight(), 1) }),
      {},
    ),
    workLife: z.prefault(
      z.object({
        hours: or(weight(), 1),
        timeOff: or(weight(), 1),
        commute: or(weight(), 1),
        flexibility: or(weight(), 1),
      }),
      {},
    ),
  }),
);

/**
 * Display-currency units one unit buys: from a millionth (1 Iranian rial is
 * about 0.000024 US dollars) to under a million (the other way round), so
 * that a rate and its inverse both stay finite.
 */
export const EXCHANGE_RATE_RANGE = { min: 0.000001, below: 1e6 } as const;
export const exchangeRateSchema = lazily(() =>
  z
    .number()
    .check(
      z.minimum(EXCHANGE_RATE_RANGE.min, 'must be ≥ 0.000001'),
      z.lt(EXCHANGE_RATE_RANGE.below, 'must be less than 1,000,000'),
    ),
);

export const exchangeRatesSchema = lazily(() => z.record(currencyCode(), exchangeRateSchema()));

export const COMPARE_ON = ['gross', 'net'] as const;
export type CompareOn = (typeof COMPARE_ON)[number];
export const HOUSEHOLDS = ['single', 'joint'] as const;
export type Household = (typeof HOUSEHOLDS)[number];

/**
 * A new document's settings: what the schema fills in for each one missing (the schema below
 * reads its defaults from here; settingsSchema().parse({}) gives the same, tested). A new
 * visitor's empty document is made from it without building the schema, which takes tens of
 * milliseconds on a phone before the first screen is live.
 */
export const DEFAULT_SETTINGS = {
  currency: 'USD',
  horizonYears: 4,
  weights: DEFAULT_WEIGHTS,
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
} as const;

export const settingsSchema = lazily(() =>
  z.object({
    currency: or(currencyCode(), DEFAULT_SETTINGS.currency),
    horizonYears: or(wholeNumber(1, 6), DEFAULT_SETTINGS.horizonYears),
    weights: z.prefault(weightsSchema(), {}),
    criterionWeights: z.prefault(criterionWeightsSchema(), {}),
    exchangeRates: or(exchangeRatesSchema(), {}),
    /** Rank on pay before tax or after it (version 5). */
    compareOn: or(z.enum(COMPARE_ON), DEFAULT_SETTINGS.compareOn),
    /** Where a place taxes couples together: single or married filing jointly (version 5). */
    household: or(z.enum(HOUSEHOLDS), DEFAULT_SETTINGS.household),
    /** The tax year of horizon year 1; year y uses taxYear + y − 1's rules where published (version 5). */
    taxYear: or(wholeNumber(2000, 2100), DEFAULT_SETTINGS.taxYear),
    /** The place prices are compared as if living in: a built-in price level (version 11). */
    pricesAsIn: or(z.nullable(pricePlace()), DEFAULT_SETTINGS.pricesAsIn),
    /** The share of pension contributions counted as savings, not as a cost (version 11). */
    pensionAsSavingsPct: or(bounded(0, 100), DEFAULT_SETTINGS.pensionAsSavingsPct),
  }),
);

export const documentSchema = lazily(() =>
  z
    .object({
      format: z.literal(FORMAT, 'must be "tradeoff"'),
      version: z.literal(CURRENT_VERSION),
      settings: z.prefault(settingsSchema(), {}),
      offers: or(
        z
          .array(offerSchema())
          .check(z.maxLength(MAX_OFFERS, `can hold at most ${MAX_OFFERS} offers`)),
        [],
      ),
    })
    .check(
      z.superRefine((doc, ctx) => {
        const seen = new Set<string>();
        let currentAt: number | null = null;
        doc.offers.forEach((offer, index) => {
          if (offer.current) {
            if (currentAt !== null) {
              ctx.addIssue({
                code: 'custom',
                path: ['offers', index, 'current'],
                message: `is set on a second offer: only one can be the current job (offer ${currentAt + 1} is)`,
              });
            } else currentAt = index;
          }
          if (seen.has(offer.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['offers', index, 'id'],
              message: `duplicates the id of an earlier offer ("${offer.id}")`,
            });
          }
          seen.add(offer.id);
        });
      }),
    ),
);

export type TradeoffDocument = z.infer<ReturnType<typeof documentSchema>>;
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;
export type Offer = z.infer<ReturnType<typeof offerSchema>>;
export type OfferInput = z.input<ReturnType<typeof offerSchema>>;
export type Compensation = z.infer<ReturnType<typeof compensationSchema>>;
export type Equity = z.infer<ReturnType<typeof equitySchema>>;
export type EquityKind = Equity['kind'];
export type PrivateEquity = z.infer<ReturnType<typeof privateEquitySchema>>;
export type ExitScenario = z.infer<ReturnType<typeof exitSchema>>;
export type Series = z.infer<ReturnType<typeof seriesSchema>>;
export type PriceSuggestion = z.infer<ReturnType<typeof priceSuggestionSchema>>;
export type OfferStatus = Offer['status'];
export type Weights = z.infer<ReturnType<typeof weightsSchema>>;
export type CriterionWeights = z.infer<ReturnType<typeof criterionWeightsSchema>>;
export type OfferTax = z.infer<ReturnType<typeof taxSchema>>;
