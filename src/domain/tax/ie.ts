import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';
import type { Household } from '../document/schema';

/*
 * Ireland, 2026, for a PAYE employee: income tax at 20 % on the standard rate
 * band and 40 % above, less the personal and employee tax credits; the
 * Universal Social Charge (a tax on income: counted as income tax here); and
 * employee PRSI, Class A. Budget 2026 changed no income tax band or credit;
 * it raised the USC 2 % band to 28,700. Read on 2026-12-05.
 *
 * Joint: married or civil partners with one income, assessed jointly: a
 * 53,000 band and the married personal credit of 4,000 (USC and PRSI are
 * each person's). Not modelled: credits that must be claimed (rent, home
 * carer for a dependant, medical), the reduced USC for medical card holders,
 * and auto-enrolment (My Future Fund, from 2026: an employee may opt out).
 *
 * Own pension contributions lower income tax only (not USC or PRSI), up to
 * 15 % of pay up to 115,000: the under-30 limit, which every age has at least
 * (older people may deduct 20–40 %; not modelled, as the age is not known).
 *
 * PRSI: 4.2 % of all pay until 30 September 2026 and 4.35 % from 1 October,
 * the year's pay spread evenly over 52 weeks (39 of them before October).
 * None when weekly pay is at most 352; from 352.01 to 424 a credit of 12 a
 * week less a sixth of pay over 352.01. PRSI buys pensions and benefits
 * together (no split: other).
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Bands and credits 2026 (Vialto Partners, Budget 2026)',
    url: 'https://vialtopartners.com/regional-alerts/ireland-employment-tax-budget-2026-key-measures-impacting-employers-and-employees',
    read: READ,
  },
  {
    what: 'USC 2026 (Sage, from Revenue)',
    url: 'https://ie-kb.sage.com/portal/app/portlets/results/botviewsolution.jsp?hypermediatext=null&solutionid=251114162042793',
    read: READ,
  },
  {
    what: 'USC exemption to 13,000 (Chartered Accountants Ireland)',
    url: 'https://www.charteredaccountants.ie/News/income-tax-measures-budget-2026',
    read: READ,
  },
  {
    what: 'PRSI Class A 2026 (gov.ie)',
    url: 'https://www.gov.ie/en/department-of-social-protection/publications/prsi-class-a-rates',
    read: READ,
  },
  {
    what: 'PRSI credit (DSP, SW 14)',
    url: 'http://www.welfare.ie/en/Pages/SW14-2016.aspx',
    read: READ,
  },
  {
    what: 'Pension contribution relief limits (Revenue)',
    url: 'https://www.revenue.ie/en/jobs-and-pensions/pensions/tax-relief-for-pension-contributions.aspx',
    read: READ,
  },
] as const;

/** 20 % on the standard rate band, 40 % above (Vialto Partners: 44,000 single, 53,000 married). */
const band = (standard: number): readonly Bracket[] => [
  { from: 0, ratePct: 20 },
  { from: standard, ratePct: 40 },
];
const INCOME_TAX: Record<Household, readonly Bracket[]> = {
  single: band(44_000),
  joint: band(53_000),
};
/** Personal credit (2,000, or 4,000 married) plus the employee credit of 2,000 (Vialto Partners). */
const CREDITS: Record<Household, number> = { single: 4_000, joint: 6_000 };

/** USC from 1 January 2026 (Sage, from Revenue); none at 13,000 or less (Chartered Accountants Ireland). */
export const USC_2026: readonly Bracket[] = [
  { from: 0, ratePct: 0.5 },
  { from: 12_012, ratePct: 2 },
  { from: 28_700, ratePct: 3 },
  { from: 70_044, ratePct: 8 },
];

/**
 * Employee PRSI on a year's pay, paid evenly over 52 weeks: nil to 352 a week, then 4.2 % of all
 * pay (4.35 % from 1 October 2026; gov.ie), less the credit (SW 14).
 */
export const prsi2026 = (wages: number) => {
  const week = wages / 52;
  if (week <= 352) return 0;
  const credit = Math.max(0, 12 - (week - 352.01) / 6);
  // 39 weeks at 4.2 %, 13 from 1 October at 4.35 %.
  return [4.2, 4.35].reduce(
    (sum, pct, i) => sum + (i ? 13 : 39) * Math.max(0, (week * pct) / 100 - credit),
    0,
  );
};

const tax = ({ wages, ownRetirement }: TaxInput, household: Household) => {
  // Income tax relief only, up to 15 % of pay up to 115,000 (Revenue).
  const relief = Math.min(Math.max(0, ownRetirement), (Math.min(wages, 115_000) * 15) / 100);
  const incomeTax = Math.max(
    0,
    bracketTax(INCOME_TAX[household], wages - relief) - CREDITS[household],
  );
  const usc = wages <= 13_000 ? 0 : bracketTax(USC_2026, wages);
  return { incomeTax: incomeTax + usc, social: prsi2026(wages) };
};

export const IE_PLACES: readonly PlaceRules[] = [
  {
    place: 'IE',
    name: 'Ireland',
    currency: 'EUR',
    householdMatters: true,
    years: [
      {
        year: 2026,
        yearLabel: '2026',
        sources: SOURCES,
        brackets: {
          'income tax, single': INCOME_TAX.single,
          'income tax, married': INCOME_TAX.joint,
          USC: USC_2026,
        },
        tax,
      },
    ],
  },
];
