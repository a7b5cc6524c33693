import { z } from 'zod';
import {
  compensationSchema,
  cultureSchema,
  equitySchema,
  growthSchema,
  offerSchema,
  settingsSchema,
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
  .pipe(equitySchema.shape.vestingSchedule.unwrap());

/** An empty date field means "no deadline". */
const dateText = z
  .string()
  .transform((text) => (text.trim() === '' ? null : text.trim()))
  .pipe(offerSchema.shape.deadline.unwrap());

const offer = offerSchema.shape;
const pay = compensationSchema.shape;
const equity = equitySchema.shape;
const growth = growthSchema.shape;
const culture = cultureSchema.shape;
const workLife = workLifeSchema.shape;

export const offerFormSchema = z.object({
  company: offer.company,
  role: offer.role.unwrap(),
  location: offer.location.unwrap(),
  currency: offer.currency,
  /** How many display-currency units one unit of `currency` buys; asked only for a foreign currency. */
  exchangeRate: numberText(
    settingsSchema.shape.exchangeRates.unwrap().valueType,
    'Enter the exchange rate',
    'Enter the exchange rate as a number, like 1.08',
  ),
  status: offer.status.unwrap(),
  deadline: dateText,
  notes: offer.notes.unwrap(),
  compensation: z.object({
    baseSalary: moneyText(pay.baseSalary.unwrap()),
    annualRaisePct: numberText(pay.annualRaisePct.unwrap()),
    bonusTargetPct: numberText(pay.bonusTargetPct.unwrap()),
    signingBonus: moneyText(pay.signingBonus.unwrap()),
    signingBonusClawbackMonths: numberText(pay.signingBonusClawbackMonths.unwrap()),
    relocation: moneyText(pay.relocation.unwrap()),
    retirementMatchPct: numberText(pay.retirementMatchPct.unwrap()),
    retirementMatchCap: optionalMoneyText(pay.retirementMatchCap.unwrap()),
    benefitsValue: moneyText(pay.benefitsValue.unwrap()),
    costOfLivingIndex: numberText(pay.costOfLivingIndex.unwrap()),
    equity: z.object({
      kind: equity.kind.unwrap(),
      grantValue: moneyText(equity.grantValue.unwrap()),
      shares: countText(equity.shares.unwrap()),
      strikePrice: moneyText(equity.strikePrice.unwrap()),
      sharePrice: moneyText(equity.sharePrice.unwrap()),
      vestingSchedule: vestingText,
      cliffMonths: numberText(equity.cliffMonths.unwrap()),
      annualRefresher: moneyText(equity.annualRefresher.unwrap()),
      expectedGrowthPct: numberText(equity.expectedGrowthPct.unwrap()),
      riskDiscountPct: numberText(equity.riskDiscountPct.unwrap()),
    }),
  }),
  growth: z.object({
    learning: ratingText(growth.learning.unwrap()),
    careerProgression: ratingText(growth.careerProgression.unwrap()),
    mentorship: ratingText(growth.mentorship.unwrap()),
    companyOutlook: ratingText(growth.companyOutlook.unwrap()),
  }),
  culture: z.object({
    manager: ratingText(culture.manager.unwrap()),
    team: ratingText(culture.team.unwrap()),
    values: ratingText(culture.values.unwrap()),
  }),
  workLife: z.object({
    hoursPerWeek: numberText(workLife.hoursPerWeek.unwrap()),
    ptoDays: numberText(workLife.ptoDays.unwrap()),
    officeDaysPerWeek: numberText(workLife.officeDaysPerWeek.unwrap()),
    commuteMinutes: numberText(workLife.commuteMinutes.unwrap()),
    flexibility: ratingText(workLife.flexibility.unwrap()),
  }),
});

export type OfferFormInput = z.input<typeof offerFormSchema>;
export type OfferFormOutput = z.output<typeof offerFormSchema>;
