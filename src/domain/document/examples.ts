import { keepOneCurrentJob } from './current-job';
import { createOffer } from './factory';
import type { Offer, TradeoffDocument } from './schema';

type OfferParts = {
  [K in 'compensation' | 'growth' | 'culture' | 'workLife']?: Partial<Offer[K]>;
} & Partial<Omit<Offer, 'compensation' | 'growth' | 'culture' | 'workLife'>> & {
    equity?: Partial<Offer['compensation']['equity']>;
  };

const build = (id: string, now: string, parts: OfferParts): Offer => {
  const base = createOffer({ id, now, currency: parts.currency ?? 'USD' });
  const { compensation, growth, culture, workLife, equity, ...rest } = parts;
  return {
    ...base,
    ...rest,
    compensation: {
      ...base.compensation,
      ...compensation,
      equity: { ...base.compensation.equity, ...equity },
    },
    growth: { ...base.growth, ...growth },
    culture: { ...base.culture, ...culture },
    workLife: { ...base.workLife, ...workLife },
  };
};

/** The rate the examples need when the display currency is USD. */
export const EXAMPLE_EXCHANGE_RATES: Readonly<Record<string, number>> = { EUR: 1.08 };

/**
 * Four realistic, deliberately different jobs to start from: a big-tech offer
 * written the way such letters are (a signing bonus over two years against a
 * back-loaded 5/15/40/40 vesting, a 50 % 401(k) match up to 6 %), a startup
 * with options, the remote-first job the person has now, and a European
 * offer in EUR with an 18-month cliff and a bonus stated as an amount.
 */
export const exampleOffers = (now: string, idPrefix = 'example'): Offer[] => [
  build(`${idPrefix}-northwind`, now, {
    company: 'Northwind',
    role: 'Senior Product Manager',
    location: 'Seattle, WA',
    deadline: '2026-12-09',
    notes:
      'Big-tech offer: back-loaded RSUs, sign-on paid over two years and clawed back; more hours.',
    compensation: {
      baseSalary: 205000,
      annualRaisePct: 4,
      bonusTargetPct: 15,
      signingBonus: 50000,
      signingBonusClawbackMonths: 12,
      signingBonusYear2: 35000,
      signingBonusYear2ClawbackMonths: 24,
      relocation: 15000,
      relocationClawbackMonths: 12,
      employerMatchPct: 50,
      matchUpToPctOfSalary: 6,
      retirementMatchCap: 11500,
      benefitsValue: 14000,
      costOfLivingIndex: 120,
    },
    equity: {
      kind: 'rsu',
      grantValue: 360000,
      vestingSchedule: [5, 15, 40, 40],
      cliffMonths: 12,
      annualRefresher: 60000,
      expectedGrowthPct: 6,
      riskDiscountPct: 10,
    },
    growth: { learning: 4, careerProgression: 4, mentorship: 3, companyOutlook: 4 },
    culture: { manager: 3, team: 4, values: 3 },
    workLife: {
      hoursPerWeek: 48,
      ptoDays: 20,
      officeDaysPerWeek: 3,
      commuteMinutes: 35,
      flexibility: 3,
    },
  }),
  build(`${idPrefix}-lumen`, now, {
    company: 'Lumen Labs',
    role: 'Lead Product Manager',
    location: 'Austin, TX',
    deadline: '2026-12-04',
    notes: 'Series B startup: options could be worth a lot, or nothing.',
    compensation: {
      baseSalary: 168000,
      annualRaisePct: 5,
      bonusTargetPct: 0,
      signingBonus: 10000,
      relocation: 0,
      benefitsValue: 9000,
      costOfLivingIndex: 105,
    },
    equity: {
      kind: 'options',
      shares: 40000,
      strikePrice: 2.5,
      sharePrice: 6,
      vestingSchedule: [25, 25, 25, 25],
      cliffMonths: 12,
      expectedGrowthPct: 25,
      riskDiscountPct: 50,
    },
    growth: { learning: 5, careerProgression: 5, mentorship: 2, companyOutlook: 3 },
    culture: { manager: 4, team: 5, values: 4 },
    workLife: {
      hoursPerWeek: 52,
      ptoDays: 18,
      officeDaysPerWeek: 4,
      commuteMinutes: 20,
      flexibility: 2,
    },
  }),
  build(`${idPrefix}-fieldnote`, now, {
    company: 'Fieldnote',
    role: 'Senior Product Manager',
    location: 'Remote (US)',
    current: true,
    notes: 'My current job: remote-first, calm pace; the rest of my grant still to vest.',
    compensation: {
      baseSalary: 176000,
      annualRaisePct: 3,
      bonusTargetPct: 8,
      employerMatchPct: 100,
      matchUpToPctOfSalary: 5,
      benefitsValue: 11000,
      costOfLivingIndex: 90,
    },
    equity: {
      kind: 'rsu',
      grantValue: 80000,
      vestingSchedule: [25, 25, 25, 25],
      cliffMonths: 0,
      expectedGrowthPct: 3,
      riskDiscountPct: 30,
    },
    growth: { learning: 3, careerProgression: 3, mentorship: 4, companyOutlook: 3 },
    culture: { manager: 4, team: 4, values: 5 },
    workLife: {
      hoursPerWeek: 40,
      ptoDays: 30,
      officeDaysPerWeek: 0,
      commuteMinutes: 0,
      flexibility: 5,
    },
  }),
  build(`${idPrefix}-kontor`, now, {
    company: 'Kontor',
    role: 'Senior Product Manager',
    location: 'Berlin',
    currency: 'EUR',
    deadline: '2026-12-11',
    notes: 'European offer in EUR; virtual shares with an 18-month cliff.',
    compensation: {
      baseSalary: 118000,
      annualRaisePct: 3,
      bonusAs: 'amount',
      bonusAmount: 12000,
      bonusPayoutPct: 90,
      signingBonus: 5000,
      relocation: 8000,
      relocationClawbackMonths: 24,
      employerBaseContributionPct: 4,
      benefitsValue: 6000,
      costOfLivingIndex: 85,
    },
    equity: {
      kind: 'rsu',
      grantValue: 40000,
      vestingSchedule: [25, 25, 25, 25],
      cliffMonths: 18,
      expectedGrowthPct: 0,
      riskDiscountPct: 40,
    },
    growth: { learning: 4, careerProgression: 3, mentorship: 4, companyOutlook: 3 },
    culture: { manager: 4, team: 4, values: 4 },
    workLife: {
      hoursPerWeek: 40,
      ptoDays: 30,
      officeDaysPerWeek: 2,
      commuteMinutes: 25,
      flexibility: 4,
    },
  }),
];

/**
 * Adds the example offers to a document, with the exchange rates they need
 * (a rate the user already set is kept).
 */
export const withExampleOffers = (document: TradeoffDocument, now: string): TradeoffDocument => {
  const taken = new Set(document.offers.map((o) => o.id));
  const prefix = taken.has('example-northwind') ? `example-${now.replace(/\D/g, '')}` : 'example';
  const rates = { ...document.settings.exchangeRates };
  for (const [currency, rate] of Object.entries(EXAMPLE_EXCHANGE_RATES)) {
    if (currency !== document.settings.currency && !Object.hasOwn(rates, currency))
      rates[currency] = rate;
  }
  return {
    ...document,
    settings: { ...document.settings, exchangeRates: rates },
    // A current job already there keeps its mark over the example one.
    offers: keepOneCurrentJob([...document.offers, ...exampleOffers(now, prefix)]),
  };
};
