import { READ_DEC_2, READ_DEC_5, US_2026 } from './federal';
import { flat, table, type StateRules } from './state';

/** Arizona: 2.5 % in 2026 after the federal standard deduction, which it follows. */
const ARIZONA = flat('AZ', 2.5, US_2026.standardDeduction, [
  {
    what: 'AZ 2.5 %, 2026',
    url: 'https://www.visaverge.com/taxes/arizona-2026-income-tax-flat-2-5-rate-and-deadline',
    read: READ_DEC_2,
  },
  {
    what: 'AZ: federal standard deduction',
    url: 'https://davis-tax.com/aznews.php',
    read: READ_DEC_2,
  },
]);

/**
 * Colorado: 4.4 % of federal taxable income, so after the federal standard
 * deduction. 4.4 % is the rate of the latest published return (2025; the
 * TABOR refund mechanisms may set another for 2026), so the label says so.
 * Employees pay half the 2026 FAMLI premium of 0.88 %, on wages up to the
 * Social Security wage base (social). Not modelled: the add-back of the
 * standard deduction over 12,000 (16,000 joint) when AGI passes 300,000, so
 * there the estimate is up to 180 (713 joint) too low; local occupational
 * privilege taxes (Denver's few dollars a month).
 */
const COLORADO: StateRules = {
  ...flat('CO', 4.4, US_2026.standardDeduction, [
    {
      what: 'CDOR 2025 Form 104 booklet: 4.4 % of federal taxable income (C.R.S. 39-22-104)',
      url: 'https://tax.colorado.gov/sites/tax/files/documents/Book104_2025.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'FAMLI 2026: premium 0.88 %, half by the employee, to the SS wage base',
      url: 'https://famli.colorado.gov/individuals-and-families/individuals-and-families-faqs',
      read: READ_DEC_5,
    },
  ]),
  name: 'CO (2025 rate)',
  payroll: [{ pct: 0.44, cap: US_2026.socialSecurity.wageBase }],
};

/**
 * Utah, 2026: 4.45 % of all wages less own deferrals (no deduction), less
 * the taxpayer tax credit, taken here as the 2026 withholding schedule
 * states it: 485 (970 joint) less 1.3 % of wages over 9,348 (18,696 joint).
 * The return's own credit (6 % of the federal standard deduction, phased
 * out over a higher line) had no 2026 source, so where it is larger, below
 * about 50,000 of wages, the estimate is up to about 500 too high.
 */
const UTAH: StateRules = {
  ...flat('UT', 4.45, { single: 0, joint: 0 }, [
    {
      what: 'Utah Code 59-10-104: 4.45 % (amended 2026 General Session, ch. 250)',
      url: 'https://le.utah.gov/xcode/Title59/Chapter10/59-10-S104.html',
      read: READ_DEC_5,
    },
    {
      what: 'USTC Pub 14 (rev. 4/26), annual schedule: allowance 485/970 less 1.3 % over 9,348/18,696',
      url: 'https://files.tax.utah.gov/tax/forms/pubs/pub-14.pdf',
      read: READ_DEC_5,
    },
  ]),
  credit: { amount: { single: 485, joint: 970 }, over: { single: 9_348, joint: 18_696 }, pct: 1.3 },
};

/**
 * Idaho: 5.3 % of federal taxable income (the federal standard deduction;
 * Idaho follows the 2025 federal changes) over a zero bracket of 4,811
 * (9,622 joint), 2025's, as 2026's indexed line was not found, so the label
 * says so. Not modelled: the 10 permanent building fund tax a return.
 */
const IDAHO: StateRules = {
  code: 'ID',
  name: 'ID (2025 zero bracket)',
  sources: [
    {
      what: 'ISTC rate schedule: 5.3 % over the zero bracket (HB 40, 2025)',
      url: 'https://tax.idaho.gov/taxes/income-tax/individual-income/individual-income-tax-rate-schedule/',
      read: READ_DEC_5,
    },
    {
      what: 'ISTC 2025 Form 40 instructions (EIN00046), line 20: 4,811 / 9,622',
      url: 'https://tax.idaho.gov/wp-content/uploads/forms/EIN00046/EIN00046_03-02-2026.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'ID: the federal standard deduction',
      url: 'https://remotelaws.com/state-income-tax/us-states/idaho',
      read: READ_DEC_5,
    },
    {
      what: 'ID HB 559 (2026): conformity with the 2025 federal changes',
      url: 'https://www.kivitv.com/news/political/inside-the-statehouse/gov-little-signs-tax-cuts-to-align-with-big-beautiful-bill-reducing-state-tax-revenue-by-155-million',
      read: READ_DEC_5,
    },
  ],
  deduction: US_2026.standardDeduction,
  brackets: {
    single: table([
      [0, 0],
      [4_811, 5.3],
    ]),
    joint: table([
      [0, 0],
      [9_622, 5.3],
    ]),
  },
};

/**
 * Montana, 2026 (HB 337): 4.7 % of federal taxable income (so after the
 * federal standard deduction) to 47,500 (95,000 joint), 5.65 % above.
 */
const MONTANA: StateRules = {
  code: 'MT',
  name: 'MT',
  sources: [
    {
      what: 'MT DOR: HB 337, 2026 brackets (4.7 % to 47,500/95,000, 5.65 % above)',
      url: 'https://revenue.mt.gov/news/recent-news/HB-337',
      read: READ_DEC_5,
    },
    {
      what: 'MT from 2024: federal taxable income is the base (SB 399)',
      url: 'https://legalclarity.org/what-is-the-standard-deduction-for-montana',
      read: READ_DEC_5,
    },
  ],
  deduction: US_2026.standardDeduction,
  brackets: {
    single: table([
      [0, 4.7],
      [47_500, 5.65],
    ]),
    joint: table([
      [0, 4.7],
      [95_000, 5.65],
    ]),
  },
};

/**
 * New Mexico: NMSA § 7-2-7's schedules for 2025 on (1.5 % to 5.9 %) after
 * the federal standard deduction, which the return takes from the federal
 * one (that it follows the 2025 federal increase was not confirmed). The
 * low- and middle-income exemption (for AGI under 36,667 single, 55,000
 * joint) is not modelled.
 */
const NM_RATES = [1.5, 3.2, 4.3, 4.7, 4.9, 5.9];
const NEW_MEXICO: StateRules = {
  code: 'NM',
  name: 'NM',
  sources: [
    {
      what: 'NMSA § 7-2-7, rates for years from 2025',
      url: 'https://print.casetext.com/statute/new-mexico-statutes-1978/chapter-7-taxation/article-2-income-tax-general-provisions/section-7-2-7-effective-112025-effective-until-712025-individual-income-tax-rates',
      read: READ_DEC_5,
    },
    {
      what: 'NM PIT-1 line 12: the federal standard deduction',
      url: 'https://klvg4oyd4j.execute-api.us-west-2.amazonaws.com/prod/PublicFiles/34821a9573ca43e7b06dfad20f5183fd/1afc56af-ea90-4d48-82e5-1f9aeb43255a/PITbook2022.pdf',
      read: READ_DEC_5,
    },
  ],
  deduction: US_2026.standardDeduction,
  brackets: {
    single: table(
      [0, 5_500, 16_500, 33_500, 66_500, 210_000].map((f, i) => [f, NM_RATES[i] as number]),
    ),
    joint: table(
      [0, 8_000, 25_000, 50_000, 100_000, 315_000].map((f, i) => [f, NM_RATES[i] as number]),
    ),
  },
};

/** The states of the Mountain division with rules here. */
export const MOUNTAIN: readonly StateRules[] = [
  ARIZONA,
  COLORADO,
  UTAH,
  IDAHO,
  MONTANA,
  NEW_MEXICO,
];
