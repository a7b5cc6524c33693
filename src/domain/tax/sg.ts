import type { Household } from '../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * Singapore, income of 2026 (assessed in the Year of Assessment 2027), for a
 * tax resident who is a Singapore citizen or permanent resident (third year
 * on) aged 55 or below: the resident rates in force from YA 2024 (no later
 * change was found; any one-off rebate for YA 2027 would come with Budget
 * 2027), the Earned Income Relief, CPF Relief for the employee's compulsory
 * CPF, and those CPF contributions. Singapore taxes each person alone; a
 * spouse with no income brings the Spouse Relief of 2,000 (claimed in the
 * return, so the relief counts for `joint`). Read on 2026-12-05.
 *
 * CPF: 20 % of ordinary wages up to the 2026 ceiling of 8,000 a month, so
 * the pay is taken as twelve equal monthly wages (96,000 at most). Bonuses
 * (additional wages) would add CPF on up to the annual salary ceiling of
 * 102,000 less the ordinary wages: at most 1,200 more. Not modelled: the
 * phased-in employee rates below 750 a month (20 % is used throughout),
 * the lower rates above 55. CPF counts as pension in the split, though its
 * accounts also pay for housing and MediSave (health). Foreigners on work
 * passes pay no CPF and get no CPF Relief: for them this overstates social
 * contributions. Own retirement contributions (SRS, voluntary top-ups) are
 * the person's claim and are left out.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Resident rates from YA 2024',
    url: 'https://www.mazars.sg/Home/Services/International-services/Doing-Business-in-Singapore/Personal-Taxation/Tax-Rates',
    read: READ,
  },
  {
    what: 'IRAS: Earned Income Relief',
    url: 'https://iras.gov.sg/taxes/individual-income-tax/employees/deductions-for-individuals/personal-reliefs-and-tax-rebates/earned-income-relief',
    read: READ,
  },
  {
    what: 'IRAS: CPF Relief for employees',
    url: 'https://iras.gov.sg/taxes/individual-income-tax/basics-of-individual-income-tax/tax-reliefs-rebates-and-deductions/tax-reliefs/central-provident-fund%28cpf%29-relief-for-employees',
    read: READ,
  },
  {
    what: 'IRAS: Spouse Relief',
    url: 'https://www.iras.gov.sg/IRASHome/Individuals/Locals/Working-Out-Your-Taxes/Deductions-for-Individuals/Spouse-Relief/-Handicapped-Spouse-Relief/',
    read: READ,
  },
  {
    what: 'CPF rates from 1 Jan 2026',
    url: 'https://www.cpf.gov.sg/employer/employer-obligations/how-much-cpf-contributions-to-pay',
    read: READ,
  },
  {
    what: 'CPF ceilings 2026: 8,000 a month, 102,000 a year',
    url: 'https://premiatnc.com/?p=22199',
    read: READ,
  },
] as const;

/** Resident rates from YA 2024: 0 % on the first 20,000 up to 24 % above 1,000,000. */
const RATES: readonly Bracket[] = [
  [0, 0],
  [20_000, 2],
  [30_000, 3.5],
  [40_000, 7],
  [80_000, 11.5],
  [120_000, 15],
  [160_000, 18],
  [200_000, 19],
  [240_000, 19.5],
  [280_000, 20],
  [320_000, 22],
  [500_000, 23],
  [1_000_000, 24],
].map(([from, ratePct]) => ({ from: from!, ratePct: ratePct! }));

/** The employee's CPF at 55 or below: 20 % of monthly wages up to 8,000 (96,000 a year). */
export const cpf2026 = (wages: number): number => (Math.min(wages, 96_000) * 20) / 100;

export const singapore2026 = ({ wages }: TaxInput, household: Household) => {
  const cpf = cpf2026(wages);
  // CPF Relief, Earned Income Relief (1,000 below 55, at most the income), Spouse Relief 2,000.
  const reliefs = cpf + Math.min(1_000, wages) + (household === 'joint' ? 2_000 : 0);
  return {
    incomeTax: bracketTax(RATES, Math.max(0, wages - reliefs)),
    social: cpf,
    socialParts: { pension: cpf },
  };
};

export const SG_PLACES: readonly PlaceRules[] = [
  {
    place: 'SG',
    name: 'Singapore (citizen or PR, 55 or below)',
    currency: 'SGD',
    householdMatters: true,
    years: [
      {
        year: 2026,
        yearLabel: '2026 (YA 2027)',
        sources: SOURCES,
        brackets: { resident: RATES },
        tax: singapore2026,
      },
    ],
  },
];
