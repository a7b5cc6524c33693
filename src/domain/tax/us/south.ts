import { READ, READ_DEC_2 } from './federal';
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

/** Kentucky: 3.5 % in 2026 after $3,360, one per return; local taxes are not modelled. */
const KENTUCKY = flat('KY', 3.5, { single: 3_360, joint: 3_360 }, [
  {
    what: 'KY DOR 2026 formula',
    url: 'https://news.bloombergtax.com/payroll/kentucky-income-tax-rate-to-decrease-in-2026',
    read: READ_DEC_2,
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

/** The states of the South with rules here. */
export const SOUTH: readonly StateRules[] = [NORTH_CAROLINA, KENTUCKY, VIRGINIA];
