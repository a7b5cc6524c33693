import { z } from 'zod';

/**
 * The document (format version 2): the one JSON shape that localStorage
 * keeps, Export writes and Import reads (shared/spec/data-format.md). Types are inferred from here.
 */

export const FORMAT = 'tradeoff' as const;
/** 2 added `compensation.signingBonusClawbackMonths` (see migrations.ts). */
export const CURRENT_VERSION = 2 as const;

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

export const money = () =>
  z.number().min(0, 'must be ≥ 0').lt(MONEY_LIMIT, 'must be less than 1,000,000,000,000');

const percent = (min: number, max: number) =>
  z.number().min(min, `must be ≥ ${min}`).max(max, `must be ≤ ${max}`);

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be ≥ ${min}`)
    .max(max, `must be ≤ ${max}`);

export const rating = () => wholeNumber(1, 5);

export const currencyCode = () =>
  z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as USD or EUR');

const shortText = () => z.string().trim().max(80, 'must be at most 80 characters');

const weight = () => z.number().min(0, 'must be ≥ 0').max(100, 'must be ≤ 100');

export const vestingScheduleSchema = z
  .array(z.number().min(0, 'must be ≥ 0').max(100, 'must be ≤ 100'))
  .min(1, 'needs at least one year')
  .max(6, 'can have at most 6 years')
  .refine((s) => Math.abs(s.reduce((sum, p) => sum + p, 0) - 100) <= 0.01, {
    message: 'must add up to 100 %',
  });

export const equitySchema = z.object({
  kind: z.enum(['none', 'rsu', 'options']).default('none'),
  grantValue: money().default(0),
  shares: money().default(0),
  strikePrice: money().default(0),
  sharePrice: money().default(0),
  vestingSchedule: vestingScheduleSchema.default([25, 25, 25, 25]),
  cliffMonths: wholeNumber(0, 24).default(12),
  annualRefresher: money().default(0),
  expectedGrowthPct: z
    .number()
    .gt(-100, 'must be more than -100')
    .max(200, 'must be ≤ 200')
    .default(0),
  riskDiscountPct: percent(0, 100).default(0),
});

export const compensationSchema = z.object({
  baseSalary: money().default(0),
  annualRaisePct: percent(-50, 100).default(3),
  bonusTargetPct: percent(0, 500).default(0),
  signingBonus: money().default(0),
  /** Leaving before this many months means paying the whole signing bonus back (version 2). */
  signingBonusClawbackMonths: wholeNumber(0, 36).default(0),
  relocation: money().default(0),
  retirementMatchPct: percent(0, 100).default(0),
  retirementMatchCap: money().nullable().default(null),
  benefitsValue: money().default(0),
  costOfLivingIndex: z
    .number()
    .gt(0, 'must be more than 0')
    .max(1000, 'must be ≤ 1000')
    .default(100),
  equity: equitySchema.prefault({}),
});

export const growthSchema = z.object({
  learning: rating().default(3),
  careerProgression: rating().default(3),
  mentorship: rating().default(3),
  companyOutlook: rating().default(3),
});

export const cultureSchema = z.object({
  manager: rating().default(3),
  team: rating().default(3),
  values: rating().default(3),
});

export const workLifeSchema = z.object({
  hoursPerWeek: percent(0, 168).default(40),
  ptoDays: percent(0, 365).default(25),
  officeDaysPerWeek: percent(0, 7).default(3),
  commuteMinutes: percent(0, 600).default(30),
  flexibility: rating().default(3),
});

export const OFFER_STATUSES = ['considering', 'accepted', 'declined'] as const;

const EPOCH = '1970-01-01T00:00:00.000Z';

export const offerSchema = z.object({
  id: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  company: z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters'),
  role: shortText().default(''),
  location: shortText().default(''),
  /** Filled from settings.currency by parseDocument when missing. */
  currency: currencyCode(),
  status: z.enum(OFFER_STATUSES).default('considering'),
  deadline: z.iso.date('must be a date like 2026-12-10').nullable().default(null),
  notes: z.string().max(5000, 'must be at most 5,000 characters').default(''),
  compensation: compensationSchema.prefault({}),
  growth: growthSchema.prefault({}),
  culture: cultureSchema.prefault({}),
  workLife: workLifeSchema.prefault({}),
  createdAt: z.iso.datetime({ offset: true, error: 'must be a date and time' }).default(EPOCH),
  updatedAt: z.iso.datetime({ offset: true, error: 'must be a date and time' }).default(EPOCH),
});

export const weightsSchema = z.object({
  compensation: weight().default(DEFAULT_WEIGHTS.compensation),
  growth: weight().default(DEFAULT_WEIGHTS.growth),
  culture: weight().default(DEFAULT_WEIGHTS.culture),
  workLife: weight().default(DEFAULT_WEIGHTS.workLife),
});

export const criterionWeightsSchema = z.object({
  growth: z
    .object({
      learning: weight().default(1),
      careerProgression: weight().default(1),
      mentorship: weight().default(1),
      companyOutlook: weight().default(1),
    })
    .prefault({}),
  culture: z
    .object({
      manager: weight().default(1),
      team: weight().default(1),
      values: weight().default(1),
    })
    .prefault({}),
  workLife: z
    .object({
      hours: weight().default(1),
      timeOff: weight().default(1),
      commute: weight().default(1),
      flexibility: weight().default(1),
    })
    .prefault({}),
});

export const exchangeRatesSchema = z.record(
  currencyCode(),
  z.number().gt(0, 'must be more than 0').lt(1e6, 'must be less than 1,000,000'),
);

export const settingsSchema = z.object({
  currency: currencyCode().default('USD'),
  horizonYears: wholeNumber(1, 6).default(4),
  weights: weightsSchema.prefault({}),
  criterionWeights: criterionWeightsSchema.prefault({}),
  exchangeRates: exchangeRatesSchema.default({}),
});

export const documentSchema = z
  .object({
    format: z.literal(FORMAT, 'must be "tradeoff"'),
    version: z.literal(CURRENT_VERSION),
    settings: settingsSchema.prefault({}),
    offers: z
      .array(offerSchema)
      .max(MAX_OFFERS, `can hold at most ${MAX_OFFERS} offers`)
      .default([]),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.offers.forEach((offer, index) => {
      if (seen.has(offer.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offers', index, 'id'],
          message: `duplicates the id of an earlier offer ("${offer.id}")`,
        });
      }
      seen.add(offer.id);
    });
  });

export type TradeoffDocument = z.infer<typeof documentSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;
export type Compensation = z.infer<typeof compensationSchema>;
export type Equity = z.infer<typeof equitySchema>;
export type EquityKind = Equity['kind'];
export type OfferStatus = Offer['status'];
export type Weights = z.infer<typeof weightsSchema>;
export type CriterionWeights = z.infer<typeof criterionWeightsSchema>;
