import type { Household } from '../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * Australia, 2026–27 (1 July 2026 to 30 June 2027), for a resident
 * employee: the resident rates as the Treasury Laws Amendment (More Cost
 * of Living Relief) Act 2025 sets them for 2026–27 (15 % from the
 * tax-free threshold of 18,200 to 45,000), the low income tax offset, and
 * the Medicare levy of 2 %, shown as social (health), with its low-income
 * reduction (Medicare Levy Act 1986 s 7: at most 10 % of the income over
 * the threshold). Its thresholds for 2026–27 are not yet set (they come
 * with a later Budget), so the latest legislated ones, for 2024–25, are
 * used: 27,222 single, 45,907 for a family (`joint`: the spouse has no
 * income, so the family income is the person's; s 8). Australia taxes each
 * person alone otherwise. Read on 2026-12-05.
 *
 * Superannuation guarantee is paid by the employer on top of pay, not
 * taken from it, so it is not here. Not modelled: the Medicare levy
 * surcharge (1 % to 1.5 % above 101,000 single for those without private
 * hospital cover: it depends on the cover), work-related deductions,
 * salary-sacrificed super (own retirement contributions are ignored), HELP
 * repayments.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Rates 2026-27 (Act 28 of 2025)',
    url: 'https://www.ato.gov.au/law/view/document?DocID=PAC%2F20250028%2FSch1-Cl2&PiT=99991231235958',
    read: READ,
  },
  {
    what: 'Tax at each line 2026-27',
    url: 'https://atotaxrates.info/individual-tax-rates-resident/tax-rates-2026-2027-year/',
    read: READ,
  },
  {
    what: 'LITO (ITAA 1997 s 61-115)',
    url: 'https://ato.gov.au/law/view/document?DocID=PAC%2F20190052%2FSch1-Cl3&PiT=99991231235958',
    read: READ,
  },
  {
    what: 'Medicare Levy Act s 7: 10 % phase-in',
    url: 'https://www.ato.gov.au/law/view/document?LocID=%22PAC%2F19860110%2F7(1)%22',
    read: READ,
  },
  {
    what: 'Medicare thresholds 27,222 and 45,907',
    url: 'https://www.westcarrharvey.com.au/federal-budget-announcement-2025-2026-updates-for-individuals/',
    read: READ,
  },
] as const;

/** 2026–27: nil to 18,200, 15 % to 45,000, 30 % to 135,000, 37 % to 190,000, 45 % above. */
const RATES: readonly Bracket[] = [
  { from: 0, ratePct: 0 },
  { from: 18_200, ratePct: 15 },
  { from: 45_000, ratePct: 30 },
  { from: 135_000, ratePct: 37 },
  { from: 190_000, ratePct: 45 },
];

/** Low income tax offset: 700, less 5 % over 37,500 (325 at 45,000), less 1.5 % over 45,000. */
const lito = (income: number): number =>
  Math.max(
    0,
    income <= 45_000
      ? 700 - (Math.max(0, income - 37_500) * 5) / 100
      : 325 - ((income - 45_000) * 1.5) / 100,
  );

const MEDICARE_THRESHOLD: Record<Household, number> = { single: 27_222, joint: 45_907 };

export const medicareLevy = (income: number, household: Household): number =>
  Math.max(0, Math.min((income * 2) / 100, ((income - MEDICARE_THRESHOLD[household]) * 10) / 100));

export const australia2026 = ({ wages }: TaxInput, household: Household) => {
  const income = Math.max(0, wages);
  const levy = medicareLevy(income, household);
  return {
    incomeTax: Math.max(0, bracketTax(RATES, income) - lito(income)),
    social: levy,
    socialParts: { health: levy },
  };
};

export const AU_PLACES: readonly PlaceRules[] = [
  {
    place: 'AU',
    name: 'Australia',
    currency: 'AUD',
    householdMatters: true,
    years: [
      {
        year: 2026,
        yearLabel: '2026–27',
        sources: SOURCES,
        brackets: { resident: RATES },
        tax: australia2026,
      },
    ],
  },
];
