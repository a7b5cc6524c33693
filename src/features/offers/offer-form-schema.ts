import { z } from 'zod';
import {
  compensationSchema,
  cultureSchema,
  equitySchema,
  growthSchema,
  offerSchema,
  exchangeRateSchema,
  withoutDefault,
  workLifeSchema,
} from '../../domain';
import { parseMoneyText, parseNumberText, type NumberText } from './number-text';

/*
 * The offer form's schema, derived field by field from the domain schema:
 * each text input is read into a number here and then handed to the domain's
 * own field schema (`.pipe`), so bounds and their messages live in one place.
 */

type NumberTarget = z.core.$ZodType<unknown, number>;

const fromText = (read: (text: string) => NumberText, empty: string, invalid: string) =>
  z.string().transform((text, ctx) => {
    const result = read(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason === 'empty' ? empty : invalid });
    return z.NEVER;
  });

const moneyText = <T extends NumberTarget>(target: T) =>
  fromText(parseMoneyText, 'Enter an amount', 'Enter an amount like 150,000 or 150k').pipe(target);

const numberText = <T extends NumberTarget>(
  target: T,
  empty = 'Enter a number',
  invalid = 'Enter a number like 3 or 2.5',
) => fromText(parseNumberText, empty, invalid).pipe(target);

/** A count people may write like money: "10,000" or "10k" options. */
const countText = <T extends NumberTarget>(target: T) =>
  fromText(parseMoneyText, 'Enter a number', 'Enter a number like 10,000 or 10k').pipe(target);

const ratingText = <T extends NumberTarget>(target: T) =>
  fromText(parseNumberText, 'Choose a rating', 'Choose a rating from 1 to 5').pipe(target);

/** An optional amount: an empty field means "none" (no retirement match cap). */
const optionalMoneyText = <T extends z.core.$ZodType<unknown, number | null>>(target: T) =>
  z
    .string()
    .transform((text, ctx) => {
      const result = parseMoneyText(text);
      if (result.ok) return result.value;
      if (result.reason === 'empty') return null;
      ctx.addIssue({
        code: 'custom',
        message: 'Enter an amount like 9,000 or 9k, or leave it empty',
      });
      return z.NEVER;
    })
    .pipe(target);

const SCHEDULE_EXAMPLE = 'e.g. 25, 25, 25, 25';

/** "25, 25, 25, 25", "5 15 40 40" or "40/30/20/10" → [25, 25, 25, 25]. */
export const parseVestingText = (text: string): number[] | null => {
  const parts = text.split(/[\s,;/]+/).filter(Boolean);
  const values = parts.map(parseNumberText);
  return values.every((v) => v.ok) ? values.map((v) => (v.ok ? v.value : 0)) : null;
};

const vestingText = z
  .string()
  .transform((text, ctx) => {
    if (text.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        message: `Enter the percentage vesting each year, ${SCHEDULE_EXAMPLE}`,
      });
      return z.NEVER;
    }
    const schedule = parseVestingText(text);
    if (schedule) return schedule;
    ctx.addIssue({
      code: 'custom',
      message: `Enter percentages separated by commas, ${SCHEDULE_EXAMPLE}`,
    });
    return z.NEVER;
  })
  .pipe(withoutDefault(equitySchema.shape.vestingSchedule));

/** An empty date field means "no deadline". */
const dateText = z
  .string()
  .transform((text) => (text.trim() === '' ? null : text.trim()))
  .pipe(withoutDefault(offerSchema.shape.deadline));

const offer = offerSchema.shape;
const pay = compensationSchema.shape;
const equity = equitySchema.shape;
const growth = growthSchema.shape;
const culture = cultureSchema.shape;
const workLife = workLifeSchema.shape;

export const offerFormSchema = z.object({
  company: offer.company,
  role: withoutDefault(offer.role),
  location: withoutDefault(offer.location),
  currency: offer.currency,
  /** How many display-currency units one unit of `currency` buys; asked only for a foreign currency. */
  exchangeRate: numberText(
    exchangeRateSchema,
    'Enter the exchange rate',
    'Enter the exchange rate as a number, like 1.08',
  ),
  status: withoutDefault(offer.status),
  deadline: dateText,
  notes: withoutDefault(offer.notes),
  compensation: z.object({
    baseSalary: moneyText(withoutDefault(pay.baseSalary)),
    annualRaisePct: numberText(withoutDefault(pay.annualRaisePct)),
    bonusTargetPct: numberText(withoutDefault(pay.bonusTargetPct)),
    signingBonus: moneyText(withoutDefault(pay.signingBonus)),
    signingBonusClawbackMonths: numberText(withoutDefault(pay.signingBonusClawbackMonths)),
    relocation: moneyText(withoutDefault(pay.relocation)),
    retirementMatchPct: numberText(withoutDefault(pay.retirementMatchPct)),
    retirementMatchCap: optionalMoneyText(withoutDefault(pay.retirementMatchCap)),
    benefitsValue: moneyText(withoutDefault(pay.benefitsValue)),
    costOfLivingIndex: numberText(withoutDefault(pay.costOfLivingIndex)),
    equity: z.object({
      kind: withoutDefault(equity.kind),
      grantValue: moneyText(withoutDefault(equity.grantValue)),
      shares: countText(withoutDefault(equity.shares)),
      strikePrice: moneyText(withoutDefault(equity.strikePrice)),
      sharePrice: moneyText(withoutDefault(equity.sharePrice)),
      vestingSchedule: vestingText,
      cliffMonths: numberText(withoutDefault(equity.cliffMonths)),
      annualRefresher: moneyText(withoutDefault(equity.annualRefresher)),
      expectedGrowthPct: numberText(withoutDefault(equity.expectedGrowthPct)),
      riskDiscountPct: numberText(withoutDefault(equity.riskDiscountPct)),
    }),
  }),
  growth: z.object({
    learning: ratingText(withoutDefault(growth.learning)),
    careerProgression: ratingText(withoutDefault(growth.careerProgression)),
    mentorship: ratingText(withoutDefault(growth.mentorship)),
    companyOutlook: ratingText(withoutDefault(growth.companyOutlook)),
  }),
  culture: z.object({
    manager: ratingText(withoutDefault(culture.manager)),
    team: ratingText(withoutDefault(culture.team)),
    values: ratingText(withoutDefault(culture.values)),
  }),
  workLife: z.object({
    hoursPerWeek: numberText(withoutDefault(workLife.hoursPerWeek)),
    ptoDays: numberText(withoutDefault(workLife.ptoDays)),
    officeDaysPerWeek: numberText(withoutDefault(workLife.officeDaysPerWeek)),
    commuteMinutes: numberText(withoutDefault(workLife.commuteMinutes)),
    flexibility: ratingText(withoutDefault(workLife.flexibility)),
  }),
});

export type OfferFormInput = z.input<typeof offerFormSchema>;
export type OfferFormOutput = z.output<typeof offerFormSchema>;
