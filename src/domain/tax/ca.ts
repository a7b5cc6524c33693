import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * Canada, 2026, for a resident of Ontario: federal and Ontario income tax
 * (with the Ontario surtax and health premium) and the employee's CPP,
 * CPP2 and EI, counted over the year as the CRA's payroll formulas (T4127)
 * do. Canada taxes each person on their own, so the household changes
 * nothing (the spouse amount for a spouse without income is not modelled).
 * Not modelled either, for want of a 2026 source: the Canada employment
 * amount (a federal credit of about 14 % of 1,500) and the Ontario tax
 * reduction for low incomes; both would lower the tax a little. Read on
 * 2026-12-01.
 */

const READ = '2026-12-01';

const SOURCES = [
  {
    what: 'CRA 2026 federal brackets, basic personal amount, RRSP limit (via Stockkey)',
    url: 'https://stockkey.ca/?p=2298',
    read: READ,
  },
  {
    what: 'CRA 2026 CPP, CPP2 and EI rates and ceilings (SSL Group table)',
    url: 'https://sslgroup.ca/canada-pension-plan-cpp-and-employment-insurance-ei-rates',
    read: READ,
  },
  {
    what: 'Ontario 2026 brackets, basic personal amount, surtax (Calculators Canada)',
    url: 'https://calculatorscanada.ca/?p=70',
    read: READ,
  },
  {
    what: 'Ontario health premium schedule, unchanged since 2005 (CRA ON428, reproduced)',
    url: 'https://si.frajer.net/readmsg.aspx?msgid=32574135',
    read: READ,
  },
] as const;

const FEDERAL: readonly Bracket[] = [
  { from: 0, ratePct: 14 },
  { from: 58_523, ratePct: 20.5 },
  { from: 117_045, ratePct: 26 },
  { from: 181_440, ratePct: 29 },
  { from: 258_482, ratePct: 33 },
];

const ONTARIO: readonly Bracket[] = [
  { from: 0, ratePct: 5.05 },
  { from: 53_891, ratePct: 9.15 },
  { from: 107_785, ratePct: 11.16 },
  { from: 150_000, ratePct: 12.16 },
  { from: 220_000, ratePct: 13.16 },
];

/** The federal basic personal amount: 16,452, less towards 14,829 over the fourth bracket. */
const federalPersonalAmount = (income: number): number => {
  const share = Math.min(1, Math.max(0, (income - 181_440) / (258_482 - 181_440)));
  return 16_452 - share * (16_452 - 14_829);
};

/** Each step: from `over`, the premium rises at `ratePct` up to `upTo`. */
const HEALTH_PREMIUM_STEPS = [
  { over: 20_000, ratePct: 6, upTo: 300 },
  { over: 36_000, ratePct: 6, upTo: 450 },
  { over: 48_000, ratePct: 25, upTo: 600 },
  { over: 72_000, ratePct: 25, upTo: 750 },
  { over: 200_000, ratePct: 25, upTo: 900 },
] as const;

const healthPremium = (income: number): number => {
  let premium = 0;
  for (const step of HEALTH_PREMIUM_STEPS) {
    if (income <= step.over) break;
    premium = Math.min(step.upTo, premium + ((income - step.over) * step.ratePct) / 100);
  }
  return premium;
};

/** Contributions and the parts of them that are credits or deductions. */
export const contributions2026 = (wages: number) => {
  const cpp = (Math.max(0, Math.min(wages, 74_600) - 3_500) * 5.95) / 100;
  const cpp2 = (Math.max(0, Math.min(wages, 85_000) - 74_600) * 4) / 100;
  const ei = (Math.min(wages, 68_900) * 1.63) / 100;
  // The enhanced part of CPP (1 of the 5.95 points) and all of CPP2 are deducted from
  // income; the base part (4.95 points) and EI earn credits at the lowest rates.
  return { cpp, cpp2, ei, deduction: cpp / 5.95 + cpp2, credited: (cpp * 4.95) / 5.95 + ei };
};

/** The 2026 RRSP limit, capping the own contributions that lower taxable income. */
const RRSP_LIMIT = 33_810;

export const ontario2026 = ({ wages, ownRetirement }: TaxInput) => {
  const c = contributions2026(wages);
  const income = Math.max(0, wages - Math.min(ownRetirement, RRSP_LIMIT, wages) - c.deduction);
  const federal = Math.max(
    0,
    bracketTax(FEDERAL, income) - (14 * (federalPersonalAmount(income) + c.credited)) / 100,
  );
  const basic = Math.max(0, bracketTax(ONTARIO, income) - (5.05 * (12_989 + c.credited)) / 100);
  const surtax = (20 * Math.max(0, basic - 5_818) + 36 * Math.max(0, basic - 7_446)) / 100;
  return {
    incomeTax: federal + basic + surtax + healthPremium(income),
    social: c.cpp + c.cpp2 + c.ei,
  };
};

export const CA_PLACES: readonly PlaceRules[] = [
  {
    place: 'CA-ON',
    name: 'Canada (Ontario)',
    currency: 'CAD',
    householdMatters: false,
    years: [
      {
        year: 2026,
        yearLabel: '2026',
        sources: SOURCES,
        brackets: { federal: FEDERAL, Ontario: ONTARIO },
        tax: ontario2026,
      },
    ],
  },
];
