import { READ_DEC_2, READ_DEC_5 } from './federal';
import { flat, table, type StateRules } from './state';

/** Kentucky: 3.5 % in 2026 after $3,360, one per return; local taxes are not modelled. */
const KENTUCKY = flat('KY', 3.5, { single: 3_360, joint: 3_360 }, [
  {
    what: 'KY DOR 2026 formula',
    url: 'https://news.bloombergtax.com/payroll/kentucky-income-tax-rate-to-decrease-in-2026',
    read: READ_DEC_2,
  },
]);

/**
 * Louisiana: 3 % from 2025 after the standard deduction (12,500, 25,000
 * joint; indexed from 2026, and 2026's was not found, so the label says so).
 */
const LOUISIANA: StateRules = {
  ...flat('LA', 3, { single: 12_500, joint: 25_000 }, [
    {
      what: 'LDR: a flat 3 % for periods from 1 January 2025',
      url: 'https://revenue.louisiana.gov/tax-education-and-faqs/faqs/income-tax-reform/what-are-the-individual-income-tax-rates-and-brackets',
      read: READ_DEC_5,
    },
    {
      what: 'La. R.S. 47:294: 12,500 (twice joint) for 2025, CPI-indexed from 2026',
      url: 'https://casetext.com/statute/louisiana-revised-statutes/revised-statutes/title-47-revenue-and-taxation/subtitle-ii-provisions-relating-to-taxes-collected-and-administered-by-the-collector-of-revenue/chapter-1-income-tax/part-iii-provisions-for-individuals/section-47294-standard-deduction',
      read: READ_DEC_5,
    },
  ]),
  name: 'LA (2025 deduction)',
};

/**
 * Mississippi, 2026: nothing on the first 10,000 of taxable income (per
 * return, not doubled joint), 4 % above, after the standard deduction
 * (2,300, 4,600 joint) and the exemption (6,000, 12,000 joint).
 */
const MS_RATES = table([
  [0, 0],
  [10_000, 4],
]);
const MISSISSIPPI: StateRules = {
  code: 'MS',
  name: 'MS',
  sources: [
    {
      what: 'MS DOR: exemptions 6,000 single, 12,000 joint',
      url: 'https://dor.ms.gov/individual/tax-rates',
      read: READ_DEC_5,
    },
    {
      what: 'MS Form 80-105 instructions: standard deduction 2,300/4,600 (§ 27-7-17)',
      url: 'https://www.dor.ms.gov/sites/default/files/Forms/Individual/80100221.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'MS 2026: 0 % to 10,000, 4.0 % above (HB 531, 2022)',
      url: 'https://calcdomain.com/mississippi-income-tax.html',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 2_300 + 6_000, joint: 4_600 + 12_000 },
  brackets: { single: MS_RATES, joint: MS_RATES },
};

/**
 * Oklahoma, 2026 (HB 2764): nothing on the first 3,750 of taxable income
 * (7,500 joint), 2.5 % on the next 1,150 (2,300), 3.5 % on the next 2,300
 * (4,600), 4.5 % above, after the standard deduction (6,350, 12,700 joint,
 * frozen at the federal amounts of 2017) and 1,000 a person of exemption.
 */
const OK_RATES = [0, 2.5, 3.5, 4.5];
const OKLAHOMA: StateRules = {
  code: 'OK',
  name: 'OK',
  sources: [
    {
      what: 'OK HB 2764 (2025), enrolled: 68 O.S. § 2355(D) for 2026',
      url: 'https://www.oklegislature.gov/cf_pdf/2025-26%20ENR/hB/HB2764%20ENR.PDF',
      read: READ_DEC_5,
    },
    {
      what: 'OK standard deduction 6,350/12,700 (frozen at 2017)',
      url: 'https://legalclarity.org/what-is-the-standard-deduction-for-oklahoma',
      read: READ_DEC_5,
    },
    {
      what: 'OTC Schedule 511-D: 1,000 an exemption',
      url: 'http://www.esmarttax.com/2010-oklahoma-schedule-511-d-instructions.asp',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 6_350 + 1_000, joint: 12_700 + 2_000 },
  brackets: {
    single: table([0, 3_750, 4_900, 7_200].map((f, i) => [f, OK_RATES[i] as number])),
    joint: table([0, 7_500, 9_800, 14_400].map((f, i) => [f, OK_RATES[i] as number])),
  },
};

/**
 * Alabama: 2 % on the first 500 of taxable income (1,000 joint), 4 % to
 * 3,000 (6,000), 5 % above, on wages less own deferrals, the standard
 * deduction (2,500, 5,000 joint: its floor, reached at AGI of 35,500), the
 * exemption (1,500, 3,000 joint) and the year's federal income tax. Not
 * modelled: the larger deduction below 35,500 of AGI (up to 25, 175 joint,
 * of tax) and city occupational taxes (Birmingham 1 %).
 */
const AL_RATES = [2, 4, 5];
const ALABAMA: StateRules = {
  code: 'AL',
  name: 'AL',
  sources: [
    {
      what: 'AL rates 2 %, 4 %, 5 % (Code of Alabama § 40-18-5), tax year 2025',
      url: 'https://www.efile.com/alabama-tax-brackets-rates-and-forms',
      read: READ_DEC_5,
    },
    {
      what: 'Code of Alabama § 40-18-15(b): standard deduction floor 2,500 / 5,000 (Form 40 booklet)',
      url: 'https://www.revenue.alabama.gov/ultraviewer/viewer/basic_viewer/index.html?form=2023/01/22f40bk.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'AL personal exemption 1,500 / 3,000',
      url: 'https://www.irstaxapp.com/amp/all-about-usa-state-and-local-taxes/alabama-tax-rates/',
      read: READ_DEC_5,
    },
    {
      what: 'AL: federal income tax paid is deductible',
      url: 'https://www.taxuni.com/alabama-income-tax-brackets/',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 2_500 + 1_500, joint: 5_000 + 3_000 },
  deductsFederalTax: true,
  brackets: {
    single: table([0, 500, 3_000].map((f, i) => [f, AL_RATES[i] as number])),
    joint: table([0, 1_000, 6_000].map((f, i) => [f, AL_RATES[i] as number])),
  },
};

/** The states of the South's two central divisions with rules here. */
export const SOUTH_CENTRAL: readonly StateRules[] = [
  KENTUCKY,
  LOUISIANA,
  MISSISSIPPI,
  OKLAHOMA,
  ALABAMA,
];
