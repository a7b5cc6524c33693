import type { Household } from '../document/schema';
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
  /** An employee payroll contribution (social): `pct` of wages, up to `cap` of wages if any. */
  payroll?: { pct: number; cap?: number };
  /** Own 401(k) deferrals are taxed too (Pennsylvania). */
  taxesDeferrals?: true;
  /** New York's recapture of its lower brackets (Tax Law § 601(d)). */
  recapture?: true;
  /** A city's resident tax on the same taxable income (New York City). */
  city?: Record<Household, readonly Bracket[]>;
}

/**
 * New York's supplemental tax (§ 601(d)), as the tax computation worksheets
 * of the IT-201/IT-2105 instructions work it out for AGI over $107,650: from
 * the bracket holding $107,650 up, the bracket holding AGI is reached in
 * turn; over $50,000 of AGI from that bracket's start (from $107,650 for
 * the first) the tax moves from the schedule (plus what earlier steps took
 * back, the "recapture base") to that bracket's rate on all taxable income.
 * The recapture base is the previous rate on the bracket's start less the
 * schedule's tax there (the worksheets print it: $494 and $919 in 2015's
 * single ones). AGI here is wages less own
 * deferrals; the worksheets' rounding of the fraction to 4 places is not
 * copied.
 */
const recaptured = (b: readonly Bracket[], taxable: number, agi: number): number => {
  const sched = bracketTax(b, taxable);
  const first = 107_650;
  if (agi <= first) return sched;
  const at = (x: number) => b.findLastIndex((r) => r.from < x);
  const k0 = at(first);
  const k = Math.max(k0, at(agi));
  const start = (b[k] as Bracket).from;
  const base = k === k0 ? 0 : ((b[k - 1] as Bracket).ratePct * start) / 100 - bracketTax(b, start);
  const share = Math.min(1, (agi - (k === k0 ? first : start)) / 50_000);
  return sched + base + share * (((b[k] as Bracket).ratePct * taxable) / 100 - sched - base);
};

const stateTax = (state: StateRules, input: TaxInput, household: Household) => {
  const deferral = state.taxesDeferrals
    ? 0
    : Math.min(input.ownRetirement, US_2026.deferralLimit, input.wages);
  const taxable = Math.max(0, input.wages - deferral - state.deduction[household]);
  const surtax = state.surtax
    ? (Math.max(0, taxable - state.surtax.over) * state.surtax.ratePct) / 100
    : 0;
  const b = state.brackets[household];
  return {
    incomeTax:
      (state.recapture ? recaptured(b, taxable, input.wages - deferral) : bracketTax(b, taxable)) +
      surtax +
      (state.city ? bracketTax(state.city[household], taxable) : 0),
    social: state.payroll
      ? (Math.min(input.wages, state.payroll.cap ?? Infinity) * state.payroll.pct) / 100
      : 0,
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
          ...(state.city && { 'city single': state.city.single, 'city joint': state.city.joint }),
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
  payroll: { pct: 1.3 },
};

/**
 * New York, 2025 schedules for 2026 pay (read 2026-12-01; the 2026 ones were
 * not found), so the label says so. Joint: Tax Law § 601(a) for 2023 on, as
 * quoted in Assembly bill A1281 (2025); single (§ 601(c)) and the standard
 * deductions (8,000 single, 16,050 joint; IT-201 instructions) as tabulated
 * by newyorkincometaxcalculator.com from the Tax Department's 2025 tables.
 * The recapture of § 601(d) applies (see `recaptured`). Not modelled: the
 * household credit, and the rate cut the FY2026 budget is reported to make
 * for 2026 (not found in any stored source).
 */
const NY_SOURCES = [
  {
    what: 'NY Tax Law § 601(a) (bill A1281)',
    url: 'https://assembly.state.ny.us/leg/?Text=Y&bn=A1281&term=2025',
    read: READ,
  },
  {
    what: 'NY and NYC 2025 tables',
    url: 'https://newyorkincometaxcalculator.com/guides/tax-brackets',
    read: READ,
  },
  {
    what: 'NY recapture worksheets (IT-2105-I)',
    url: 'http://docplayer.net/280072-It-2105-i-5-15-new-york-state-new-york-city-yonkers-mctmt.html',
    read: READ,
  },
];

const NY_RATES = [4, 4.5, 5.25, 5.5, 6, 6.85, 9.65, 10.3, 10.9];
const NY_TOPS = [5e6, 25e6];
const NEW_YORK: StateRules = {
  code: 'NY',
  name: 'NY (2025 state tables)',
  sources: NY_SOURCES,
  deduction: { single: 8_000, joint: 16_050 },
  brackets: {
    single: table(
      [0, 8_500, 11_700, 13_900, 80_650, 215_400, 1_077_550, ...NY_TOPS].map((f, i) => [
        f,
        NY_RATES[i] as number,
      ]),
    ),
    joint: table(
      [0, 17_150, 23_600, 27_900, 161_550, 323_200, 2_155_350, ...NY_TOPS].map((f, i) => [
        f,
        NY_RATES[i] as number,
      ]),
    ),
  },
  recapture: true,
};

/**
 * New York City resident tax on the same taxable income (§ 1304's
 * thresholds, 2.7 %, 3.3 %, 3.35 %, 3.4 % with the 14 % additional tax);
 * the school tax credit and its rate reduction are not modelled.
 */
const NYC_RATES = [3.078, 3.762, 3.819, 3.876];
const NEW_YORK_CITY: StateRules = {
  ...NEW_YORK,
  code: 'NY-NYC',
  name: 'NY + NYC (2025 tables)',
  sources: [
    ...NY_SOURCES,
    {
      what: 'NY Tax Law § 1304 (NYC)',
      url: 'https://instalawyer.io/laws/new-york-laws/1304-rate-of-tax',
      read: READ,
    },
  ],
  city: {
    single: table([0, 12_000, 25_000, 50_000].map((f, i) => [f, NYC_RATES[i] as number])),
    joint: table([0, 21_600, 45_000, 90_000].map((f, i) => [f, NYC_RATES[i] as number])),
  },
};

/** A flat rate on wages less own deferrals and a deduction (or exemption). */
const flat = (
  code: string,
  ratePct: number,
  deduction: Record<Household, number>,
  sources: readonly Source[],
  surtax?: StateRules['surtax'],
): StateRules => ({
  code,
  name: code,
  sources,
  deduction,
  brackets: { single: table([[0, ratePct]]), joint: table([[0, ratePct]]) },
  ...(surtax && { surtax }),
});

/**
 * Massachusetts: 5 % after the personal exemption (4,400 single, 8,800
 * joint), and the 4 % surtax on taxable income over 1,083,150 (the 2026
 * threshold by VisaVerge's report of the DOR's draft 2026 tables; another
 * report gives it as 2025's). Not modelled: the deduction of up to 2,000 of
 * Social Security and Medicare (about 100 of tax).
 */
const MASSACHUSETTS = flat(
  'MA',
  5,
  { single: 4_400, joint: 8_800 },
  [
    {
      what: 'Mass. DOR: 4 % surtax',
      url: 'https://www.mass.gov/info-details/4-surtax-on-taxable-income-over-1000000',
      read: READ,
    },
    {
      what: 'MA 2026 rates',
      url: 'https://www.visaverge.com/taxes/massachusetts-2026-income-tax-5-up-to-1083150-then-9-overall',
      read: READ,
    },
    {
      what: 'MA personal exemption',
      url: 'https://legalclarity.org/what-is-the-personal-exemption-in-massachusetts',
      read: READ,
    },
  ],
  { over: 1_083_150, ratePct: 4 },
);

/** North Carolina: 3.99 % in 2026 after its standard deduction (12,750 single, 25,500 joint). */
const NORTH_CAROLINA = flat('NC', 3.99, { single: 12_750, joint: 25_500 }, [
  {
    what: 'NC 2026 rate',
    url: 'https://www.efile.com/north-carolina-tax-rates-forms-and-brackets',
    read: READ,
  },
  {
    what: 'NC standard deduction',
    url: 'https://www.aipaycheckcalculator.com/calculator/north-carolina',
    read: READ,
  },
]);

/**
 * Pennsylvania: 3.07 % of all compensation, own 401(k) deferrals included,
 * no deduction; each spouse is taxed alone, which at a flat rate is the
 * same. Local earned income taxes (Philadelphia's wage tax among them) are
 * not modelled.
 */
const PENNSYLVANIA: StateRules = {
  ...flat('PA', 3.07, { single: 0, joint: 0 }, [
    {
      what: 'PA 3.07 %, 401(k) deferrals taxed, no deduction',
      url: 'https://legalclarity.org/how-to-read-a-pennsylvania-w-2-for-state-and-local-taxes',
      read: READ,
    },
  ]),
  taxesDeferrals: true,
};

const READ_10 = '2026-12-02';

/**
 * Illinois: 4.95 % after an exemption per person. The Department of
 * Revenue's latest published amount is 2025's ($2,850), so the label says
 * so. Not modelled: the exemption's loss over AGI of $250,000 ($500,000
 * joint), so the estimate is up to $141 ($282) too low there.
 */
const ILLINOIS: StateRules = {
  ...flat('IL', 4.95, { single: 2_850, joint: 5_700 }, [
    {
      what: 'IDOR exemption, 2025',
      url: 'https://tax.illinois.gov/questionsandanswers/851.html',
      read: READ_10,
    },
    {
      what: 'IL 4.95 %, 2026',
      url: 'https://pixelation.org/illinois-state-income-tax-what-most-people-get-wrong-xup',
      read: READ_10,
    },
  ]),
  name: 'IL (2025 exemption)',
};

/** Arizona: 2.5 % in 2026 after the federal standard deduction, which it follows. */
const ARIZONA = flat('AZ', 2.5, US_2026.standardDeduction, [
  {
    what: 'AZ 2.5 %, 2026',
    url: 'https://www.visaverge.com/taxes/arizona-2026-income-tax-flat-2-5-rate-and-deadline',
    read: READ_10,
  },
  {
    what: 'AZ: federal standard deduction',
    url: 'https://davis-tax.com/aznews.php',
    read: READ_10,
  },
]);

/** Indiana: 2.95 % in 2026 after $1,000 a person; county taxes are not modelled. */
const INDIANA = flat('IN', 2.95, { single: 1_000, joint: 2_000 }, [
  {
    what: 'IC 6-3-2-1: 2.95 %, 2026',
    url: 'https://www.lawserver.com/law/state/indiana/in-code/indiana_code_6-3-2-1_v2',
    read: READ_10,
  },
  {
    what: 'IN $1,000 exemption',
    url: 'https://support.taxslayer.com/hc/en-us/articles/360028143192',
    read: READ_10,
  },
]);

/** Kentucky: 3.5 % in 2026 after $3,360, one per return; local taxes are not modelled. */
const KENTUCKY = flat('KY', 3.5, { single: 3_360, joint: 3_360 }, [
  {
    what: 'KY DOR 2026 formula',
    url: 'https://news.bloombergtax.com/payroll/kentucky-income-tax-rate-to-decrease-in-2026',
    read: READ_10,
  },
]);

/**
 * Virginia: 2 % to 3,000, 3 % to 5,000, 5 % to 17,000, 5.75 % above, after
 * the standard deduction (8,750 single, 17,500 joint through 2026) and 930
 * a person of exemption.
 */
const VA_RATES = table([
  [0, 2],
  [3_000, 3],
  [5_000, 5],
  [17_000, 5.75],
]);
const VIRGINIA: StateRules = {
  code: 'VA',
  name: 'VA',
  sources: [
    {
      what: 'VA withholding: deduction to 2026 (Bloomberg Law)',
      url: 'https://news.bloomberglaw.com/payroll/virginia-updates-withholding-methods-effective-july-1',
      read: READ_10,
    },
    {
      what: 'VA rates, $930 exemption',
      url: 'https://comparetaxrates.com/guides/virginia/2025',
      read: READ_10,
    },
  ],
  deduction: { single: 8_750 + 930, joint: 17_500 + 1_860 },
  brackets: { single: VA_RATES, joint: VA_RATES },
};

/**
 * Minnesota, 2026: 5.35 %, 6.8 %, 7.85 %, 9.85 % after the standard
 * deduction (15,300 single, 30,600 joint). Not modelled: the deduction's
 * phase-out at high incomes.
 */
const MN_RATES = [5.35, 6.8, 7.85, 9.85];
const MINNESOTA: StateRules = {
  code: 'MN',
  name: 'MN',
  sources: [
    {
      what: 'MN DOR: 2026 brackets',
      url: 'https://politicalemails.org/messages/2061563/html_body',
      read: READ_10,
    },
    {
      what: 'MN DOR: 2026 standard deduction (WJON)',
      url: 'https://wjon.com/minnesota-tax-standard-deductions/',
      read: READ_10,
    },
  ],
  deduction: { single: 15_300, joint: 30_600 },
  brackets: {
    single: table([0, 33_310, 109_430, 203_150].map((f, i) => [f, MN_RATES[i] as number])),
    joint: table([0, 48_700, 193_480, 337_930].map((f, i) => [f, MN_RATES[i] as number])),
  },
};

/**
 * New Jersey: rates unchanged since 2020 (single 1.4 % to 10.75 %; joint
 * with its own lower brackets), after the 1,000 exemption a person. Own
 * 401(k) deferrals are subtracted as federally. Employees pay TDI 0.19 % and
 * FLI 0.23 % of wages up to 171,100 in 2026 (social). Not modelled: the
 * employee's unemployment and workforce contributions.
 */
const NEW_JERSEY: StateRules = {
  code: 'NJ',
  name: 'NJ',
  sources: [
    {
      what: 'NJ rates, 2026',
      url: 'https://cpapai.com/blog/new-jersey-state-income-tax',
      read: READ_10,
    },
    {
      what: 'NJ joint to 80,000',
      url: 'https://locke-movie.com/2022/08/21/what-are-the-new-jersey-tax-tables-for-2020/',
      read: READ_10,
    },
    {
      what: 'NJ joint to 150,000',
      url: 'https://taxes.uslegal.com/personal-income-tax/new-jersey-statutes/',
      read: READ_10,
    },
    {
      what: 'NJ exemption',
      url: 'https://www.traveltax.com/tax-laws-for-every-state-1/v/new-jersey-1?categoryId=65f4a91e592866377a0a5dce',
      read: READ_10,
    },
    {
      what: 'NJ 2026 TDI, FLI',
      url: 'https://www.mybenefitadvisor.com/articles/compliance/2025/q4/new-jersey-releases-2026-disability-and-family-leave-amounts',
      read: READ_10,
    },
  ],
  deduction: { single: 1_000, joint: 2_000 },
  brackets: {
    single: table([
      [0, 1.4],
      [20_000, 1.75],
      [35_000, 3.5],
      [40_000, 5.525],
      [75_000, 6.37],
      [500_000, 8.97],
      [1_000_000, 10.75],
    ]),
    joint: table([
      [0, 1.4],
      [20_000, 1.75],
      [50_000, 2.45],
      [70_000, 3.5],
      [80_000, 5.525],
      [150_000, 6.37],
      [500_000, 8.97],
      [1_000_000, 10.75],
    ]),
  },
  payroll: { pct: 0.19 + 0.23, cap: 171_100 },
};

export const US_PLACES: readonly PlaceRules[] = [
  ...['AK', 'FL', 'NV', 'NH', 'SD', 'TN', 'TX', 'WA', 'WY'].map(noWageTaxState),
  ...[
    CALIFORNIA,
    NEW_YORK,
    NEW_YORK_CITY,
    MASSACHUSETTS,
    NORTH_CAROLINA,
    PENNSYLVANIA,
    ILLINOIS,
    ARIZONA,
    INDIANA,
    KENTUCKY,
    VIRGINIA,
    MINNESOTA,
    NEW_JERSEY,
  ].map(withState),
];
