import type { EquityKind, Offer, Settings } from '../../domain';
import { COMMON_CURRENCIES } from '../../lib/currencies';
import { formatMoneyText, formatNumberText } from './number-text';
import type { OfferFormInput, OfferFormOutput } from './offer-form-schema';

/** The list plus the codes this offer and the settings already use, so neither is lost. */
export const currencyOptions = (...inUse: string[]): string[] => {
  const extra = inUse.filter((code) => !(COMMON_CURRENCIES as readonly string[]).includes(code));
  return [...COMMON_CURRENCIES, ...new Set(extra)];
};

/** The rate shown for `currency`: the saved one, or empty so that it is asked for. */
export const rateText = (currency: string, settings: Pick<Settings, 'exchangeRates'>): string => {
  const rate = Object.hasOwn(settings.exchangeRates, currency)
    ? settings.exchangeRates[currency]
    : undefined;
  return rate === undefined ? '' : formatNumberText(rate);
};

const money = (value: number, currency: string) => formatMoneyText(value, currency);
const count = (value: number) => new Intl.NumberFormat(undefined).format(value);
const num = formatNumberText;

/** The text every field starts with when `offer` is opened in the form. */
export const toFormValues = (offer: Offer, settings: Settings): OfferFormInput => {
  const { compensation: pay, growth, culture, workLife, currency } = offer;
  const { equity } = pay;
  return {
    company: offer.company,
    role: offer.role,
    location: offer.location,
    currency,
    exchangeRate: rateText(currency, settings),
    status: offer.status,
    deadline: offer.deadline ?? '',
    notes: offer.notes,
    compensation: {
      baseSalary: money(pay.baseSalary, currency),
      annualRaisePct: num(pay.annualRaisePct),
      bonusTargetPct: num(pay.bonusTargetPct),
      signingBonus: money(pay.signingBonus, currency),
      signingBonusClawbackMonths: num(pay.signingBonusClawbackMonths),
      relocation: money(pay.relocation, currency),
      retirementMatchPct: num(pay.retirementMatchPct),
      retirementMatchCap:
        pay.retirementMatchCap === null ? '' : money(pay.retirementMatchCap, currency),
      benefitsValue: money(pay.benefitsValue, currency),
      costOfLivingIndex: num(pay.costOfLivingIndex),
      equity: {
        kind: equity.kind,
        grantValue: money(equity.grantValue, currency),
        shares: count(equity.shares),
        strikePrice: money(equity.strikePrice, currency),
        sharePrice: money(equity.sharePrice, currency),
        vestingSchedule: equity.vestingSchedule.map(num).join(', '),
        cliffMonths: num(equity.cliffMonths),
        annualRefresher: money(equity.annualRefresher, currency),
        expectedGrowthPct: num(equity.expectedGrowthPct),
        riskDiscountPct: num(equity.riskDiscountPct),
      },
    },
    growth: {
      learning: String(growth.learning),
      careerProgression: String(growth.careerProgression),
      mentorship: String(growth.mentorship),
      companyOutlook: String(growth.companyOutlook),
    },
    culture: {
      manager: String(culture.manager),
      team: String(culture.team),
      values: String(culture.values),
    },
    workLife: {
      hoursPerWeek: num(workLife.hoursPerWeek),
      ptoDays: num(workLife.ptoDays),
      officeDaysPerWeek: num(workLife.officeDaysPerWeek),
      commuteMinutes: num(workLife.commuteMinutes),
      flexibility: String(workLife.flexibility),
    },
  };
};

type EquityField = Exclude<keyof OfferFormInput['compensation']['equity'], 'kind'>;

/** Which equity fields the form shows (and checks) for each kind of grant. */
export const EQUITY_FIELDS: Record<EquityKind, readonly EquityField[]> = {
  none: [],
  rsu: [
    'grantValue',
    'vestingSchedule',
    'cliffMonths',
    'annualRefresher',
    'expectedGrowthPct',
    'riskDiscountPct',
  ],
  options: [
    'shares',
    'strikePrice',
    'sharePrice',
    'vestingSchedule',
    'cliffMonths',
    'annualRefresher',
    'expectedGrowthPct',
    'riskDiscountPct',
  ],
};

/**
 * The values to check and save: fields the form hides (the other equity
 * kinds' fields, the rate of the display currency) keep the text they were
 * opened with, so something typed there and then hidden never blocks a save.
 */
export const applicableValues = (
  values: OfferFormInput,
  opened: OfferFormInput,
  displayCurrency: string,
): OfferFormInput => {
  const shown = new Set<string>(EQUITY_FIELDS[values.compensation.equity.kind]);
  const equity = { ...values.compensation.equity };
  for (const field of Object.keys(equity) as (keyof typeof equity)[]) {
    if (field !== 'kind' && !shown.has(field)) equity[field] = opened.compensation.equity[field];
  }
  return {
    ...values,
    exchangeRate: values.currency === displayCurrency ? '1' : values.exchangeRate,
    compensation: { ...values.compensation, equity },
  };
};

/** The saved offer: the form's output over the offer that was opened, stamped `now`. */
export const toOffer = (output: OfferFormOutput, opened: Offer, now: string): Offer => {
  const { exchangeRate: _rate, ...fields } = output;
  return { ...opened, ...fields, updatedAt: now };
};
