import {
  employerRetirement,
  expectedBonus,
  yearlyCompensation,
} from '../../domain/pay/compensation';
import { type Offer } from '../../domain/document/schema';
import { privateOutlook } from '../../domain/pay/equity-outlook';
import { seriesShares } from '../../domain/pay/private-equity';
import { formatMoney, formatNumber } from '../../lib/format';

/*
 * What the form says back as a person types pay: the yearly amount each
 * money part of the offer produces ("= $5,550 a year from your employer"),
 * so a wrong unit shows at once, and an "Is that right?" beside a figure far
 * outside what offers hold. Warnings never block a save.
 */

/** A part of pay whose yearly amount the form shows under its last field. */
export interface PayReading {
  /** The registry paths of the part, in form order: the line goes after the last one shown. */
  after: readonly string[];
  text: (offer: Offer, locale?: string) => string | null;
}

const money = (amount: number, offer: Offer, locale?: string) =>
  formatMoney(amount, offer.currency, locale);

export const PAY_READINGS: readonly PayReading[] = [
  {
    after: [
      'compensation.bonusTargetPct',
      'compensation.bonusAmount',
      'compensation.bonusPayoutPct',
    ],
    text: (offer, locale) => {
      const bonus = expectedBonus(offer.compensation, offer.compensation.baseSalary, 1);
      return bonus > 0 ? `= ${money(bonus, offer, locale)} bonus expected in year 1` : null;
    },
  },
  {
    after: [
      'compensation.signingBonus',
      'compensation.signingBonusClawbackMonths',
      'compensation.signingBonusYear2',
      'compensation.signingBonusYear2ClawbackMonths',
      'compensation.relocation',
      'compensation.relocationClawbackMonths',
    ],
    text: (offer, locale) => {
      if (offer.current) return null;
      const [first, second] = yearlyCompensation(offer, { horizonYears: 2 });
      const y1 = first?.oneTime ?? 0;
      const y2 = second?.oneTime ?? 0;
      if (y1 === 0 && y2 === 0) return null;
      if (y2 === 0) return `= ${money(y1, offer, locale)} paid once, in year 1`;
      return `= ${money(y1, offer, locale)} in year 1 and ${money(y2, offer, locale)} in year 2`;
    },
  },
  {
    after: [
      'compensation.employerMatchPct',
      'compensation.matchUpToPctOfSalary',
      'compensation.employerBaseContributionPct',
      'compensation.retirementMatchCap',
    ],
    text: (offer, locale) => {
      const yearly = employerRetirement(offer.compensation, offer.compensation.baseSalary);
      return yearly > 0 ? `= ${money(yearly, offer, locale)} a year from your employer` : null;
    },
  },
  {
    after: ['compensation.equity.private.fullyDilutedShares'],
    text: (offer, locale) => {
      const outlook = privateOutlook(offer.compensation.equity);
      if (!outlook || outlook.ownershipPct === 0) return null;
      const paper =
        outlook.paperValue > 0
          ? `; ${money(outlook.paperValue, offer, locale)} on paper at the last round's price`
          : '';
      return `= ${formatNumber(outlook.ownershipPct, ownershipDigits(outlook.ownershipPct), locale)} % of the company today${paper}`;
    },
  },
  {
    after: ['compensation.equity.private.exits'],
    text: (offer, locale) => {
      const outlook = privateOutlook(offer.compensation.equity);
      if (!outlook) return null;
      if (outlook.outcomes.length === 0)
        return 'No exit scenario yet: until one is added, this equity counts as nothing.';
      const range = `${money(outlook.low, offer, locale)} to ${money(outlook.high, offer, locale)}`;
      return `= ${money(outlook.expected, offer, locale)} expected for the whole grant at exit, before tax (${range} across the scenarios)`;
    },
  },
  {
    after: [
      'compensation.equity.private.preference',
      'compensation.equity.private.series',
      'compensation.equity.private.dilutionPct',
      'compensation.equity.private.roundPriceGrowthPct',
    ],
    text: (offer, locale) => {
      const outlook = privateOutlook(offer.compensation.equity);
      if (!outlook) return null;
      const { preferenceNow: now, preferenceAtExit: then, exitYear } = outlook;
      if (now === 0 && then === 0) return null;
      const later =
        then > now
          ? `; later rounds add ${money(then - now, offer, locale)} of preference by year ${exitYear}`
          : '';
      return `= ${money(now, offer, locale)} of preference ahead of common today, ${money(then, offer, locale)} by year ${exitYear}${later}`;
    },
  },
  {
    after: ['compensation.equity.riskDiscountPct'],
    text: (offer) =>
      privateOutlook(offer.compensation.equity)
        ? 'The chances of your exit scenarios already carry the risk of this grant, so the discount applies to refreshers only.'
        : null,
  },
];

/** Enough decimals to show a small stake: 0.05 %, 0.0042 %. */
const ownershipDigits = (pct: number) =>
  pct >= 1 ? 2 : Math.min(4, 1 - Math.floor(Math.log10(pct)));

/** Employers rarely put more than this share of base salary into retirement. */
export const RETIREMENT_WARNING_PCT = 15;
/** A target bonus above the whole base salary is rare. */
export const BONUS_WARNING_PCT = 100;
/** A share price growing faster than this every year is rare. */
export const GROWTH_WARNING_PCT = 50;

const sure = 'Is that right?';

/** A grant or a preference stack larger than the whole company cannot be right. */
const fullyDilutedWarning = (offer: Offer, locale?: string): string | null => {
  const { equity } = offer.compensation;
  const total = equity.private.fullyDilutedShares;
  if (equity.market !== 'private' || equity.kind === 'none' || total <= 0) return null;
  const count = (n: number) => formatNumber(n, 0, locale);
  const whole =
    total === 1
      ? 'the 1 fully diluted share, which counts every share and option there is'
      : `the ${count(total)} fully diluted shares, which count every share and option there is`;
  if (equity.shares > total) {
    const grant = equity.kind === 'options' ? 'options' : 'shares';
    return `${sure} Your ${count(equity.shares)} ${grant} are more than ${whole}.`;
  }
  const preferred = equity.private.series.reduce((sum, s) => sum + seriesShares(s), 0);
  if (preferred > total)
    return `${sure} The series hold ${count(preferred)} preferred shares, more than ${whole}.`;
  return null;
};

/** The "Is that right?" for the field at `path`, or null. */
export const fieldWarning = (path: string, offer: Offer, locale?: string): string | null => {
  const c = offer.compensation;
  switch (path) {
    case 'compensation.bonusTargetPct':
      return c.bonusTargetPct > BONUS_WARNING_PCT
        ? `${sure} A bonus over ${BONUS_WARNING_PCT} % of base salary is rare.`
        : null;
    case 'compensation.bonusAmount':
      return c.baseSalary > 0 && c.bonusAmount > c.baseSalary
        ? `${sure} This bonus is more than the base salary.`
        : null;
    case 'compensation.matchUpToPctOfSalary': {
      const matchPct = (c.employerMatchPct * c.matchUpToPctOfSalary) / 100;
      return matchPct > RETIREMENT_WARNING_PCT
        ? `${sure} That match is ${formatNumber(matchPct, 1, locale)} % of base salary a year; employers rarely give more than ${RETIREMENT_WARNING_PCT} %.`
        : null;
    }
    case 'compensation.employerBaseContributionPct': {
      const total =
        (c.employerMatchPct * c.matchUpToPctOfSalary) / 100 + c.employerBaseContributionPct;
      return c.employerBaseContributionPct > 0 && total > RETIREMENT_WARNING_PCT
        ? `${sure} That puts ${formatNumber(total, 1, locale)} % of base salary into retirement a year; employers rarely give more than ${RETIREMENT_WARNING_PCT} %. For a match, use the two fields above.`
        : null;
    }
    case 'compensation.equity.private.fullyDilutedShares':
      return fullyDilutedWarning(offer, locale);
    case 'compensation.equity.expectedGrowthPct':
      return c.equity.expectedGrowthPct > GROWTH_WARNING_PCT
        ? `${sure} ${formatNumber(c.equity.expectedGrowthPct, 1, locale)} % a year doubles the share price in under two years.`
        : null;
    default:
      return null;
  }
};
