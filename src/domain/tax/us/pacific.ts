import { READ, READ_DEC_5, US_2026 } from './federal';
import { table, type StateRules } from './state';

/**
 * California. The FTB had not published its 2026 rate schedules or standard
 * deduction when these were read (its 2026 Form 540-ES reuses 2025's), so
 * 2026 pay is taxed with the 2025 schedules, and the label says so. The
 * personal exemption credit (about $150 a person) is not modelled, for want
 * of a source for its 2025 amount: the estimate is that much too high.
 */
const CALIFORNIA: StateRules = {
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
  payroll: [{ pct: 1.3 }],
};

/**
 * Hawaii, 2026: Act 46 (2024)'s brackets for years from 2025 (1.4 % to 11 %,
 * joint twice the single lines) after its 2026 standard deduction (8,000,
 * 16,000 joint) and the exemption of 1,144 a person. Not modelled: the
 * Temporary Disability Insurance an employer may withhold (at most 0.5 %
 * of pay, 7.50 a week).
 */
const HI_RATES = [1.4, 3.2, 5.5, 6.4, 6.8, 7.2, 7.6, 7.9, 8.25, 9, 10, 11];
const HI_SINGLE = [
  0, 9_600, 14_400, 19_200, 24_000, 36_000, 48_000, 125e3, 175e3, 225e3, 275e3, 325e3,
];
const HAWAII: StateRules = {
  code: 'HI',
  name: 'HI',
  sources: [
    {
      what: 'HI Act 46, SLH 2024: brackets from 2025, standard deduction 8,000/16,000 from 2026',
      url: 'https://data.capitol.hawaii.gov/sessions/sessionlaws/Years/SLH2024/SLH2024_Act46.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'HRS § 235-54: exemption 1,144 a person (Form N-11 instructions)',
      url: 'https://files.hawaii.gov/tax/forms/2022/n11ins.pdf',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 8_000 + 1_144, joint: 16_000 + 2_288 },
  brackets: {
    single: table(HI_SINGLE.map((f, i) => [f, HI_RATES[i] as number])),
    joint: table(HI_SINGLE.map((f, i) => [2 * f, HI_RATES[i] as number])),
  },
};

/**
 * Oregon, 2026, as the Department of Revenue's 2026 withholding formulas
 * state the year's figures (the 2026 return's instructions are not out):
 * single 4.75 % to 4,550, 6.75 % to 11,400, 8.75 % to 125,000, 9.9 % above;
 * joint 9,100, 22,800, 250,000; after the standard deduction (2,910, 5,820
 * joint) and the federal income tax, at most 8,750, a cap that falls by
 * 1,750 a step of 5,000 of AGI over 125,000 (10,000 over 250,000 joint) to
 * nothing from 145,000 (290,000); less the exemption credit of 263 a person
 * for AGI up to 100,000 (200,000 joint). Social: the statewide transit tax
 * (0.1 % of all wages) and the employee's Paid Leave Oregon contribution
 * (0.6 % to 184,500). Not modelled: Portland's Metro and Multnomah County
 * income taxes (1 % and 1.5 % over 125,000, 200,000 joint), the kicker.
 */
const OR_RATES = [4.75, 6.75, 8.75, 9.9];
const OR_SUBTRACTION_CAP = (step: number, from: number) =>
  [8_750, 7_000, 5_250, 3_500, 1_750].map((cap, i) => [from + i * step - 1, cap] as const);
const OREGON: StateRules = {
  code: 'OR',
  name: 'OR',
  sources: [
    {
      what: 'OR DOR 150-206-436, withholding formulas for 2026: brackets, deduction, subtraction, credit',
      url: 'https://www.oregon.gov/dor/forms/FormsPubs/withholding-tax-formulas_206-436_2026.pdf',
      read: READ_DEC_5,
    },
    {
      what: 'OR statewide transit tax: 0.1 % of wages',
      url: 'https://www.oregonlive.com/politics/index.ssf/2018/07/why_there_is_less_money_in_ore.html',
      read: READ_DEC_5,
    },
    {
      what: 'Paid Leave Oregon: rate up to 1 %, employees pay 60 %',
      url: 'https://paidleavecontact.oregon.gov/hc/en-us/articles/7297275850647-How-is-the-program-funded-',
      read: READ_DEC_5,
    },
  ],
  deduction: { single: 2_910, joint: 5_820 },
  deductsFederalTax: {
    single: OR_SUBTRACTION_CAP(5_000, 125_000),
    joint: OR_SUBTRACTION_CAP(10_000, 250_000),
  },
  agiCredit: { single: [[100_000, 263]], joint: [[200_000, 526]] },
  brackets: {
    single: table([0, 4_550, 11_400, 125_000].map((f, i) => [f, OR_RATES[i] as number])),
    joint: table([0, 9_100, 22_800, 250_000].map((f, i) => [f, OR_RATES[i] as number])),
  },
  payroll: [{ pct: 0.1 }, { pct: 0.6, cap: US_2026.socialSecurity.wageBase }],
};

/** The states of the Pacific division with rules here. */
export const PACIFIC: readonly StateRules[] = [CALIFORNIA, HAWAII, OREGON];
