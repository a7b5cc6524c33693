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

/**
 * Scottish rates on income above the personal allowance, 2026–27 (the
 * allowance, its taper and National Insurance are the UK's): starter 19 % to
 * £3,967, basic 20 % to £16,956, intermediate 21 % to £31,092, higher 42 %
 * to £62,430, advanced 45 % to £125,140, top 48 % above.
 */
export const SCOTLAND_2026: readonly Bracket[] = [
  { from: 0, ratePct: 19 },
  { from: 3_967, ratePct: 20 },
  { from: 16_956, ratePct: 21 },
  { from: 31_092, ratePct: 42 },
  { from: 62_430, ratePct: 45 },
  { from: 125_140, ratePct: 48 },
];

const SCOTTISH_RATES_SOURCE = {
  what:
    'Scottish Rate Resolution 2026-27, motion S6M-20844 (lodged 17 Feb 2026, debated 19 Feb ' +
    '2026): rates and limits on income above the personal allowance',
  url: 'https://www.parliament.scot/chamber-and-committees/votes-and-motions/S6M-20844',
  read: READ,
};

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
const taxWith =
  (brackets: readonly Bracket[]) =>
  ({ wages }: TaxInput) => {
    const g = GB_2026;
    const allowance = Math.max(0, g.personalAllowance - Math.max(0, wages - g.taperFrom) / 2);
    const incomeTax = bracketTax(brackets, Math.max(0, wages - allowance));
    const ni = g.nationalInsurance;
    const social =
      (Math.max(0, Math.min(wages, ni.upperEarningsLimit) - ni.primaryThreshold) * ni.mainPct) /
        100 +
      (Math.max(0, wages - ni.upperEarningsLimit) * ni.abovePct) / 100;
    // National Insurance buys the State Pension and other benefits together: no part is named.
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
        tax: taxWith(GB_2026.brackets),
      },
    ],
  },
  {
    place: 'GB-SCT',
    name: 'UK (Scotland)',
    currency: 'GBP',
    householdMatters: false,
    years: [
      {
        year: 2026,
        yearLabel: '2026–27',
        sources: [SCOTTISH_RATES_SOURCE, ...SOURCES.filter((s) => !s.what.startsWith('Welsh'))],
        brackets: { 'Scottish income tax': SCOTLAND_2026 },
        tax: taxWith(SCOTLAND_2026),
      },
    ],
  },
];
