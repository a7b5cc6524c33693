import type { Household } from '../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * Japan, 2026 (令和8年分), for an employee in Tokyo under 40 in a Kyokai
 * Kenpo health plan: national income tax with the 2.1 % reconstruction
 * surtax, the resident tax on the same year's income (levied in fiscal 2027
 * by the ward and Tokyo), and the employee's social insurance. `joint` is a
 * married person whose spouse has no income: the spouse deduction. Read on
 * 2026-12-05.
 *
 * The 2026 deductions are those of the 令和8年度 tax reform as the cabinet
 * adopted it on 26 December 2025 and sent the bill to the Diet on 20
 * February 2026 (its passage was not among the stored sources; the Diet
 * majority is the government's), as the reports of it give them: the basic
 * deduction 1,040,000 up to a total income of 4.89 million, 670,000 to 6.55
 * million, 620,000 to 23.5 million (then 480,000, 320,000, 160,000, nil
 * above 25 million); the employment income deduction at least 690,000 plus
 * the 2026–27 special 50,000 (740,000). Where a line of the basic deduction
 * is crossed the law's tax rises by a step (74,000 yen at 4.89 million).
 *
 * Approximations: the pay is twelve equal months, each its own standard
 * monthly remuneration (the grades' rounding and bonuses, with their own
 * caps, are not modelled); the employment income deduction by its formula
 * (below 6.6 million the law's table rounds to 4,000 yen); taxable income to
 * the yen (the law rounds down to 1,000). Not modelled: the resident tax's
 * adjustment credit (調整控除, a few thousand yen) and its non-taxable limits
 * for very low incomes, the resident basic deduction's taper above 24
 * million, long-term care insurance (from 40), iDeCo and other claims; own
 * retirement contributions are ignored.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'NTA: rates, 2.1 % surtax',
    url: 'https://www.keisan.nta.go.jp/r7yokuaru/cat2/cat24/cat240/cid057.html',
    read: READ,
  },
  {
    what: 'NTA No.1410: employment income deduction (2025 on)',
    url: 'https://www.xn--sinopec-g25pe62u.com/article/%E4%B8%80%E5%8D%83%E5%9D%97%E9%92%B1%E4%BB%A5%E5%86%85%E7%9A%84%E5%90%89%E4%BB%96%E6%8E%A8%E8%8D%90.html',
    read: READ,
  },
  {
    what: '2026 reform: basic deduction, 690,000 + 50,000',
    url: 'https://www.tax-sos.co.jp/news_tax/1790.html',
    read: READ,
  },
  {
    what: '2026 reform: special 50,000 for income and resident tax',
    url: 'https://www.fps-net.com/knowledge/tax/2026/1_1.html',
    read: READ,
  },
  {
    what: '2026 reform bill sent to the Diet, 20 Feb 2026',
    url: 'https://news.livedoor.com/topics/detail/30622381/',
    read: READ,
  },
  {
    what: 'Spouse deduction 38/26/13 (resident 33/22/11)',
    url: 'https://www.town.tanagura.fukushima.jp/temporary/page000141.html',
    read: READ,
  },
  {
    what: 'Resident tax 10 %, 4,000 + forest tax 1,000',
    url: 'https://www.city.mitaka.lg.jp/c_service/000/000363.html',
    read: READ,
  },
  {
    what: 'Kyokai Kenpo Tokyo 9.91 % → 9.85 % from March 2026, child levy 0.23 %',
    url: 'https://www.oikawa-genkisj.com/announce2_94229.html',
    read: READ,
  },
  {
    what: 'Employment insurance: employee 5.5/1000 → 5/1000 from April 2026',
    url: 'https://www.takadaroumu.jp/announce3_76643.html',
    read: READ,
  },
  {
    what: 'Pension 18.3 %',
    url: 'http://www.riichi.co.jp/table/shaho/',
    read: READ,
  },
  {
    what: 'Caps: health 1,390,000, pension 650,000',
    url: 'https://kagoshima-sr.com/%e6%97%a5%e8%a8%98/%e7%a4%be%e5%8a%b4%e5%a3%ab%e8%a9%a6%e9%a8%93%e3%80%8c%e4%bb%8a%e6%97%a5%e3%81%ae%e4%b8%80%e3%82%b4%e3%83%ad%e3%80%8d/',
    read: READ,
  },
] as const;

/** National income tax: 5 % to 1.95 million, up to 45 % above 40 million. */
const RATES: readonly Bracket[] = [
  [0, 5],
  [1_950_000, 10],
  [3_300_000, 20],
  [6_950_000, 23],
  [9_000_000, 33],
  [18_000_000, 40],
  [40_000_000, 45],
].map(([from, ratePct]) => ({ from: from!, ratePct: ratePct! }));

/** The employee's social insurance on a year's pay, as twelve equal months. */
export const social2026 = (wages: number) => {
  const month = wages / 12;
  const health = Math.min(month, 1_390_000) * 12;
  // Health: half of 9.91 % for January and February, of 9.85 % from March.
  const medical = (health * (2 * 9.91 + 10 * 9.85)) / 12 / 2 / 100;
  // Child and child-rearing support levy from April: half of 0.23 % for nine months.
  const childLevy = (health * 9 * 0.23) / 12 / 2 / 100;
  // Welfare pension: half of 18.3 % on at most 650,000 a month.
  const pension = (Math.min(month, 650_000) * 12 * 9.15) / 100;
  // Employment insurance, no cap: 5.5/1000 to March, 5/1000 from April 2026.
  const employment = (wages * (3 * 5.5 + 9 * 5)) / 12 / 1_000;
  return {
    total: medical + childLevy + pension + employment,
    parts: { pension, health: medical, unemployment: employment },
  };
};

/** Employment income deduction for 2026: at least 740,000 (never more than the pay). */
const employmentDeduction = (wages: number): number =>
  Math.min(
    wages,
    Math.max(
      740_000,
      wages <= 3_600_000
        ? (wages * 30) / 100 + 80_000
        : wages <= 6_600_000
          ? (wages * 20) / 100 + 440_000
          : wages <= 8_500_000
            ? (wages * 10) / 100 + 1_100_000
            : 1_950_000,
    ),
  );

/** The first amount whose line the total income does not pass; nil past them all. */
const byIncome = (income: number, lines: readonly (readonly [number, number])[]): number =>
  lines.find(([upTo]) => income <= upTo)?.[1] ?? 0;

const BASIC_2026 = [
  [4_890_000, 1_040_000],
  [6_550_000, 670_000],
  [23_500_000, 620_000],
  [24_000_000, 480_000],
  [24_500_000, 320_000],
  [25_000_000, 160_000],
] as const;

export const japan2026 = ({ wages }: TaxInput, household: Household) => {
  const { total, parts } = social2026(wages);
  const income = wages - employmentDeduction(wages);
  const spouse = household === 'joint';
  // Spouse deduction by the earner's total income: 380,000 to 9 million, 260,000 to 9.5,
  // 130,000 to 10 (resident tax 330,000, 220,000, 110,000).
  const tier = income <= 9_000_000 ? 0 : income <= 9_500_000 ? 1 : income <= 10_000_000 ? 2 : 3;
  const national = Math.max(
    0,
    income -
      total -
      byIncome(income, BASIC_2026) -
      (spouse ? [380_000, 260_000, 130_000, 0][tier]! : 0),
  );
  const resident = Math.max(
    0,
    income - total - 430_000 - (spouse ? [330_000, 220_000, 110_000, 0][tier]! : 0),
  );
  return {
    // Income tax × 1.021; resident tax 10 % plus the per-capita 4,000 and forest tax 1,000.
    incomeTax: (bracketTax(RATES, national) * 102.1) / 100 + resident / 10 + 5_000,
    social: total,
    socialParts: parts,
  };
};

export const JP_PLACES: readonly PlaceRules[] = [
  {
    place: 'JP',
    name: 'Japan (Tokyo, employee under 40)',
    currency: 'JPY',
    householdMatters: true,
    years: [
      {
        year: 2026,
        // The 2026 deductions are the reform bill's: its passage was not among the stored sources.
        yearLabel: '2026 reform bill',
        sources: SOURCES,
        brackets: { national: RATES },
        tax: japan2026,
      },
    ],
  },
];
