import type { Household } from '../document/schema';
import type { Bracket, PlaceRules, TaxInput } from './types';

/*
 * Germany, 2026: the wage tax (Lohnsteuer) and Solidaritätszuschlag as the
 * BMF's Programmablaufplan (PAP) 2026 computes them for a year's pay
 * (LZZ = 1), class I for a single person and class III for a married one
 * whose spouse earns nothing; and the employee's shares of pension,
 * unemployment, health and care insurance. Every figure below is the PAP's
 * own (its MPARA step) unless it says otherwise; read on 2026-12-01.
 *
 * Assumed: statutory health insurance at the average additional rate of
 * 2.9 % (BMF letter of 12 Nov 2025), no children (the 0.6 % childless
 * care surcharge applies), outside Saxony, no allowances on the tax card;
 * church tax only in the places of a church member (below). Own pension contributions (Entgeltumwandlung) are not
 * deducted.
 */

const READ = '2026-12-01';

const SOURCES = [
  {
    what:
      'BMF/ITZBund Programmablaufplan 2026 (Stand 2025-10-23): tariff, allowances, ' +
      'Vorsorgepauschale, Soli, contribution rates and ceilings',
    url: 'https://www.bmf-steuerrechner.de/javax.faces.resource/daten/xmls/Lohnsteuer2026.xml.xhtml',
    read: READ,
  },
  {
    what: 'BMF letter of 12 Nov 2025: average additional health rate 2.9 % (IHK summary)',
    url: 'https://www.ihk.de/rhein-neckar/recht/steuerrecht/lohnsteuer/programmablaufplaene-lohnsteuerabzug-2026-6816138',
    read: READ,
  },
] as const;

/** The contribution ceilings (Beitragsbemessungsgrenzen) of 2026, in euros a year. */
const CEILING_PENSION = 101_400;
const CEILING_HEALTH = 69_750;
const AVERAGE_ADDITIONAL_HEALTH_PCT = 2.9;

/**
 * Tarifliche Einkommensteuer (§ 32a EStG 2026) on whole euros `x`, as the
 * PAP's UPTAB26 rounds it. The last two zones in whole cents, so that no
 * floating-point error moves a euro.
 */
export const tariff2026 = (x: number): number => {
  if (x < 12_349) return 0;
  if (x < 17_800) {
    const y = (x - 12_348) / 10_000;
    return Math.floor((914.51 * y + 1_400) * y);
  }
  if (x < 69_879) {
    const y = (x - 17_799) / 10_000;
    return Math.floor((173.1 * y + 2_397) * y + 1_034.87);
  }
  if (x < 277_826) return Math.floor((42 * x - 1_113_563) / 100);
  return Math.floor((45 * x - 1_947_038) / 100);
};

/**
 * The year's Lohnsteuer and Solidaritätszuschlag in euros (the PAP with
 * LZZ = 1: MRE4JL, MZTABFB, UPEVP with MVSPKVPV and MVSPHB, UPMLST, MSOLZ),
 * for class 1 or 3, with `additionalHealthPct` as the health insurer's
 * additional rate (KVZ). Amounts are worked in whole cents like the PAP.
 */
export const lohnsteuer2026 = (
  wages: number,
  taxClass: 1 | 3,
  additionalHealthPct = AVERAGE_ADDITIONAL_HEALTH_PCT,
): { lohnsteuer: number; soli: number } => {
  const cents = Math.floor(wages * 100 + 1e-6);
  const pensionBase = Math.min(cents, CEILING_PENSION * 100);
  const healthBase = Math.min(cents, CEILING_HEALTH * 100);
  // Vorsorgepauschale: pension 9.3 %; health 7 % + KVZ / 2 and care 1.8 % + 0.6 %, in
  // hundred-thousandths so that the products stay whole numbers.
  const vspR = Math.floor((pensionBase * 93) / 1_000);
  const kvpvRate = Math.round(7_000 + (additionalHealthPct * 1_000) / 2 + 2_400);
  const vspKvPv = Math.floor((healthBase * kvpvRate) / 100_000);
  const vspAlv = Math.floor((pensionBase * 13) / 1_000);
  const vsp = Math.max(
    Math.ceil((vspKvPv + vspR) / 100),
    Math.ceil((vspR + Math.min(190_000, vspAlv + vspKvPv)) / 100),
  );
  // Arbeitnehmer-Pauschbetrag (at most 1,230) and Sonderausgaben-Pauschbetrag (36).
  const anp = Math.min(1_230, Math.ceil(cents / 100));
  const zve = cents / 100 - anp - 36 - vsp;
  // Class III: the splitting tariff (KZTAB = 2), twice the tax on half the income.
  const kztab = taxClass === 3 ? 2 : 1;
  const x = zve < 1 ? 0 : Math.floor(zve / kztab);
  const lohnsteuer = tariff2026(x) * kztab;
  const freigrenze = 20_350 * kztab;
  const soli =
    lohnsteuer > freigrenze
      ? Math.min(
          Math.floor((lohnsteuer * 55) / 10) / 100,
          Math.floor(((lohnsteuer - freigrenze) * 119) / 10) / 100,
        )
      : 0;
  return { lohnsteuer, soli };
};

/** The employee's social insurance contributions on a year's pay, and what each buys. */
export const socialContributions2026 = (wages: number) => {
  const pensionBase = Math.min(wages, CEILING_PENSION);
  const healthBase = Math.min(wages, CEILING_HEALTH);
  // Pension 9.3 %, unemployment 1.3 %; health 7 % + 1.45 %, care 1.8 % + 0.6 %.
  const parts = {
    pension: (pensionBase * 9.3) / 100,
    unemployment: (pensionBase * 1.3) / 100,
    health: (healthBase * (7 + AVERAGE_ADDITIONAL_HEALTH_PCT / 2 + 2.4)) / 100,
  };
  return { social: parts.pension + parts.unemployment + parts.health, socialParts: parts };
};

const TAX_CLASS: Record<Household, 1 | 3> = { single: 1, joint: 3 };

/** The tariff's zones as brackets of its marginal rate at each zone's start, for the checks. */
const TARIFF_ZONES: readonly Bracket[] = [
  { from: 0, ratePct: 0 },
  { from: 12_348, ratePct: 14 },
  { from: 17_799, ratePct: 23.97 },
  { from: 69_878, ratePct: 42 },
  { from: 277_825, ratePct: 45 },
];

/**
 * Church tax (Kirchensteuer) for a member of a church that levies it: 8 % of
 * the wage tax in Bavaria and Baden-Württemberg, 9 % in the other states.
 * For a person without children its base is the wage tax itself. Not
 * modelled: the caps (Kappung) some states grant on application, and its
 * deduction as a special expense in the year's return.
 */
const CHURCH_SOURCE = {
  what: 'hamburg.de: church tax 8 % (BY, BW), 9 % (other states) of the wage tax',
  url: 'https://www.hamburg.de/service/info/11364180/',
  read: '2026-12-02',
};

const germany = (place: string, name: string, churchPct: number): PlaceRules => ({
  place,
  name,
  currency: 'EUR',
  householdMatters: true,
  years: [
    {
      year: 2026,
      yearLabel: '2026',
      sources: churchPct > 0 ? [...SOURCES, CHURCH_SOURCE] : SOURCES,
      brackets: { '§ 32a zones': TARIFF_ZONES },
      tax: ({ wages }: TaxInput, household: Household) => {
        const { lohnsteuer, soli } = lohnsteuer2026(wages, TAX_CLASS[household]);
        const church = Math.floor(lohnsteuer * churchPct) / 100;
        return { incomeTax: lohnsteuer + soli + church, ...socialContributions2026(wages) };
      },
    },
  ],
});

const CLASSES = 'wage tax class I, or III when married';
export const DE_PLACES: readonly PlaceRules[] = [
  germany('DE', `Germany (${CLASSES})`, 0),
  germany('DE-KI', `Germany, church member, 9 % (${CLASSES})`, 9),
  germany('DE-BY-KI', `Germany, Bavaria, church member, 8 % (${CLASSES})`, 8),
  germany('DE-BW-KI', `Germany, Baden-Württemberg, church member, 8 % (${CLASSES})`, 8),
];
