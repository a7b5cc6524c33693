import type { Household } from '../document/schema';
import { bracketTax, type Bracket, type PlaceRules, type Source, type TaxInput } from './types';

/*
 * Switzerland, 2026, for an employee living in the city of Zurich or the city
 * of Zug, without church tax (not a member of a church that levies it): the
 * direct federal tax, the canton's simple tax times the canton's and the
 * city's multipliers (Steuerfuss), Zurich's head tax (Personalsteuer), and the
 * employee's AHV/IV/EO, ALV and occupational pension (BVG). Married means the
 * married tariffs (Zug: full splitting) with one earner. Read on 2026-12-05.
 *
 * Taxable income is gross pay less the social contributions below, the flat
 * professional expenses (3 % of the net wage, 2,000 to 4,000), the insurance
 * premium deduction at its cap (health insurance is compulsory and its
 * premiums pass the caps) and the personal deductions. The tariffs are applied
 * to the exact income (ESTV's calculator first rounds it down to 100: a few
 * francs), and the federal rule that amounts under 25 are not levied is left
 * out. Not modelled: commuting and meal costs (by commute), pillar 3a and
 * pension buy-ins (the person's choice; `ownRetirement` is ignored, the BVG
 * minimum below is the workplace plan), non-occupational accident insurance
 * (NBU, by employer), church tax, wealth tax.
 *
 * BVG is age-dependent: assumed a 35–44-year-old at the legal minimum, an age
 * credit of 10 % of the coordinated salary (BVG Art. 16) of which the employee
 * pays half; risk premiums left out.
 */

const READ = '2026-12-05';

// Every figure's source; the tariffs and multipliers were read as tabulated from these
// publications in public research notes that checked them against the ESTV calculator.
const src = (what: string, url: string) => ({ what, url, read: READ });

const SOURCES = [
  src(
    'ESTV 2-215-D-2025: federal tariffs 2026',
    'https://www.estv.admin.ch/dam/de/sd-web/vFK3ntWLQ4s4/2-215-D-2025-d.pdf',
  ),
  src(
    'ESTV calculator 2026 deductions, tabulated',
    'https://github.com/devbrains-com/swisstaxcalculator',
  ),
  src('DBG Art. 35: married 2,800', 'https://lawbrary.ch/law/art/DBG-v2024.05-de-art-35'),
  src(
    'EFD: 2026 deductions unchanged',
    'https://www.taxlawblog.ch/blog/efd-passt-steuertarife-und--abzuge-an-teuerung-an-2',
  ),
  src('AHV, ALV, BVG figures 2026', 'https://www.gubser-kalt.ch/?p=1359'),
  src('AHV/IV/EO split', 'http://www.hotela.ch/de/dienst/avs-ai-apg-ac/beitrage/'),
  src(
    'No ALV solidarity % since 2023',
    'https://weka.ch/themen/personal/sozialversicherungen/sozialversicherungsbeitraege',
  ),
  src('BVG Art. 16', 'https://lawbrary.ch/law/art/BVG-v2020.09-de-art-16'),
];

const ZH_SOURCES = [
  src(
    'ZH tariffs 2026 (OS 80, 273)',
    'https://www.zh.ch/de/politik-staat/gesetze-beschluesse/gesetzessammlung/zhlex-os/erlass-631_1-80-273.html',
  ),
  src(
    'ZH StG (LS 631.1): head tax §§ 199–200',
    'https://www.zh.ch/de/politik-staat/gesetze-beschluesse/gesetzessammlung/zhlex-ls/erlass-631_1-1997_06_08-1999_01_01-132.html',
  ),
  src(
    'ZH: indexed 1.3 % from 2026',
    'https://www.zh.ch/de/news-uebersicht/medienmitteilungen/2025/07/kanton-gleicht-kalte-progression-aus.html',
  ),
  src(
    'ZH Steuerfuss 95 %',
    'https://www.srf.ch/news/wirtschaft/beschluss-vom-kantonsrat-im-kanton-zuerich-sinken-die-steuern',
  ),
  src(
    'Zurich city 119 % in 2026',
    'https://www.podcast.de/episode/697150950/keine-steuersenkung-in-der-stadt-zuerich',
  ),
  src(
    'ZH premiums 2,900 / 5,800',
    'https://www.bluewin.ch/de/newsregional/zuerich/im-kanton-zuerich-gibt-es-auf-januar-2024-drei-steuererleichterungen-2021114.html',
  ),
];

const ZG_SOURCES = [
  src(
    'ZG Grundtarif 2026',
    'https://cdn.zg.ch/dam/jcr:96c7eef4-eb2f-4f8a-a4c4-dad209249598/Grundtarif%202001%20bis%202026.pdf',
  ),
  src(
    'ZG Steuerfuss 78 %, premiums',
    'https://moneycab.com/finanz/zuger-regierung-zahlt-bevoelkerung-ueberschuessige-steuergelder-zurueck/amp',
  ),
  src(
    'ZG multipliers 2026',
    'https://cdn.zg.ch/dam/jcr:24fb8832-3383-4718-9a48-9461bc7501fc/Steuerf%C3%BCsse%202026_effektiv%2021.1.26.pdf',
  ),
];

/** A federal tariff line: from this income, the tax there and the francs for each further 100. */
type Step = readonly [from: number, base: number, per100: number];

/** Art. 36 DBG, 2026 (ESTV 2-215-D-2025): single (Abs. 1) and married (Abs. 2). */
const FEDERAL: Record<Household, { steps: readonly Step[]; flatFrom: number }> = {
  single: {
    steps: [
      [15_200, 0, 0.77],
      [33_200, 138.6, 0.88],
      [43_500, 229.2, 2.64],
      [58_000, 612, 2.97],
      [76_200, 1_152.5, 5.94],
      [82_100, 1_502.95, 6.6],
      [108_900, 3_271.75, 8.8],
      [141_500, 6_140.55, 11],
      [185_100, 10_936.55, 13.2],
    ],
    flatFrom: 794_000,
  },
  joint: {
    steps: [
      [29_700, 0, 1],
      [53_400, 237, 2],
      [61_300, 395, 3],
      [79_100, 929, 4],
      [94_900, 1_561, 5],
      [108_700, 2_251, 6],
      [120_600, 2_965, 7],
      [130_500, 3_658, 8],
      [138_400, 4_290, 9],
      [144_300, 4_821, 10],
      [148_300, 5_221, 11],
      [150_400, 5_452, 12],
      [152_400, 5_692, 13],
    ],
    flatFrom: 941_400,
  },
};

/** The direct federal tax on taxable income `y`: 11.5 % of all of it from `flatFrom`. */
export const federalTax2026 = (y: number, household: Household): number => {
  const { steps, flatFrom } = FEDERAL[household];
  if (y >= flatFrom) return (y * 11.5) / 100;
  let tax = 0;
  for (const [from, base, per100] of steps) if (y > from) tax = base + ((y - from) * per100) / 100;
  return tax;
};

const asBrackets = (steps: readonly Step[]): Bracket[] => [
  { from: 0, ratePct: 0 },
  ...steps.map(([from, , ratePct]) => ({ from, ratePct })),
];

/** Brackets from the widths of a tariff's steps and their rates; the last rate has no end. */
const widths = (sizes: readonly number[], rates: readonly number[]): Bracket[] => {
  let from = 0;
  return rates.map((ratePct, i) => {
    const bracket = { from, ratePct };
    from += sizes[i] ?? 0;
    return bracket;
  });
};

const ZH_RATES = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
/** § 35 StG ZH, indexed from 2026 (OS 80, 273): Grundtarif and Verheiratetentarif. */
const ZH_TARIFF: Record<Household, readonly Bracket[]> = {
  single: widths(
    [7_000, 5_000, 4_800, 8_000, 9_700, 11_200, 13_100, 17_600, 34_000, 33_700, 53_300, 69_300],
    ZH_RATES,
  ),
  joint: widths(
    [14_100, 6_400, 8_100, 9_800, 11_200, 14_500, 32_200, 32_400, 48_500, 57_900, 62_900, 72_600],
    ZH_RATES,
  ),
};

/** Zug's Grundtarif 2026 (index 110.2), 8 % above 149,900; married: every step twice as wide. */
const ZG_TARIFF = widths(
  [
    1_100, 2_200, 2_800, 4_000, 5_200, 5_800, 5_800, 8_000, 11_500, 13_300, 15_000, 20_100, 25_300,
    29_800,
  ],
  [0.5, 1, 2, 3, 3.25, 3.5, 4, 4.5, 5.5, 5.5, 6.5, 8, 10, 9, 8],
);

/** The employee's contributions on a year's pay, and the parts that buy a pension and unemployment cover. */
export const social2026 = (wages: number) => {
  // AHV 4.35 % (pension), IV 0.7 % and EO 0.25 % (other): 5.3 % with no ceiling.
  const ahvIvEo = (wages * 5.3) / 100;
  // ALV 1.1 % up to 148,200; nothing above since the solidarity percent ended in 2023.
  const alv = (Math.min(wages, 148_200) * 1.1) / 100;
  // BVG from 22,680: coordinated salary = pay up to 90,720 less 26,460, at least 3,780;
  // the employee's half of the 10 % age credit.
  const bvg = wages < 22_680 ? 0 : (Math.max(3_780, Math.min(wages, 90_720) - 26_460) * 5) / 100;
  return {
    total: ahvIvEo + alv + bvg,
    parts: { pension: (wages * 4.35) / 100 + bvg, unemployment: alv },
  };
};

/** A city: its canton's tariff and deductions, the canton's and city's multipliers in %. */
interface City {
  simpleTax: (y: number, household: Household) => number;
  multiplierPct: number;
  /** Insurance premium cap and personal deduction (single, married), and the head tax a person. */
  premiums: readonly [number, number];
  personal: readonly [number, number];
  headTax: number;
}

const city =
  ({ simpleTax, multiplierPct, premiums, personal, headTax }: City) =>
  ({ wages }: TaxInput, household: Household) => {
    const { total, parts } = social2026(wages);
    const net = wages - total;
    // Flat professional expenses: 3 % of the net wage, 2,000 to 4,000, federal and in both
    // cantons (ESTV's 2026 deduction tables).
    const expenses = Math.min(net, Math.max(2_000, Math.min(4_000, (net * 3) / 100)));
    const married = household === 'joint' ? 1 : 0;
    const income = net - expenses;
    // Federal: premiums up to 1,800 (3,700 married; ESTV 2026 tables, with a pension plan),
    // married deduction 2,800 (DBG Art. 35, unchanged for 2026).
    const federal = Math.max(0, income - [1_800, 3_700][married]! - married * 2_800);
    const cantonal = Math.max(0, income - premiums[married]! - personal[married]!);
    return {
      incomeTax:
        federalTax2026(federal, household) +
        (simpleTax(cantonal, household) * multiplierPct) / 100 +
        headTax * (1 + married),
      social: total,
      socialParts: parts,
    };
  };

const swiss = (
  place: string,
  name: string,
  sources: readonly Source[],
  c: City,
  brackets: Record<string, readonly Bracket[]>,
): PlaceRules => ({
  place,
  name,
  currency: 'CHF',
  householdMatters: true,
  years: [
    {
      year: 2026,
      yearLabel: '2026',
      sources: [...SOURCES, ...sources],
      brackets: {
        'federal single': asBrackets(FEDERAL.single.steps),
        'federal married': asBrackets(FEDERAL.joint.steps),
        ...brackets,
      },
      tax: city(c),
    },
  ],
});

export const CH_PLACES: readonly PlaceRules[] = [
  swiss(
    'CH-ZH',
    'Switzerland (Zurich city, no church tax)',
    ZH_SOURCES,
    {
      simpleTax: (y, household) => bracketTax(ZH_TARIFF[household], y),
      // Canton 95 % + city 119 %.
      multiplierPct: 95 + 119,
      // Premiums 2,900 / 5,800 (the 2024 law; ESTV's 2026 tables list the same); no personal
      // deduction: the tariff's first 7,000 (14,100) are untaxed.
      premiums: [2_900, 5_800],
      personal: [0, 0],
      // Personalsteuer 24 a person of age (§§ 199–200 StG ZH).
      headTax: 24,
    },
    { 'Zurich single': ZH_TARIFF.single, 'Zurich married': ZH_TARIFF.joint },
  ),
  swiss(
    'CH-ZG',
    'Switzerland (Zug city, no church tax)',
    ZG_SOURCES,
    {
      simpleTax: (y, household) =>
        household === 'joint' ? 2 * bracketTax(ZG_TARIFF, y / 2) : bracketTax(ZG_TARIFF, y),
      // Canton 78 % + city 52 %.
      multiplierPct: 78 + 52,
      // Premiums 4,600 / 9,200 (raised for 2026) and personal deduction 12,000 / 24,000, as
      // ESTV's 2026 tables list them.
      premiums: [4_600, 9_200],
      personal: [12_000, 24_000],
      headTax: 0,
    },
    { Zug: ZG_TARIFF },
  ),
];
