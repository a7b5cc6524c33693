import * as z from 'zod/mini';
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

type NumberTarget = z.ZodMiniType<number, number>;

/**
 * Text read by `read`; a problem becomes an issue on the field and stops the
 * pipe before the domain's own check runs.
 */
const textTo = <T>(
  read: (text: string) => { ok: true; value: T } | { ok: false; message: string },
) =>
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const result = read(text);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.message, input: text });
      return z.NEVER as never;
    }),
  );

const fromText = (read: (text: string) => NumberText, empty: string, invalid: string) =>
  textTo((text) => {
    const result = read(text);
    return result.ok
      ? result
      : { ok: false as const, message: result.reason === 'empty' ? empty : invalid };
  });

const moneyText = <T extends NumberTarget>(target: T) =>
  z.pipe(
    fromText(parseMoneyText, 'Enter an amount', 'Enter an amount like 150,000 or 150k'),
    target,
  );

const numberText = <T extends NumberTarget>(
  target: T,
  empty = 'Enter a number',
  invalid = 'Enter a number like 3 or 2.5',
) => z.pipe(fromText(parseNumberText, empty, invalid), target);

/** A count people may write like money: "10,000" or "10k" options. */
const countText = <T extends NumberTarget>(target: T) =>
  z.pipe(fromText(parseMoneyText, 'Enter a number', 'Enter a number like 10,000 or 10k'), target);

const ratingText = <T extends NumberTarget>(target: T) =>
  z.pipe(fromText(parseNumberText, 'Choose a rating', 'Choose a rating from 1 to 5'), target);

/** An optional amount: an empty field means "none" (no retirement match cap). */
const optionalMoneyText = <T extends z.ZodMiniType<number | null, number | null>>(target: T) =>
  z.pipe(
    textTo<number | null>((text) => {
      const result = parseMoneyText(text);
      if (result.ok) return result;
      if (result.reason === 'empty') return { ok: true, value: null };
      return { ok: false, message: 'Enter an amount like 9,000 or 9k, or leave it empty' };
    }),
    target,
  );

const SCHEDULE_EXAMPLE = 'e.g. 25, 25, 25, 25';

/** "25, 25, 25, 25", "5 15 40 40" or "40/30/20/10" → [25, 25, 25, 25]. */
export const parseVestingText = (text: string): number[] | null => {
  const parts = text.split(/[\s,;/]+/).filter(Boolean);
  const values = parts.map(parseNumberText);
  return values.every((v) => v.ok) ? values.map((v) => (v.ok ? v.value : 0)) : null;
};

const vestingText = z.pipe(
  textTo((text) => {
    if (text.trim() === '') {
      return { ok: false, message: `Enter the percentage vesting each year, ${SCHEDULE_EXAMPLE}` };
    }
    const schedule = parseVestingText(text);
    if (schedule) return { ok: true, value: schedule };
    return { ok: false, message: `Enter percentages separated by commas, ${SCHEDULE_EXAMPLE}` };
  }),
  withoutDefault(equitySchema.shape.vestingSchedule),
);

/** An empty date field means "no deadline". */
const dateText = z.pipe(
  z.pipe(
    z.string(),
    z.transform((text: string) => (text.trim() === '' ? null : text.trim())),
  ),
  withoutDefault(offerSchema.shape.deadline),
);

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
