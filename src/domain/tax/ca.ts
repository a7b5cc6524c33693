import {
  bracketTax,
  type Bracket,
  type PlaceRules,
  type Source,
  type TaxInput,
  type YearRules,
} from './types';

/*
 * Canada, 2026, for a resident of Ontario or British Columbia: federal and
 * provincial income tax (with Ontario's surtax and health premium) and the employee's CPP,
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

const READ_BC = '2026-12-02';

/**
 * British Columbia, 2026: the province's published brackets (indexed by
 * 2.2 %) and basic personal amount (2025's 12,932 indexed by 2.2 %: 13,217,
 * as calculatorscanada.ca/british-columbia-income-tax-calculator lists it). The
 * lowest rate is Budget 2026's 5.60 % (from 5.06 %), effective for the whole
 * 2026 tax year and withheld from 1 July 2026; the province's rate page still
 * calls it proposed, so the label says which rate was used. Not modelled: the
 * B.C. tax reduction credit for net incomes under 44,950.
 */
const BC_SOURCES = [
  {
    what: 'B.C. 2026 brackets',
    url: 'https://www2.gov.bc.ca/gov/content/taxes/income-taxes/personal/tax-rates',
    read: READ_BC,
  },
  {
    what: 'B.C. Budget 2026: 5.60 %',
    url: 'https://www.smythecpa.com/newsroom/2026-provincial-budget-highlights',
    read: READ_BC,
  },
  {
    what: 'B.C. basic credits',
    url: 'https://www2.gov.bc.ca/gov/content/taxes/income-taxes/personal/credits/basic',
    read: READ_BC,
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

const BRITISH_COLUMBIA: readonly Bracket[] = [
  { from: 0, ratePct: 5.6 },
  { from: 50_363, ratePct: 7.7 },
  { from: 100_728, ratePct: 10.5 },
  { from: 115_648, ratePct: 12.29 },
  { from: 140_430, ratePct: 14.7 },
  { from: 190_405, ratePct: 16.8 },
  { from: 265_545, ratePct: 20.5 },
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

/** A province: its brackets, its basic personal amount, and what it adds to its basic tax. */
interface Province {
  brackets: readonly Bracket[];
  personalAmount: number;
  extra?: (basic: number, income: number) => number;
}

const provincial2026 =
  ({ brackets, personalAmount, extra }: Province) =>
  ({ wages, ownRetirement }: TaxInput) => {
    const c = contributions2026(wages);
    const income = Math.max(0, wages - Math.min(ownRetirement, RRSP_LIMIT, wages) - c.deduction);
    const federal = Math.max(
      0,
      bracketTax(FEDERAL, income) - (14 * (federalPersonalAmount(income) + c.credited)) / 100,
    );
    // Credits count at the province's lowest rate.
    const low = (brackets[0] as Bracket).ratePct;
    const basic = Math.max(
      0,
      bracketTax(brackets, income) - (low * (personalAmount + c.credited)) / 100,
    );
    return {
      incomeTax: federal + basic + (extra?.(basic, income) ?? 0),
      social: c.cpp + c.cpp2 + c.ei,
      socialParts: { pension: c.cpp + c.cpp2, unemployment: c.ei },
    };
  };

export const ontario2026 = provincial2026({
  brackets: ONTARIO,
  personalAmount: 12_989,
  // The surtax on the basic tax, and the health premium on taxable income.
  extra: (basic, income) =>
    (20 * Math.max(0, basic - 5_818) + 36 * Math.max(0, basic - 7_446)) / 100 +
    healthPremium(income),
});

const province = (
  place: string,
  name: string,
  sources: readonly Source[],
  brackets: Record<string, readonly Bracket[]>,
  tax: YearRules['tax'],
): PlaceRules => ({
  place,
  name,
  currency: 'CAD',
  householdMatters: false,
  years: [
    { year: 2026, yearLabel: '2026', sources, brackets: { federal: FEDERAL, ...brackets }, tax },
  ],
});

export const CA_PLACES: readonly PlaceRules[] = [
  province('CA-ON', 'Canada (Ontario)', SOURCES, { Ontario: ONTARIO }, ontario2026),
  province(
    'CA-BC',
    'Canada (British Columbia, lowest rate 5.60 %)',
    [...SOURCES.slice(0, 2), ...BC_SOURCES],
    { 'British Columbia': BRITISH_COLUMBIA },
    provincial2026({ brackets: BRITISH_COLUMBIA, personalAmount: 13_217 }),
  ),
];
