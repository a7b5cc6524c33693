import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';
import type { Household } from '../document/schema';

/*
 * France, 2026, for a private-sector employee with cadre status (typical of
 * the app's users): the employee's 2026 social contributions, and income tax
 * (impôt sur le revenu) on the scale of the finance law for 2026, the one for
 * 2025 income: the scale for 2026 income is set by the finance law for 2027,
 * still a bill when read (its proposal raises the limits by 2.1 %). Single is
 * one part; married or PACS, the spouse without income, two parts (no extra
 * half part, so the cap on the quotient's effect does not apply). Read on
 * 2026-12-05.
 *
 * Contributions, with the 2026 ceiling (PASS) of 48,060: old age 6.9 % up to
 * it and 0.4 % on all pay; Agirc-Arrco 3.15 % (T1, up to the PASS) and 8.64 %
 * (T2, 1 to 8 PASS), CEG 0.86 % and 1.08 %, CET 0.14 % of T1 + T2 when pay
 * exceeds the PASS (pension); APEC 0.024 % up to 4 PASS; CSG 9.2 % (6.8 %
 * deductible) and CRDS 0.5 % on 98.25 % of pay up to 4 PASS and all pay above
 * (other). Employees pay no health or unemployment contribution.
 *
 * Income tax: taxable pay is gross less the contributions but for the
 * non-deductible CSG (2.4 %) and CRDS, less 10 % for professional expenses up
 * to 14,555; its floor (504 for 2024 income; 2025's not found) matters only
 * where no tax is due. Then the scale by part, the décote (897, or 1,483 for a
 * couple, less 45.25 % of the tax) and the high-income contribution (CEHR).
 * Not modelled: rounding to whole euros, the 61 euro collection threshold,
 * the CDHR (a 20 % floor that wages over 250,000 already pay), Alsace-Moselle's
 * 1.3 % health contribution, health and provident plans (the employer's share
 * is taxable), own retirement contributions and actual expenses.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Scale for 2025 income, finance law for 2026 (Cogebs)',
    url: 'https://www.cogebs.com/vos-outils/actualites/article?id=k4_23991994',
    read: READ,
  },
  {
    what: 'Décote, CGI art. 197 (as a stored project quotes it)',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000050809514',
    read: READ,
  },
  {
    what: '10 % deduction cap, Décret 2026-562 (as OpenFisca cites it)',
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000054341109',
    read: READ,
  },
  {
    what: 'CEHR (service-public F31130)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F31130',
    read: READ,
  },
  {
    what: 'PASS 2026, CSG base to 4 PASS (Baker Tilly)',
    url: 'https://www.bakertilly.fr/actualites/revalorisation-du-plafond-de-la-securite-sociale-quels-impacts',
    read: READ,
  },
  {
    what: 'Old age rates 2026 (CSS art. D. 242-4)',
    url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000053302465',
    read: READ,
  },
  {
    what: 'Agirc-Arrco, CEG, CET 2026 (EFL)',
    url: 'https://www.efl.fr/chiffres-taux/retraite-complementaire-agirc-arrco_CT_9547b5e523c24fbd1f339a353d00f405c3704a74',
    read: READ,
  },
  {
    what: 'CSG, CRDS, APEC, no unemployment (F2302, its 2025 version)',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F2302',
    read: READ,
  },
] as const;

/** The 2026 ceiling (Baker Tilly, from the BOSS). */
const PASS = 48_060;

/** By part, for 2025 income: the finance law for 2026 (+0.9 %; Cogebs). */
export const SCALE_2025_INCOME: readonly Bracket[] = [
  { from: 0, ratePct: 0 },
  { from: 11_600, ratePct: 11 },
  { from: 29_579, ratePct: 30 },
  { from: 84_577, ratePct: 41 },
  { from: 181_917, ratePct: 45 },
];

/** CEHR: 3 % from 250,000 (couple 500,000), 4 % from twice that (service-public F31130). */
const cehr = (from: number): readonly Bracket[] => [
  { from: 0, ratePct: 0 },
  { from, ratePct: 3 },
  { from: 2 * from, ratePct: 4 },
];
const CEHR: Record<Household, readonly Bracket[]> = { single: cehr(250_000), joint: cehr(500_000) };
/** Décote for 2025 income, less 45.25 % of the tax (CGI art. 197, as a stored project quotes it). */
const DECOTE: Record<Household, number> = { single: 897, joint: 1_483 };

/** The employee's 2026 contributions on a year's gross pay, cadre. */
export const contributions2026 = (gross: number) => {
  const t1 = Math.min(gross, PASS);
  const t2 = Math.min(Math.max(0, gross - PASS), 7 * PASS);
  // Old age 6.9 % to the PASS and 0.4 % of all (CSS D. 242-4); Agirc-Arrco 3.15 % / 8.64 %,
  // CEG 0.86 % / 1.08 %, CET 0.14 % over the PASS (EFL); APEC 0.024 % to 4 PASS; CSG 6.8 % +
  // 2.4 % and CRDS 0.5 % (F2302) on 98.25 % of pay to 4 PASS (Baker Tilly).
  const pension =
    (t1 * 6.9 + gross * 0.4 + t1 * (3.15 + 0.86) + t2 * (8.64 + 1.08)) / 100 +
    (gross > PASS ? ((t1 + t2) * 0.14) / 100 : 0);
  const csgBase = 0.9825 * Math.min(gross, 4 * PASS) + Math.max(0, gross - 4 * PASS);
  const apec = (Math.min(gross, 4 * PASS) * 0.024) / 100;
  return { pension, apec, csgDeductible: (csgBase * 6.8) / 100, csgOther: (csgBase * 2.9) / 100 };
};

/** Income tax with the décote and CEHR on `income` (after the 10 % deduction). */
export const incomeTax = (income: number, household: Household) => {
  const parts = household === 'joint' ? 2 : 1;
  const gross = bracketTax(SCALE_2025_INCOME, income / parts) * parts;
  const decote = Math.max(0, DECOTE[household] - 0.4525 * gross);
  return Math.max(0, gross - decote) + bracketTax(CEHR[household], income);
};

const tax = ({ wages }: TaxInput, household: Household) => {
  const c = contributions2026(wages);
  const net = wages - c.pension - c.apec - c.csgDeductible;
  // 10 % for professional expenses, at most 14,555 (Décret 2026-562, as OpenFisca cites it).
  const income = net - Math.min(0.1 * net, 14_555);
  return {
    incomeTax: incomeTax(Math.max(0, income), household),
    social: c.pension + c.apec + c.csgDeductible + c.csgOther,
    socialParts: { pension: c.pension, health: 0, unemployment: 0 },
  };
};

export const FR_PLACES: readonly PlaceRules[] = [
  {
    place: 'FR',
    name: 'France (cadre)',
    currency: 'EUR',
    householdMatters: true,
    years: [
      {
        year: 2026,
        yearLabel: '2026 (income tax: 2025 scale)',
        sources: SOURCES,
        brackets: {
          'income tax, by part': SCALE_2025_INCOME,
          'CEHR, single': CEHR.single,
          'CEHR, couple': CEHR.joint,
        },
        tax,
      },
    ],
  },
];
