import type { Household } from '../schema';
import {
  bracketTax,
  type Bracket,
  type PlaceRules,
  type Source,
  type TaxInput,
  type YearRules,
} from './types';

/*
 * United States, tax year 2026: federal income tax, Social Security and
 * Medicare, and the states that tax no wages. Every figure is named with its
 * source; all read on 2026-12-01.
 */

const READ = '2026-12-01';

const SOURCES_2026 = [
  {
    what:
      'IRS Rev. Proc. 2025-32 (IR-2025-103, 9 Oct 2025): 2026 brackets and standard deduction, as ' +
      'tabulated by The Lighthouse CPA',
    url: 'https://www.thelighthousecpa.com/tax-rates',
    read: READ,
  },
  {
    what:
      '2026 rate schedules as Rev. Proc. 2025-32 states them ("$192,979.25 plus 37 % of the ' +
      'excess over $640,600"), reproduced by Ashworth Law; the tests check every base amount',
    url: 'https://www.ashworthlaw.com/blog/tax-brackets-for-the-year-2026',
    read: READ,
  },
  {
    what: 'IRS 2026 standard deduction $16,100 single, $32,200 joint (IRS release of 9 Oct 2025)',
    url: 'https://www.localnewswave.com/article/1029207875384602624',
    read: READ,
  },
  {
    what: 'SSA: 2026 Social Security wage base $184,500, 6.2 %; Medicare 1.45 % (SSA 2026 fact sheet)',
    url: 'https://news.bgov.com/daily-labor-report/social-security-wage-base-rising-to-184-500-for-2026',
    read: READ,
  },
  {
    what:
      'Additional Medicare Tax 0.9 % over $200,000 single, $250,000 joint (IRC §3101(b)(2), not ' +
      'indexed)',
    url: 'http://asktaxguru.com/11291-when-does-additional-medicare-tax-apply-high.html',
    read: READ,
  },
  {
    what: 'IRS Notice 2025-67: 2026 401(k) elective deferral limit $24,500',
    url: 'https://newsable.asianetnews.com/markets/401-k-contribution-limit-for-2026-irs-increases-savings-cap-for-next-year-articleshow-hzn5z2m',
    read: READ,
  },
] as const;

/** Rev. Proc. 2025-32 §4.01, Tables 1 (joint) and 3 (single): lower edges of taxable income. */
const FEDERAL_2026: Record<Household, readonly Bracket[]> = {
  single: [
    { from: 0, ratePct: 10 },
    { from: 12_400, ratePct: 12 },
    { from: 50_400, ratePct: 22 },
    { from: 105_700, ratePct: 24 },
    { from: 201_775, ratePct: 32 },
    { from: 256_225, ratePct: 35 },
    { from: 640_600, ratePct: 37 },
  ],
  joint: [
    { from: 0, ratePct: 10 },
    { from: 24_800, ratePct: 12 },
    { from: 100_800, ratePct: 22 },
    { from: 211_400, ratePct: 24 },
    { from: 403_550, ratePct: 32 },
    { from: 512_450, ratePct: 35 },
    { from: 768_700, ratePct: 37 },
  ],
};

export const US_2026 = {
  standardDeduction: { single: 16_100, joint: 32_200 },
  brackets: FEDERAL_2026,
  socialSecurity: { ratePct: 6.2, wageBase: 184_500 },
  medicare: {
    ratePct: 1.45,
    additionalPct: 0.9,
    additionalOver: { single: 200_000, joint: 250_000 },
  },
  /** Elective deferrals to a 401(k) (under 50). */
  deferralLimit: 24_500,
} as const;

type UsFigures = typeof US_2026;

/**
 * Federal income tax and FICA for one earner. Own 401(k) deferrals (up to
 * the limit) lower the income taxed but not Social Security or Medicare
 * wages. Married filing jointly assumes these wages are the household's only
 * income.
 */
const federal = (figures: UsFigures, input: TaxInput, household: Household) => {
  const deferral = Math.min(input.ownRetirement, figures.deferralLimit, input.wages);
  const taxable = Math.max(0, input.wages - deferral - figures.standardDeduction[household]);
  const incomeTax = bracketTax(figures.brackets[household], taxable);
  const ss = figures.socialSecurity;
  const socialSecurity = (Math.min(input.wages, ss.wageBase) * ss.ratePct) / 100;
  const m = figures.medicare;
  const medicare =
    (input.wages * m.ratePct) / 100 +
    (Math.max(0, input.wages - m.additionalOver[household]) * m.additionalPct) / 100;
  return { incomeTax, social: socialSecurity + medicare };
};

const federalYear = (figures: UsFigures, year: number, sources: YearRules['sources']) =>
  ({
    year,
    yearLabel: String(year),
    sources,
    brackets: {
      'federal single': figures.brackets.single,
      'federal joint': figures.brackets.joint,
    },
    tax: (input, household) => federal(figures, input, household),
  }) satisfies YearRules;

/**
 * States with no tax on wages (Alaska, Florida, Nevada, New Hampshire, South
 * Dakota, Tennessee, Texas, Washington, Wyoming): federal tax only.
 * Washington's 7 % capital gains tax and New Hampshire's former tax on
 * interest and dividends do not touch pay.
 */
const NO_WAGE_TAX_SOURCE = {
  what: 'States without personal income tax on wages (Zenefits payroll help; salaryafter.com 2026 guide)',
  url: 'https://salaryafter.com/guides/states-with-no-income-tax',
  read: READ,
};

const noWageTaxState = (code: string): PlaceRules => ({
  place: `US-${code}`,
  name: `US federal + ${code}`,
  currency: 'USD',
  householdMatters: true,
  years: [federalYear(US_2026, 2026, [...SOURCES_2026, NO_WAGE_TAX_SOURCE])],
});

/**
 * A state that taxes wages: its own standard deduction and brackets on wages
 * less own 401(k) deferrals, an optional surtax on taxable income over a
 * line, and an optional payroll contribution on all wages (social).
 */
interface StateRules {
  code: string;
  /** What the label adds after "US federal + ", e.g. "CA (2025 state tables)". */
  name: string;
  sources: readonly Source[];
  deduction: Record<Household, number>;
  brackets: Record<Household, readonly Bracket[]>;
  surtax?: { over: number; ratePct: number };
  payrollPct?: number;
}

const stateTax = (state: StateRules, input: TaxInput, household: Household) => {
  const deferral = Math.min(input.ownRetirement, US_2026.deferralLimit, input.wages);
  const taxable = Math.max(0, input.wages - deferral - state.deduction[household]);
  const surtax = state.surtax
    ? (Math.max(0, taxable - state.surtax.over) * state.surtax.ratePct) / 100
    : 0;
  return {
    incomeTax: bracketTax(state.brackets[household], taxable) + surtax,
    social: (input.wages * (state.payrollPct ?? 0)) / 100,
  };
};

const withState = (state: StateRules): PlaceRules => {
  const fed = federalYear(US_2026, 2026, SOURCES_2026);
  return {
    place: `US-${state.code}`,
    name: `US federal + ${state.name}`,
    currency: 'USD',
    householdMatters: true,
    years: [
      {
        ...fed,
        sources: [...fed.sources, ...state.sources],
        brackets: {
          ...fed.brackets,
          [`${state.code} single`]: state.brackets.single,
          [`${state.code} joint`]: state.brackets.joint,
        },
        tax: (input, household) => {
          const f = fed.tax(input, household);
          const s = stateTax(state, input, household);
          return { incomeTax: f.incomeTax + s.incomeTax, social: f.social + s.social };
        },
      },
    ],
  };
};

/** Lower edges of taxable income and rates, from pairs [from, ratePct]. */
const table = (pairs: readonly (readonly [number, number])[]): Bracket[] =>
  pairs.map(([from, ratePct]) => ({ from, ratePct }));

/**
 * California. The FTB had not published its 2026 rate schedules or standard
 * deduction when these were read (its 2026 Form 540-ES reuses 2025's), so
 * 2026 pay is taxed with the 2025 schedules, and the label says so. The
 * personal exemption credit (about $150 a person) is not modelled, for want
 * of a source for its 2025 amount: the estimate is that much too high.
 */
export const CALIFORNIA: StateRules = {
  code: 'CA',
  name: 'CA (2025 state tables)',
  sources: [
    {
      what: 'FTB 2025 rate schedules X and Y (example: joint 125,000 → 4,768.10)',
      url: 'https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf',
      read: READ,
    },
    {
      what: 'FTB 2025 Form 540 booklet: standard deduction',
      url: 'https://www.ftb.ca.gov/forms/2025/2025-540-booklet.pdf',
      read: READ,
    },
    {
      what: 'FTB: 1 % Behavioral Health Services Tax over $1,000,000 (2026 Form 540-ES)',
      url: 'https://www.ftb.ca.gov/forms/2026/2026-540-es-instructions.html',
      read: READ,
    },
    {
      what: 'EDD: 2026 SDI 1.3 % of all wages, no wage limit',
      url: 'https://edd.ca.gov/en/payroll_taxes/rates_and_withholding/',
      read: READ,
    },
  ],
  deduction: { single: 5_706, joint: 11_412 },
  brackets: {
    single: table([
      [0, 1],
      [11_079, 2],
      [26_264, 4],
      [41_452, 6],
      [57_542, 8],
      [72_724, 9.3],
      [371_479, 10.3],
      [445_771, 11.3],
      [742_953, 12.3],
    ]),
    joint: table([
      [0, 1],
      [22_158, 2],
      [52_528, 4],
      [82_904, 6],
      [115_084, 8],
      [145_448, 9.3],
      [742_958, 10.3],
      [891_542, 11.3],
      [1_485_906, 12.3],
    ]),
  },
  surtax: { over: 1_000_000, ratePct: 1 },
  payrollPct: 1.3,
};

export const US_PLACES: readonly PlaceRules[] = [
  ...['AK', 'FL', 'NV', 'NH', 'SD', 'TN', 'TX', 'WA', 'WY'].map(noWageTaxState),
  withState(CALIFORNIA),
];
