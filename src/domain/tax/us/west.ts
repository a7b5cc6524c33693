import { READ, READ_DEC_2, US_2026 } from './federal';
import { flat, table, type StateRules } from './state';

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
  payroll: { pct: 1.3 },
};

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

/** The states of the West with rules here. */
export const WEST: readonly StateRules[] = [CALIFORNIA, ARIZONA];
