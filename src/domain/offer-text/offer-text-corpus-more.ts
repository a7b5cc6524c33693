import type { CorpusText } from './offer-text-corpus';

/** The corpus's second half: India, Canada, e-mails, conversions and the cases asked about. */
export const MORE_OFFER_TEXTS: readonly CorpusText[] = [
  {
    name: 'India CTC',
    text: `Dear Rohan,

Greenfield Technologies Pvt. Ltd. is pleased to offer you the position of Software Engineer II.

Your annual CTC will be ₹32,00,000. The variable component is 10% of fixed pay. You are entitled to 24 days of annual leave.`,
    fields: {
      company: 'Greenfield Technologies Pvt. Ltd.',
      role: 'Software Engineer II',
      currency: 'INR',
      'compensation.baseSalary': 3200000,
      'compensation.bonusTargetPct': 10,
      'workLife.ptoDays': 24,
    },
  },
  {
    name: 'India LPA in a recruiter message',
    text: `Hi Neha, the offer from Tarang is 28 LPA fixed plus a joining bonus of 2 lakhs, to be returned if you leave within 6 months. Employer PF contribution of 12% of basic.`,
    fields: {
      currency: 'INR',
      'compensation.baseSalary': 2800000,
      'compensation.signingBonus': 200000,
      'compensation.signingBonusClawbackMonths': 6,
    },
    unused: ['Employer PF contribution of 12% of basic'],
  },
  {
    name: 'Canada',
    text: `Dear Chris,

Maple Circuit Inc. is happy to offer you the position of DevOps Engineer.

Your annual base salary will be CA$120,000. The company matches your RRSP contributions up to 4% of your salary. You will receive three weeks of paid vacation. This position is hybrid with 2 days per week in the office.`,
    fields: {
      company: 'Maple Circuit Inc.',
      role: 'DevOps Engineer',
      currency: 'CAD',
      'compensation.baseSalary': 120000,
      'compensation.employerMatchPct': 100,
      'compensation.matchUpToPctOfSalary': 4,
      'workLife.ptoDays': 15,
      'workLife.officeDaysPerWeek': 2,
    },
  },
  {
    name: 'recruiter e-mail, short',
    text: `Hey! Quick summary of the Orbital offer we discussed:
base 140k, 10% bonus, $15k signing, 20k RSUs/yr refresh.
Let me know what you think!`,
    fields: {
      currency: 'USD',
      'compensation.baseSalary': 140000,
      'compensation.bonusTargetPct': 10,
      'compensation.signingBonus': 15000,
      'compensation.equity.annualRefresher': 20000,
    },
  },
  {
    name: 'two signing bonuses with clawbacks',
    text: `Dear Morgan,

Cobalt Systems is pleased to offer you the role of Engineering Manager.

Your base salary is $200,000 per year. You will receive a sign-on bonus of $50,000 in total: $30,000 paid with your first paycheck and $20,000 paid after your first anniversary.
If you leave within 12 months you must repay the first payment. The second-year signing bonus must be repaid if you leave within 24 months of your start date.`,
    fields: {
      company: 'Cobalt Systems',
      role: 'Engineering Manager',
      currency: 'USD',
      'compensation.baseSalary': 200000,
      'compensation.signingBonus': 30000,
      'compensation.signingBonusYear2': 20000,
      'compensation.signingBonusClawbackMonths': 12,
      'compensation.signingBonusYear2ClawbackMonths': 24,
    },
  },
  {
    name: 'monthly salary',
    text: `Dear Lena,

We are excited to offer you the position of UX Designer at Pinecone Studio.

Your gross salary will be €5,200 per month. You will have 25 vacation days per year.`,
    fields: {
      role: 'UX Designer',
      currency: 'EUR',
      'compensation.baseSalary': 62400,
      'workLife.ptoDays': 25,
    },
  },
  {
    name: 'nothing to read',
    text: `Dear Jamie,

Thank you for taking the time to meet the team last week. Everyone enjoyed the conversation and we will be in touch soon about next steps.

Kind regards,
The hiring team`,
    fields: {},
  },
  {
    name: 'salary without its period',
    text: `Your salary will be €7,500. You will work 38 hours per week.`,
    fields: { currency: 'EUR', 'workLife.hoursPerWeek': 38 },
    questions: ['compensation.baseSalary'],
  },
  {
    name: 'the same salary given twice, differently',
    text: `Your base salary will be $120,000 per year. As discussed, your base salary will be $125,000 per year.`,
    fields: { currency: 'USD' },
    questions: ['compensation.baseSalary'],
  },
  {
    name: 'a figure read two ways',
    text: `Base 95.000,00 EUR and 12.5 % bonus. Strike 1.080 per option.`,
    fields: {
      currency: 'EUR',
      'compensation.baseSalary': 95000,
      'compensation.bonusTargetPct': 12.5,
    },
    unclear: 1,
  },
  {
    name: 'US letter with a relocation package and pay period',
    text: `Dear Casey,

On behalf of Riverbend Health, I am delighted to offer you the position of Clinical Data Analyst.

You will be paid $4,000 per pay period, 26 pay periods a year. Your relocation package of $8,000 must be repaid in full if you leave within 18 months. Riverbend will match 100% of your 401(k) contributions up to 4% of salary, up to $6,000 a year. Full-time employees work 40 hours per week and receive 15 days of PTO.`,
    fields: {
      company: 'Riverbend Health',
      role: 'Clinical Data Analyst',
      currency: 'USD',
      'compensation.baseSalary': 104000,
      'compensation.relocation': 8000,
      'compensation.relocationClawbackMonths': 18,
      'compensation.employerMatchPct': 100,
      'compensation.matchUpToPctOfSalary': 4,
      'compensation.retirementMatchCap': 6000,
      'workLife.hoursPerWeek': 40,
      'workLife.ptoDays': 15,
    },
  },
  {
    name: 'equity summary',
    text: `Equity summary — Vantage Analytics

Grant type: Restricted Stock Units
Grant: 1,200 RSUs at $85.50 per share
Vesting schedule: 25% each year over 4 years, 1-year cliff
Annual refresh grants of $30,000 are expected.`,
    fields: {
      currency: 'USD',
      'compensation.equity.grantValue': 102600,
      'compensation.equity.vestingSchedule': [25, 25, 25, 25],
      'compensation.equity.cliffMonths': 12,
      'compensation.equity.annualRefresher': 30000,
    },
  },
  {
    name: 'Switzerland-style francs and a three-year vest',
    text: `Dear Noor,

Alpenglow AG is pleased to offer you the role of Security Engineer.

Your annual salary is CHF 140,000. Your stock options (8,000 options at an exercise price of CHF 4.50) vest over three years.`,
    fields: {
      company: 'Alpenglow AG',
      role: 'Security Engineer',
      currency: 'CHF',
      'compensation.baseSalary': 140000,
      'compensation.equity.shares': 8000,
      'compensation.equity.strikePrice': 4.5,
      'compensation.equity.vestingSchedule': [33.33, 33.33, 33.34],
    },
  },
  {
    name: 'annual raise and office days as a word',
    text: `Dear Ari,

Tidewater is pleased to offer you the position of QA Lead. Your annual base salary will be $98,000, with a typical annual increase of 3%. You will work in the office four days a week.`,
    fields: {
      company: 'Tidewater',
      role: 'QA Lead',
      currency: 'USD',
      'compensation.baseSalary': 98000,
      'compensation.annualRaisePct': 3,
      'workLife.officeDaysPerWeek': 4,
    },
  },
];
