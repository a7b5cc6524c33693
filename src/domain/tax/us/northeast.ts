import { READ, READ_DEC_2 } from './federal';
import { flat, table, type StateRules } from './state';

/**
 * New York, 2025 schedules for 2026 pay (read 2026-12-01; the 2026 ones were
 * not found), so the label says so. Joint: Tax Law § 601(a) for 2023 on, as
 * quoted in Assembly bill A1281 (2025); single (§ 601(c)) and the standard
 * deductions (8,000 single, 16,050 joint; IT-201 instructions) as tabulated
 * by newyorkincometaxcalculator.com from the Tax Department's 2025 tables.
 * The recapture of § 601(d) applies (see `recaptured`). Not modelled: the
 * household credit, and the rate cut the FY2026 budget is reported to make
 * for 2026 (not found in any stored source).
 */
const NY_SOURCES = [
  {
    what: 'NY Tax Law § 601(a) (bill A1281)',
    url: 'https://assembly.state.ny.us/leg/?Text=Y&bn=A1281&term=2025',
    read: READ,
  },
  {
    what: 'NY and NYC 2025 tables',
    url: 'https://newyorkincometaxcalculator.com/guides/tax-brackets',
    read: READ,
  },
  {
    what: 'NY recapture worksheets (IT-2105-I)',
    url: 'http://docplayer.net/280072-It-2105-i-5-15-new-york-state-new-york-city-yonkers-mctmt.html',
    read: READ,
  },
];

const NY_RATES = [4, 4.5, 5.25, 5.5, 6, 6.85, 9.65, 10.3, 10.9];
const NY_TOPS = [5e6, 25e6];
const NEW_YORK: StateRules = {
  code: 'NY',
  name: 'NY (2025 state tables)',
  sources: NY_SOURCES,
  deduction: { single: 8_000, joint: 16_050 },
  brackets: {
    single: table(
      [0, 8_500, 11_700, 13_900, 80_650, 215_400, 1_077_550, ...NY_TOPS].map((f, i) => [
        f,
        NY_RATES[i] as number,
      ]),
    ),
    joint: table(
      [0, 17_150, 23_600, 27_900, 161_550, 323_200, 2_155_350, ...NY_TOPS].map((f, i) => [
        f,
        NY_RATES[i] as number,
      ]),
    ),
  },
  recapture: true,
};

/**
 * New York City resident tax on the same taxable income (§ 1304's
 * thresholds, 2.7 %, 3.3 %, 3.35 %, 3.4 % with the 14 % additional tax);
 * the school tax credit and its rate reduction are not modelled.
 */
const NYC_RATES = [3.078, 3.762, 3.819, 3.876];
const NEW_YORK_CITY: StateRules = {
  ...NEW_YORK,
  code: 'NY-NYC',
  name: 'NY + NYC (2025 tables)',
  sources: [
    ...NY_SOURCES,
    {
      what: 'NY Tax Law § 1304 (NYC)',
      url: 'https://instalawyer.io/laws/new-york-laws/1304-rate-of-tax',
      read: READ,
    },
  ],
  city: {
    single: table([0, 12_000, 25_000, 50_000].map((f, i) => [f, NYC_RATES[i] as number])),
    joint: table([0, 21_600, 45_000, 90_000].map((f, i) => [f, NYC_RATES[i] as number])),
  },
};

/**
 * Massachusetts: 5 % after the personal exemption (4,400 single, 8,800
 * joint), and the 4 % surtax on taxable income over 1,083,150 (the 2026
 * threshold by VisaVerge's report of the DOR's draft 2026 tables; another
 * report gives it as 2025's). Not modelled: the deduction of up to 2,000 of
 * Social Security and Medicare (about 100 of tax).
 */
const MASSACHUSETTS = flat(
  'MA',
  5,
  { single: 4_400, joint: 8_800 },
  [
    {
      what: 'Mass. DOR: 4 % surtax',
      url: 'https://www.mass.gov/info-details/4-surtax-on-taxable-income-over-1000000',
      read: READ,
    },
    {
      what: 'MA 2026 rates',
      url: 'https://www.visaverge.com/taxes/massachusetts-2026-income-tax-5-up-to-1083150-then-9-overall',
      read: READ,
    },
    {
      what: 'MA personal exemption',
      url: 'https://legalclarity.org/what-is-the-personal-exemption-in-massachusetts',
      read: READ,
    },
  ],
  { over: 1_083_150, ratePct: 4 },
);

/**
 * Pennsylvania: 3.07 % of all compensation, own 401(k) deferrals included,
 * no deduction; each spouse is taxed alone, which at a flat rate is the
 * same. Local earned income taxes (Philadelphia's wage tax among them) are
 * not modelled.
 */
const PENNSYLVANIA: StateRules = {
  ...flat('PA', 3.07, { single: 0, joint: 0 }, [
    {
      what: 'PA 3.07 %, 401(k) deferrals taxed, no deduction',
      url: 'https://legalclarity.org/how-to-read-a-pennsylvania-w-2-for-state-and-local-taxes',
      read: READ,
    },
  ]),
  taxesDeferrals: true,
};

/**
 * New Jersey: rates unchanged since 2020 (single 1.4 % to 10.75 %; joint
 * with its own lower brackets), after the 1,000 exemption a person. Own
 * 401(k) deferrals are subtracted as federally. Employees pay TDI 0.19 % and
 * FLI 0.23 % of wages up to 171,100 in 2026 (social). Not modelled: the
 * employee's unemployment and workforce contributions.
 */
const NEW_JERSEY: StateRules = {
  code: 'NJ',
  name: 'NJ',
  sources: [
    {
      what: 'NJ rates, 2026',
      url: 'https://cpapai.com/blog/new-jersey-state-income-tax',
      read: READ_DEC_2,
    },
    {
      what: 'NJ joint to 80,000',
      url: 'https://locke-movie.com/2022/08/21/what-are-the-new-jersey-tax-tables-for-2020/',
      read: READ_DEC_2,
    },
    {
      what: 'NJ joint to 150,000',
      url: 'https://taxes.uslegal.com/personal-income-tax/new-jersey-statutes/',
      read: READ_DEC_2,
    },
    {
      what: 'NJ exemption',
      url: 'https://www.traveltax.com/tax-laws-for-every-state-1/v/new-jersey-1?categoryId=65f4a91e592866377a0a5dce',
      read: READ_DEC_2,
    },
    {
      what: 'NJ 2026 TDI, FLI',
      url: 'https://www.mybenefitadvisor.com/articles/compliance/2025/q4/new-jersey-releases-2026-disability-and-family-leave-amounts',
      read: READ_DEC_2,
    },
  ],
  deduction: { single: 1_000, joint: 2_000 },
  brackets: {
    single: table([
      [0, 1.4],
      [20_000, 1.75],
      [35_000, 3.5],
      [40_000, 5.525],
      [75_000, 6.37],
      [500_000, 8.97],
      [1_000_000, 10.75],
    ]),
    joint: table([
      [0, 1.4],
      [20_000, 1.75],
      [50_000, 2.45],
      [70_000, 3.5],
      [80_000, 5.525],
      [150_000, 6.37],
      [500_000, 8.97],
      [1_000_000, 10.75],
    ]),
  },
  payroll: [{ pct: 0.19 + 0.23, cap: 171_100 }],
};

/** The states of the Northeast with rules here. */
export const NORTHEAST: readonly StateRules[] = [
  NEW_YORK,
  NEW_YORK_CITY,
  MASSACHUSETTS,
  PENNSYLVANIA,
  NEW_JERSEY,
];
