import { bracketTax, type Bracket, type PlaceRules, type TaxInput } from './types';

/*
 * Netherlands, 2026, for an employee under the state pension age: Box 1
 * (income tax and national insurance premiums in one rate), less the general
 * tax credit (algemene heffingskorting) and the labour tax credit
 * (arbeidskorting), as the Belastingplan 2026 set them after its note of
 * amendment. Read on 2026-12-05.
 *
 * Social: the first bracket's 35.75 % holds 27.65 % of national insurance
 * premiums (AOW 17.9 % = pension, Anw 0.1 % = other, Wlz 9.65 % = health).
 * They are shown as social contributions, the rest of Box 1 as income tax;
 * the credits are split between the two in the proportion of those rates
 * (27.65 / 35.75 to the premiums), as the law splits them into a premium
 * part and a tax part (the parts: PwC; the proportion is art. 8.1 of the Wet
 * IB 2001's, not read in a stored source), and neither part below 0. The employee pays no other
 * contribution on pay: the Zvw income-related health contribution and the
 * unemployment (WW) premiums are the employer's. The health insurer's
 * nominal premium is a private premium, not modelled.
 *
 * Own contributions to a workplace pension are deducted from the taxable
 * wage (without the cap on pensionable pay, not modelled). Each person is
 * taxed alone: the household changes nothing. Amounts are not rounded to
 * whole euros as the assessment does.
 *
 * NL-EXP (letters, as a saved document's place id must be): the 30 % ruling,
 * 30 % of pay tax-free in 2026 (27 % for rulings from 2027), on pay up to
 * the WNT norm of 262,000. It is assumed to apply: the law asks for a
 * taxable wage (70 % of pay) of at least 48,013 (36,497 under 30 with a
 * master's degree), which the place does not check.
 */

const READ = '2026-12-05';

const SOURCES = [
  {
    what: 'Box 1 rates, premiums, general and labour credits 2026 (A+B Adviesgroep, 23 Dec 2025)',
    url: 'https://www.aplusbadviesgroep.nl/tarieven-heffingskortingen-en-bedragen-inkomstenbelasting-2026',
    read: READ,
  },
  {
    what: 'Labour credit 2026 table (Salure)',
    url: 'https://salure.nl/nieuws/arbeidskorting',
    read: READ,
  },
  {
    what: 'Belastingplan 2026 note of amendment (Salaris van Morgen)',
    url: 'https://www.salarisvanmorgen.nl/2025/10/19/meer-recht-op-arbeidskorting-voor-lage-inkomens-wijziging-belastingplan-2026/',
    read: READ,
  },
  {
    what: 'Credits: tax and premium parts (PwC)',
    url: 'https://taxsummaries.pwc.com/netherlands/individual/other-tax-credits-and-incentives',
    read: READ,
  },
] as const;

const RULING_SOURCE = {
  what: '30 % ruling 2026, WNT cap 262,000 (Grant Thornton)',
  url: 'https://www.grantthornton.nl/en/insights-en/human-capital-services/30-ruling-updates-ahead-of-2026',
  read: READ,
};

/** Box 1 under the state pension age (A+B Adviesgroep; 35.75 % and 78,426: the note of amendment). */
export const BOX1_2026: readonly Bracket[] = [
  { from: 0, ratePct: 35.75 },
  { from: 38_883, ratePct: 37.56 },
  { from: 78_426, ratePct: 49.5 },
];
/** National insurance in the first bracket: AOW 17.9 + Anw 0.1 + Wlz 9.65 (A+B Adviesgroep). */
const PREMIUM_PCT = 27.65;

/** The general tax credit: 3,115, less 6.398 % of income over 29,736 (A+B Adviesgroep). */
export const generalCredit = (income: number) =>
  Math.max(0, 3_115 - (Math.max(0, income - 29_736) * 6.398) / 100);

/**
 * The labour tax credit on income from work, by its bends [from, amount at from, % above]
 * (Salure's table; 11,965 and 25,845: the note of amendment; 5,685 and 6.51 %: A+B Adviesgroep).
 */
const LABOUR: readonly (readonly [number, number, number])[] = [
  [0, 0, 8.324],
  [11_965, 996, 31.009],
  [25_845, 5_300, 1.95],
  [45_592, 5_685, -6.51],
];
export const labourCredit = (income: number) => {
  const [from, base, pct] = LABOUR.findLast(([f]) => income >= f)!;
  return Math.max(0, base + ((income - from) * pct) / 100);
};

/** Box 1 on a year's pay, with `rulingPct` of pay up to 262,000 (the WNT norm, Grant Thornton) tax-free. */
export const box1 = ({ wages, ownRetirement }: TaxInput, rulingPct = 0) => {
  const free = (Math.min(wages, 262_000) * rulingPct) / 100;
  const income = Math.max(0, wages - free - Math.max(0, ownRetirement));
  const premiums = (Math.min(income, 38_883) * PREMIUM_PCT) / 100;
  const credits = generalCredit(income) + labourCredit(income);
  const premiumCredit = (credits * PREMIUM_PCT) / 35.75;
  const social = Math.max(0, premiums - premiumCredit);
  return {
    incomeTax: Math.max(0, bracketTax(BOX1_2026, income) - premiums - (credits - premiumCredit)),
    social,
    socialParts: { pension: (social * 17.9) / PREMIUM_PCT, health: (social * 9.65) / PREMIUM_PCT },
  };
};

const netherlands = (place: string, name: string, rulingPct: number): PlaceRules => ({
  place,
  name,
  currency: 'EUR',
  householdMatters: false,
  years: [
    {
      year: 2026,
      yearLabel: '2026',
      sources: rulingPct ? [...SOURCES, RULING_SOURCE] : SOURCES,
      brackets: { 'Box 1': BOX1_2026 },
      tax: (input: TaxInput) => box1(input, rulingPct),
    },
  ],
});

export const NL_PLACES: readonly PlaceRules[] = [
  netherlands('NL', 'Netherlands', 0),
  netherlands('NL-EXP', 'Netherlands, with the 30 % ruling', 30),
];
