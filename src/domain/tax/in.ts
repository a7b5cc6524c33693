import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * India, financial year 2026–27 (1 April 2026 to 31 March 2027), the new
 * regime (the default): Budget 2026 kept the slabs, standard deduction and
 * rebate of FY 2025–26 while the Income-tax Act, 2025 replaced the 1961 Act
 * from 1 April 2026 (outlookmoney.com reports the same rates under the new
 * law). India taxes each person alone. Not modelled: the
 * employee's EPF contribution (12 % of "basic wages", a part of salary an
 * offer does not state) and the old regime's deductions; own retirement
 * contributions lower nothing under the new regime. Read on 2026-12-02.
 */

const READ = '2026-12-02';

const SOURCES = [
  {
    what: 'Budget 2026: slabs unchanged',
    url: 'https://htsyndication.com/ciol/article/budget-2026-replaces-1961-tax-act-with-simplified-code/97170670',
    read: READ,
  },
  {
    what: 'Slabs, rebate, deduction, cess',
    url: 'https://taxupdates.cagurujiclasses.com/new-income-tax-slab-rates-for-fy-2025-26-ay-2026-27',
    read: READ,
  },
  {
    what: '87A marginal relief',
    url: 'https://businesstoday.in/personal-finance/tax/story/rs-61500-or-rs-75000-how-much-tax-will-you-have-to-pay-if-your-salary-is-above-rs-12-lakh-post-budget-2025-heres-the-calculation-463558-2025-02-05',
    read: READ,
  },
  {
    what: 'Surcharge and its relief',
    url: 'https://5paisa.com/stock-market-guide/tax/income-tax-surcharges-rates-and-marginal-relief',
    read: READ,
  },
] as const;

/** New-regime slabs: nil to 4 lakh, then 5 % more every 4 lakh up to 30 % over 24 lakh. */
const SLABS: readonly Bracket[] = [0, 5, 10, 15, 20, 25, 30].map((ratePct, i) => ({
  from: i * 400_000,
  ratePct,
}));

const STANDARD_DEDUCTION = 75_000;
/** The rebate takes all the tax (at most 60,000) up to this income, and relief above it. */
const REBATE_LIMIT = 1_200_000;
const SURCHARGE = [
  { over: 5_000_000, ratePct: 10 },
  { over: 10_000_000, ratePct: 15 },
  { over: 20_000_000, ratePct: 25 },
] as const;
const CESS_PCT = 4;

/** Tax before cess: slabs, the rebate with its marginal relief, surcharge with its own. */
export const taxBeforeCess = (income: number): number => {
  const slab = bracketTax(SLABS, income);
  const tax = income <= REBATE_LIMIT ? 0 : Math.min(slab, income - REBATE_LIMIT);
  // Over each line the surcharge may not take more than the income above the line
  // (tax and surcharge at the line, plus that income).
  let due = tax;
  let below = 0;
  for (const { over, ratePct } of SURCHARGE) {
    if (income <= over) break;
    due = Math.min(
      (tax * (100 + ratePct)) / 100,
      (bracketTax(SLABS, over) * (100 + below)) / 100 + income - over,
    );
    below = ratePct;
  }
  return due;
};

export const india2026 = ({ wages }: TaxInput) => {
  const income = Math.max(0, wages - STANDARD_DEDUCTION);
  return { incomeTax: (taxBeforeCess(income) * (100 + CESS_PCT)) / 100, social: 0 };
};

export const IN_PLACES: readonly PlaceRules[] = [
  {
    place: 'IN',
    name: 'India (new regime)',
    currency: 'INR',
    householdMatters: false,
    years: [
      {
        year: 2026,
        yearLabel: '2026–27',
        sources: SOURCES,
        brackets: { 'new regime': SLABS },
        tax: india2026,
      },
    ],
  },
];
