import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * United Kingdom, tax year 2026–27 (6 April 2026 to 5 April 2027): income
 * tax for England, Wales and Northern Ireland (the Welsh rates equal
 * England's for 2026–27) with the personal allowance taper, and
 * employee Class 1 National Insurance. Read on 2026-12-01.
 */

const READ = '2026-12-01';

export const GB_2026 = {
  personalAllowance: 12_570,
  /** The allowance falls by £1 for every £2 of income over this. */
  taperFrom: 100_000,
  /** Rates on taxable income (income less the allowance). */
  brackets: [
    { from: 0, ratePct: 20 },
    { from: 37_700, ratePct: 40 },
    { from: 125_140, ratePct: 45 },
  ] satisfies Bracket[],
  nationalInsurance: {
    primaryThreshold: 12_570,
    upperEarningsLimit: 50_270,
    mainPct: 8,
    abovePct: 2,
  },
} as const;

const SOURCES = [
  {
    what:
      'HMRC rates for 2026–27 (England and Northern Ireland): personal allowance £12,570, basic ' +
      'rate 20 % to £50,270, higher 40 % to £125,140, additional 45 %, taper over £100,000; NI ' +
      'primary threshold £12,570, upper earnings limit £50,270, 8 % and 2 % (MFW payroll summary)',
    url: 'https://www.mfw.co.uk/payroll-new-tax-rates-and-information-for-april-2026',
    read: READ,
  },
  {
    what: 'Basic rate band £37,700 in 2026–27 (PayFit, from HMRC rates and thresholds 2026 to 2027)',
    url: 'https://support.payfit.com/en/articles/522473-payroll-rates-and-thresholds-for-the-2026-2027-tax-year',
    read: READ,
  },
  {
    what:
      'Welsh rates of income tax 2026–27 unchanged at 10p, so Welsh taxpayers pay 20/40/45 % like ' +
      'England (Welsh Rate Resolution, Senedd vote of 27 Jan 2026; ICB summary)',
    url: 'https://www.bookkeepers.org.uk/resources/news/governmental-update/welsh-budget-published-and-agreed/a/10519',
    read: READ,
  },
  {
    what: 'Employee Class 1 rates 2026–27: 8 % from PT to UEL, 2 % above (Delphini Accounting tables)',
    url: 'https://delphiniaccounting.co.uk/resource-centre/tax-tables/national-insurance.php',
    read: READ,
  },
] as const;

/**
 * Income tax and National Insurance on a year's pay, counted over the year
 * (National Insurance is really counted per pay period, so a large bonus in
 * one month can pay a little more than this). Pension contributions are not
 * deducted: under relief at source, the usual workplace arrangement, the
 * relief goes into the pension, not into pay.
 */
const tax = ({ wages }: TaxInput) => {
  const g = GB_2026;
  const allowance = Math.max(0, g.personalAllowance - Math.max(0, wages - g.taperFrom) / 2);
  const incomeTax = bracketTax(g.brackets, Math.max(0, wages - allowance));
  const ni = g.nationalInsurance;
  const social =
    (Math.max(0, Math.min(wages, ni.upperEarningsLimit) - ni.primaryThreshold) * ni.mainPct) / 100 +
    (Math.max(0, wages - ni.upperEarningsLimit) * ni.abovePct) / 100;
  return { incomeTax, social };
};

export const GB_PLACES: readonly PlaceRules[] = [
  {
    place: 'GB-ENG',
    name: 'UK (England, Wales, Northern Ireland)',
    currency: 'GBP',
    householdMatters: false,
    years: [
      {
        year: 2026,
        yearLabel: '2026–27',
        sources: SOURCES,
        brackets: { 'income tax': GB_2026.brackets },
        tax,
      },
    ],
  },
];
