import type { Household } from '../../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type TaxInput, type YearRules } from '../types';

/*
 * United States, tax year 2026: federal income tax, Social Security and
 * Medicare, and the states that tax no wages. Every figure is named with its
 * source and the date it was read.
 */

export const READ = '2026-12-01';
export const READ_DEC_2 = '2026-12-02';
export const READ_DEC_5 = '2026-12-05';

export const SOURCES_2026 = [
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
  // Social Security buys a pension (and disability cover), Medicare health care in old age.
  return {
    incomeTax,
    social: socialSecurity + medicare,
    socialParts: { pension: socialSecurity, health: medicare },
  };
};

export const federalYear = (figures: UsFigures, year: number, sources: YearRules['sources']) =>
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

export const noWageTaxState = (code: string): PlaceRules => ({
  place: `US-${code}`,
  name: `US federal + ${code}`,
  currency: 'USD',
  householdMatters: true,
  healthPreTax: true,
  years: [federalYear(US_2026, 2026, [...SOURCES_2026, NO_WAGE_TAX_SOURCE])],
});
