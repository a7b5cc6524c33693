import { READ, READ_DEC_2, READ_DEC_5 } from './federal';
import { flat, table, type StateRules } from './state';

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
      read: READ_DEC_2,
    },
    {
      what: 'VA rates, $930 exemption',
      url: 'https://comparetaxrates.com/guides/virginia/2025',
      read: READ_DEC_2,
    },
  ],
  deduction: { single: 8_750 + 930, joint: 17_500 + 1_860 },
  brackets: { single: VA_RATES, joint: VA_RATES },
};

/** Georgia, 2026: 4.99 % after the standard deduction of 15,000 (30,000 joint), HB 463. */
const GEORGIA = flat('GA', 4.99, { single: 15_000, joint: 30_000 }, [
  {
    what: 'GA HB 463 (2026, signed 11 May 2026): 4.99 % and 15,000/30,000 for 2026',
    url: 'https://gov.georgia.gov/document/2026-signed-legislation/hb-463/download',
    read: READ_DEC_5,
  },
  {
    what: 'GA HB 463, § 2-1 amending O.C.G.A. § 48-7-20(a.1)',
    url: 'https://www.legis.ga.gov/api/legislation/document/20252026/249080',
    read: READ_DEC_5,
  },
]);

/**
 * Maryland: § 10-105's rates (2 % … 5.75 %, and since 2025 6.25 % and 6.5 %
 * at the top) after the standard deduction (3,350, 6,700 joint; 2025's, as
 * its 2026 indexing was not found, so the label says so) and 3,200 a person
 * of exemption, which falls by AGI (to 1,600, 800, then nothing over 150,000
 * single, 200,000 joint). The county income tax (2.25 % to 3.3 % of the same
 * taxable income) is not included here; Montgomery County's is, in the
 * place below.
 */
const MD_RATES = [2, 3, 4, 4.75, 5, 5.25, 5.5, 5.75, 6.25, 6.5];
const MARYLAND: StateRules = {
  code: 'MD',
  name: 'MD (2025 deduction, no county tax)',
  sources: [
    {
      what: 'MD Budget Reconciliation and Financing Act of 2025 (ch. 604): rates, deduction',
      url: 'https://mgaleg.maryland.gov/2025RS/Chapters_noln/CH_604_hb0352e.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'Comptroller 2025 resident booklet: exemptions by AGI, rate schedules',
      url: 'https://www.marylandcomptroller.gov/content/dam/mdcomp/tax/instructions/2025/resident-booklet.pdf',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 3_350, joint: 6_700 },
  agiDeduction: {
    single: [
      [100_000, 3_200],
      [125_000, 1_600],
      [150_000, 800],
    ],
    joint: [
      [150_000, 6_400],
      [175_000, 3_200],
      [200_000, 1_600],
    ],
  },
  brackets: {
    single: table(
      [0, 1_000, 2_000, 3_000, 100_000, 125_000, 150_000, 250_000, 500_000, 1e6].map((f, i) => [
        f,
        MD_RATES[i] as number,
      ]),
    ),
    joint: table(
      [0, 1_000, 2_000, 3_000, 150_000, 175_000, 225_000, 300_000, 600_000, 1.2e6].map((f, i) => [
        f,
        MD_RATES[i] as number,
      ]),
    ),
  },
};

/**
 * Maryland with Montgomery County's income tax: the county's 3.2 % (its
 * 2025 rate) of the same Maryland taxable income (§ 10-604), on top of the
 * state tax.
 */
const MARYLAND_MONTGOMERY: StateRules = {
  ...MARYLAND,
  code: 'MD-MC',
  name: 'MD + Montgomery County (2025 tables)',
  sources: [
    ...MARYLAND.sources,
    {
      what: 'Md. Code, Tax-Gen. § 10-604: county tax on Maryland taxable income',
      url: 'https://library.partnertax.ai/us-md/stat/gtg-10-604',
      read: READ_DEC_5,
    },
    {
      what: 'MD local income tax rates 2025: Montgomery County 3.20 %',
      url: 'http://tax-rates.org./maryland/local-income-taxes',
      read: READ_DEC_5,
    },
  ],
  city: { single: table([[0, 3.2]]), joint: table([[0, 3.2]]) },
};

/**
 * The District of Columbia: 4 % to 10,000, 6 % to 40,000, 6.5 % to 60,000,
 * 8.5 % to 250,000, 9.25 % to 500,000, 9.75 % to 1,000,000, 10.75 % above,
 * for every household, after its own standard deduction (15,000, 30,000
 * joint: 2025's, which left out the federal increase of 2025; 2026's was not
 * found, so the label says so).
 */
const DC_RATES = table([
  [0, 4],
  [10_000, 6],
  [40_000, 6.5],
  [60_000, 8.5],
  [250_000, 9.25],
  [500_000, 9.75],
  [1_000_000, 10.75],
]);
const DISTRICT_OF_COLUMBIA: StateRules = {
  code: 'DC',
  name: 'DC (2025 deduction)',
  sources: [
    {
      what: 'OTR D-40 booklet: rate table (D.C. Code § 47-1806.03, unchanged since 2022)',
      url: 'https://otr.cfo.dc.gov/sites/default/files/dc/sites/otr/publication/attachments/2023_D40_Book_Final_012324.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'OTR 2025 D-40 booklet p. 13: deduction 15,000/30,000, as quoted by PolicyEngine',
      url: 'https://github.com/PolicyEngine/policyengine-us/pull/7930',
      read: READ_DEC_5,
    },
    {
      what: 'NTU: DC decouples from the 2025 federal standard deduction increase',
      url: 'https://www.ntu.org/foundation/detail/dc-government-clashes-with-congress-over-local-tax-law',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 15_000, joint: 30_000 },
  brackets: { single: DC_RATES, joint: DC_RATES },
};

/**
 * South Carolina, 2026 (H.4216, Act 110): 1.99 % of taxable income to
 * 30,000, 5.21 % above, for every household, on AGI less the income
 * adjusted deduction (15,000, 30,000 joint), which falls evenly to nothing
 * as AGI goes from 40,000 to 95,000 (80,000 to 190,000 joint).
 */
const SC_RATES = table([
  [0, 1.99],
  [30_000, 5.21],
]);
const SOUTH_CAROLINA: StateRules = {
  code: 'SC',
  name: 'SC',
  sources: [
    {
      what: 'SC H.4216 (Act 110, signed 30 March 2026): rates, § 12-6-1140(15) deduction',
      url: 'https://www.scstatehouse.gov/sess126_2025-2026/bills/4216.htm',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 0, joint: 0 },
  phasedDeduction: {
    amount: { single: 15_000, joint: 30_000 },
    from: { single: 40_000, joint: 80_000 },
    width: { single: 55_000, joint: 110_000 },
  },
  brackets: { single: SC_RATES, joint: SC_RATES },
};

/**
 * West Virginia, 2026 (SB 392, signed 14 March 2026): 2.11 % to 10,000,
 * 2.81 % to 25,000, 3.16 % to 40,000, 4.22 % to 60,000, 4.58 % above, for
 * single and joint alike, on wages less own deferrals and the exemption of
 * 2,000 a person (no standard deduction).
 */
const WV_RATES = table([
  [0, 2.11],
  [10_000, 2.81],
  [25_000, 3.16],
  [40_000, 4.22],
  [60_000, 4.58],
]);
const WEST_VIRGINIA: StateRules = {
  code: 'WV',
  name: 'WV',
  sources: [
    {
      what: 'WV SB 392 (2026), enrolled: § 11-21-4j rates from 2026',
      url: 'https://www.wvlegislature.gov/Bill_Text_HTML/2026_SESSIONS/RS/bills/sb392%20sub1%20enr.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'WV Code § 11-21-16: exemption 2,000 a person (IT-140 instructions)',
      url: 'https://tax.wv.gov/Documents/PIT/2022/PersonalIncomeTaxFormsAndInstructions.2022.pdf',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 2_000, joint: 4_000 },
  brackets: { single: WV_RATES, joint: WV_RATES },
};

/** The states of the South Atlantic division with rules here. */
export const SOUTH_ATLANTIC: readonly StateRules[] = [
  NORTH_CAROLINA,
  VIRGINIA,
  GEORGIA,
  MARYLAND,
  MARYLAND_MONTGOMERY,
  DISTRICT_OF_COLUMBIA,
  SOUTH_CAROLINA,
  WEST_VIRGINIA,
];
