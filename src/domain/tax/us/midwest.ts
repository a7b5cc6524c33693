import { READ_DEC_2, READ_DEC_5 } from './federal';
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

/** The states of the Midwest with rules here. */
export const MIDWEST: readonly StateRules[] = [ILLINOIS, INDIANA, MINNESOTA, MICHIGAN, OHIO];
