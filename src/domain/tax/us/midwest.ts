import { READ_DEC_2, READ_DEC_5, US_2026 } from './federal';
import { flat, table, type StateRules } from './state';

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
      read: READ_DEC_2,
    },
    {
      what: 'IL 4.95 %, 2026',
      url: 'https://pixelation.org/illinois-state-income-tax-what-most-people-get-wrong-xup',
      read: READ_DEC_2,
    },
  ]),
  name: 'IL (2025 exemption)',
};

/** Indiana: 2.95 % in 2026 after $1,000 a person; county taxes are not modelled. */
const INDIANA = flat('IN', 2.95, { single: 1_000, joint: 2_000 }, [
  {
    what: 'IC 6-3-2-1: 2.95 %, 2026',
    url: 'https://www.lawserver.com/law/state/indiana/in-code/indiana_code_6-3-2-1_v2',
    read: READ_DEC_2,
  },
  {
    what: 'IN $1,000 exemption',
    url: 'https://support.taxslayer.com/hc/en-us/articles/360028143192',
    read: READ_DEC_2,
  },
]);

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
      read: READ_DEC_2,
    },
    {
      what: 'MN DOR: 2026 standard deduction (WJON)',
      url: 'https://wjon.com/minnesota-tax-standard-deductions/',
      read: READ_DEC_2,
    },
  ],
  deduction: { single: 15_300, joint: 30_600 },
  brackets: {
    single: table([0, 33_310, 109_430, 203_150].map((f, i) => [f, MN_RATES[i] as number])),
    joint: table([0, 48_700, 193_480, 337_930].map((f, i) => [f, MN_RATES[i] as number])),
  },
};

/**
 * Michigan, 2026: 4.25 % after the personal exemption of 5,900 a person.
 * City income taxes (Detroit 2.4 % of residents' pay, and about two dozen
 * others) are not modelled.
 */
const MICHIGAN = flat('MI', 4.25, { single: 5_900, joint: 11_800 }, [
  {
    what: 'MI Treasury Form 446, 2026 withholding guide: 4.25 %, exemption 5,900',
    url: 'https://www.michigan.gov/taxes/-/media/Project/Websites/taxes/Forms/SUW/TY2026/446_Withholding-Guide_2026.pdf',
    read: READ_DEC_5,
  },
  {
    what: 'MI Treasury: rate and exemption by year (4.25 %, 5,800 in 2025)',
    url: 'https://www.michigan.gov/taxes/business-taxes/withholding/calendar-year-tax-information',
    read: READ_DEC_5,
  },
]);

/**
 * Ohio, 2026 (R.C. 5747.02(A)(3)(c)): nothing on taxable income up to
 * 26,050; above it 332 plus 2.75 % of the excess (a step the law makes).
 * Taxable income is wages less own deferrals less 2,400 a person (2,150
 * over 40,000 of AGI, 1,900 over 80,000, nothing from 500,000), the 2025
 * amounts, as 2026's were not published (indexing may only raise them, by
 * 50 a step: about 1.40 of tax), so the label says so. Municipal and school
 * district income taxes are not modelled.
 */
const OHIO: StateRules = {
  code: 'OH',
  name: 'OH (2025 exemptions)',
  sources: [
    {
      what: 'R.C. 5747.02(A)(3)(c): for 2026, 332.00 plus 2.75 % over 26,050 (HB 96)',
      url: 'https://codes.ohio.gov/ohio-revised-code/section-5747.02',
      read: READ_DEC_5,
    },
    {
      what: 'R.C. 5747.025: exemptions, none from 500,000 of MAGI for 2026 (HB 96)',
      url: 'https://codes.ohio.gov/ohio-revised-code/section-5747.025',
      read: READ_DEC_5,
    },
    {
      what: 'ODT 2025 IT 1040 instructions: exemption 2,400 / 2,150 / 1,900 by MAGI',
      url: 'https://tax.ohio.gov/individual/resources/annual-tax-rates',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 0, joint: 0 },
  agiDeduction: {
    single: [
      [40_000, 2_400],
      [80_000, 2_150],
      [499_999, 1_900],
    ],
    joint: [
      [40_000, 4_800],
      [80_000, 4_300],
      [499_999, 3_800],
    ],
  },
  brackets: {
    single: table([
      [0, 0],
      [26_050, 2.75],
    ]),
    joint: table([
      [0, 0],
      [26_050, 2.75],
    ]),
  },
  step: { over: 26_050, amount: 332 },
};

/**
 * Iowa: 3.8 % from 2025 of federal taxable income (so after the federal
 * standard deduction), less the exemption credit of 40 a person.
 */
const IOWA: StateRules = {
  ...flat('IA', 3.8, US_2026.standardDeduction, [
    {
      what: 'IA 3.8 % from 2025 (SF 2442)',
      url: 'https://legalclarity.org/how-iowas-flat-tax-works-rates-deductions-and-more',
      read: READ_DEC_5,
    },
    {
      what: 'IDR: federal taxable income is the starting point from 2023',
      url: 'https://revenue.iowa.gov/2023-changes-iowa-individual-income-tax',
      read: READ_DEC_5,
    },
    {
      what: 'IA 1040: exemption credit 40 a person',
      url: 'https://tax.iowa.gov/sites/default/files/2023-01/2022IA1040%2841001%29.pdf',
      read: READ_DEC_5,
    },
  ]),
  credit: { amount: { single: 40, joint: 80 }, over: { single: 0, joint: 0 }, pct: 0 },
};

/**
 * Kansas: 5.2 % to 23,000 (46,000 joint), 5.58 % above (K.S.A. 79-32,110
 * for 2024 on), after the standard deduction (3,605, 8,240 joint) and the
 * exemption (9,160, 18,320 joint) of the 2025 return, 2026's not having
 * been found, so the label says so.
 */
const KANSAS: StateRules = {
  code: 'KS',
  name: 'KS (2025 deductions)',
  sources: [
    {
      what: 'K.S.A. 79-32,110: 5.2 % and 5.58 % for 2024 on',
      url: 'https://print.casetext.com/statute/kansas-statutes/chapter-79-taxation/article-32-income-tax/section-79-32110-tax-imposed-classes-of-taxpayers-rates',
      read: READ_DEC_5,
    },
    {
      what: 'KDOR 2025 K-40 instructions: exemption 9,160/18,320',
      url: 'https://www.ksrevenue.gov/pdf/ip25.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'KS 2025: standard deduction 3,605/8,240',
      url: 'https://remotelaws.com/state-income-tax/us-states/kansas',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 3_605 + 9_160, joint: 8_240 + 18_320 },
  brackets: {
    single: table([
      [0, 5.2],
      [23_000, 5.58],
    ]),
    joint: table([
      [0, 5.2],
      [46_000, 5.58],
    ]),
  },
};

/**
 * Wisconsin, 2026: 3.5 % to 15,110 (20,150 joint), 4.4 % to 51,950
 * (69,260), 5.3 % to 332,720 (443,630), 7.65 % above, after the sliding
 * standard deduction (13,960 less 12 % of AGI over 20,120; joint 25,840
 * less 19.778 % over 29,040) and the exemption of 700 a person.
 */
const WI_RATES = [3.5, 4.4, 5.3, 7.65];
const WISCONSIN: StateRules = {
  code: 'WI',
  name: 'WI',
  sources: [
    {
      what: 'WI DOR 2026 Form 1-ES instructions: 2026 brackets and sliding standard deduction',
      url: 'https://www.revenue.wi.gov/TaxForms2026/2026-Form1-ES-inst.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'WI exemption 700 a person',
      url: 'https://comparetaxrates.com/guides/wisconsin/2025',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 700, joint: 1_400 },
  phasedDeduction: {
    amount: { single: 13_960, joint: 25_840 },
    from: { single: 20_120, joint: 29_040 },
    width: { single: 13_960 / 0.12, joint: 25_840 / 0.19778 },
  },
  brackets: {
    single: table([0, 15_110, 51_950, 332_720].map((f, i) => [f, WI_RATES[i] as number])),
    joint: table([0, 20_150, 69_260, 443_630].map((f, i) => [f, WI_RATES[i] as number])),
  },
};

/**
 * North Dakota: federal taxable income (after the federal standard
 * deduction) taxed at nothing to 48,475 (80,975 joint), 1.95 % to 244,825
 * (298,075), 2.5 % above: the 2025 schedules, as 2026's indexed lines were
 * not found, so the label says so. The marriage penalty credit (for two
 * earners) does not apply to a one-earner household.
 */
const ND_RATES = [0, 1.95, 2.5];
const NORTH_DAKOTA: StateRules = {
  code: 'ND',
  name: 'ND (2025 brackets)',
  sources: [
    {
      what: 'ND 2025 individual income tax booklet: rate schedules',
      url: 'https://www.tax.nd.gov/sites/www/files/documents/forms/individual/2025-iit/2025-individual-income-tax-booklet.pdf',
      read: READ_DEC_5,
    },
  ],
  deduction: US_2026.standardDeduction,
  brackets: {
    single: table([0, 48_475, 244_825].map((f, i) => [f, ND_RATES[i] as number])),
    joint: table([0, 80_975, 298_075].map((f, i) => [f, ND_RATES[i] as number])),
  },
};

/** The states of the Midwest with rules here. */
export const MIDWEST: readonly StateRules[] = [
  ILLINOIS,
  INDIANA,
  MINNESOTA,
  MICHIGAN,
  OHIO,
  IOWA,
  KANSAS,
  WISCONSIN,
  NORTH_DAKOTA,
];
