import { MORE_OFFER_TEXTS } from './offer-text-corpus-more';

/*
 * Offer texts written for the tests, each with the fields the reader must
 * propose (by registry path) and the questions it must ask. A field that is
 * not listed must not be proposed: the reader invents nothing.
 */

export interface CorpusText {
  name: string;
  text: string;
  fields: Record<string, number | string | readonly number[]>;
  /** Paths the reader must ask about rather than fill in. */
  questions?: readonly string[];
  /** Words of a sentence it must list as not used. */
  unused?: readonly string[];
  /** How many figures it must find that read two ways. */
  unclear?: number;
}

export const OFFER_TEXT_CORPUS: readonly CorpusText[] = [
  {
    name: 'US big tech letter',
    text: `Dear Alex,

On behalf of Northwind Labs, Inc., I am pleased to offer you the position of Senior Software Engineer.

Your annual base salary of $185,000 will be paid bi-weekly. You will be eligible for a target bonus of 15% of your base salary. We will also pay a sign-on bonus of $25,000; you agree to repay it if you leave within 12 months.
You will receive 400 RSUs at a share price of $150 per share, vesting over four years with a one-year cliff.
Northwind matches 50% of your 401(k) contributions up to 6% of salary. You will receive 20 days of paid time off.
This is a hybrid role, 3 days a week in the office. Your start date will be January 4, 2027. Please respond by December 15, 2026.
A one-time allowance of $3,000 for home office equipment is available.`,
    fields: {
      company: 'Northwind Labs, Inc.',
      role: 'Senior Software Engineer',
      currency: 'USD',
      'compensation.baseSalary': 185000,
      'compensation.bonusTargetPct': 15,
      'compensation.signingBonus': 25000,
      'compensation.signingBonusClawbackMonths': 12,
      'compensation.equity.grantValue': 60000,
      'compensation.equity.vestingSchedule': [25, 25, 25, 25],
      'compensation.equity.cliffMonths': 12,
      'compensation.employerMatchPct': 50,
      'compensation.matchUpToPctOfSalary': 6,
      'workLife.ptoDays': 20,
      'workLife.officeDaysPerWeek': 3,
      notes: 'Start date: 2027-01-04',
      deadline: '2026-12-15',
    },
    unused: ['A one-time allowance of $3,000 for home office equipment'],
  },
  {
    name: 'US big tech, RSU value and 5/15/40/40',
    text: `Hi Sam — congratulations! Here are the details of your offer from Amberline as a Staff Engineer.
Base salary: $210,000 per year
Annual bonus: up to 20% of base
Equity: an RSU grant valued at $400,000, vesting 5/15/40/40 over four years.
Annual refreshers of $50,000 are typical.
Sign-on bonus: $40,000 in year one and $30,000 in year two.`,
    fields: {
      role: 'Staff Engineer',
      currency: 'USD',
      'compensation.baseSalary': 210000,
      'compensation.bonusTargetPct': 20,
      'compensation.equity.grantValue': 400000,
      'compensation.equity.vestingSchedule': [5, 15, 40, 40],
      'compensation.equity.annualRefresher': 50000,
      'compensation.signingBonus': 40000,
      'compensation.signingBonusYear2': 30000,
    },
  },
  {
    name: 'US startup with options',
    text: `Dear Priya,

Quillsoft is delighted to offer you the role of Founding Engineer.

Your salary will be $150,000 per year. You will be granted options to purchase 40,000 shares of common stock at an exercise price of $1.25 per share, the current 409A value. Options vest over 4 years, 25% per year, with a 1-year cliff. There are 10,000,000 fully diluted shares outstanding.
We offer unlimited PTO. Please sign and return this letter by 2026-12-20.`,
    fields: {
      company: 'Quillsoft',
      role: 'Founding Engineer',
      currency: 'USD',
      'compensation.baseSalary': 150000,
      'compensation.equity.shares': 40000,
      'compensation.equity.strikePrice': 1.25,
      'compensation.equity.vestingSchedule': [25, 25, 25, 25],
      'compensation.equity.cliffMonths': 12,
      'compensation.equity.private.fullyDilutedShares': 10000000,
      deadline: '2026-12-20',
    },
  },
  {
    name: 'US startup, preferred price and no cliff',
    text: `Company: Lumen Robotics
Role: Robotics Engineer
Base: $165k annually
Stock options: 25,000 options, strike price $2.10; the last round's preferred price was $8.40.
Vesting: 4-year vesting, no cliff.
Relocation: $10,000, to be paid back if you leave within one year.`,
    fields: {
      company: 'Lumen Robotics',
      role: 'Robotics Engineer',
      currency: 'USD',
      'compensation.baseSalary': 165000,
      'compensation.equity.shares': 25000,
      'compensation.equity.strikePrice': 2.1,
      'compensation.equity.private.preferredPrice': 8.4,
      'compensation.equity.vestingSchedule': [25, 25, 25, 25],
      'compensation.equity.cliffMonths': 0,
      'compensation.relocation': 10000,
      'compensation.relocationClawbackMonths': 12,
    },
  },
  {
    name: 'UK letter',
    text: `Dear Tom,

We are pleased to offer you the position of Product Manager at Harbourside Ltd.

Your salary will be £85,000 per annum. You will be entitled to 25 days' holiday plus bank holidays. The company will make an employer pension contribution of 5% of your salary, and you will contribute 3%.
Your normal working hours are 37.5 hours per week. Your employment will start on 1 February 2027.`,
    fields: {
      company: 'Harbourside Ltd.',
      role: 'Product Manager',
      currency: 'GBP',
      'compensation.baseSalary': 85000,
      'workLife.ptoDays': 25,
      'compensation.employerBaseContributionPct': 5,
      'workLife.hoursPerWeek': 37.5,
      notes: 'Start date: 2027-02-01',
    },
  },
  {
    name: 'UK recruiter e-mail with a bonus amount',
    text: `Hi Jo,
Great news: Fernway would like to make you an offer for the Data Scientist role.
• Base: £72,500 p.a.
• Bonus: £7,000 annual target
• Pension: 6% employer contribution
• Holiday: 28 days
• Hybrid: 2 days in the office per week
Could you let us know by 10/12/2026?`,
    fields: {
      currency: 'GBP',
      'compensation.baseSalary': 72500,
      'compensation.bonusAmount': 7000,
      'compensation.employerBaseContributionPct': 6,
      'workLife.ptoDays': 28,
      'workLife.officeDaysPerWeek': 2,
    },
    questions: ['deadline'],
  },
  {
    name: 'German letter',
    text: `Sehr geehrte Frau Weber,

wir freuen uns, Ihnen die Position als Senior Backend Engineer bei der Brightwave GmbH anzubieten.

Ihr Bruttojahresgehalt beträgt 85.000 €. Zusätzlich erhalten Sie einen Zielbonus von 10 %. Sie haben Anspruch auf 30 Urlaubstage. Die Wochenarbeitszeit beträgt 40 Stunden. Ihr Eintrittsdatum ist der 1. März 2027. Bitte senden Sie uns Ihre Rückmeldung bis zum 15.12.2026.`,
    fields: {
      company: 'Brightwave GmbH',
      role: 'Senior Backend Engineer',
      currency: 'EUR',
      'compensation.baseSalary': 85000,
      'compensation.bonusTargetPct': 10,
      'workLife.ptoDays': 30,
      'workLife.hoursPerWeek': 40,
      notes: 'Start date: 2027-03-01',
      deadline: '2026-12-15',
    },
  },
  {
    name: 'German letter, monthly salary in 13 payments',
    text: `Angebot der Nordlicht AG

Ihr Bruttomonatsgehalt beträgt 6.500,00 EUR, ausgezahlt in 13 Gehälter pro Jahr. Die Arbeitgeberzuschuss zur bAV beträgt 4 %. Es gelten 28 Tage Urlaub.`,
    fields: {
      company: 'Nordlicht AG',
      currency: 'EUR',
      'compensation.baseSalary': 84500,
      'compensation.employerBaseContributionPct': 4,
      'workLife.ptoDays': 28,
    },
  },
  ...MORE_OFFER_TEXTS,
];
