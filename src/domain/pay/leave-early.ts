import {
  employerRetirement,
  expectedBonus,
  initialGrantKeep,
  oneTimeInYear,
  type CompensationPart,
  type OfferPay,
} from './compensation';
import { exchangeRate } from './currency';
import { exitGross, exitPayoff } from './private-equity';
import type { Equity, Offer, OfferTax, Settings } from '../document/schema';
import {
  exerciseTax,
  exerciseTaxDue,
  type ExerciseSettings,
  type ExerciseTax,
} from '../tax/exercise';
import type { TaxRules } from '../tax/rules';

/** The months a person can be asked about: leaving at the end of month 1 to 48. */
export const LEAVE_EARLY_MONTHS = { min: 1, max: 48 } as const;

export interface LeaveEarly {
  months: number;
  /** The offer's own currency: every amount below is in it. */
  currency: string;
  /** What each part has brought in by then (equity: vested, after the risk discount). */
  parts: Record<CompensationPart, number>;
  /** Cash received: every part except equity. */
  paid: number;
  /** Equity vested, after the risk discount. */
  vested: number;
  /** The signing bonus paid back for leaving inside the clawback period, else 0. */
  clawback: number;
  /** `paid + vested - clawback`. */
  net: number;
  /**
   * What of `paid + vested` is taxed as pay: salary, bonus, one-time payments
   * and equity at vest; not the employer's retirement money or benefits, nor
   * a private company's options (buying them has a tax of its own, `exerciseTax`).
   */
  taxed: number;
  /**
   * Cash to buy the vested options within the exercise window after
   * leaving (strike × vested options), or lose them; 0 without options.
   * `vested` is what they may be worth once bought (§12: net of the strike).
   */
  exerciseCost: number;
  /**
   * A private company's vested options once bought: what they bring on
   * average over the exit scenarios, before their cost. The cost is paid
   * exit or not, so `vested` counts them at `exerciseWorth - exerciseCost`,
   * or at 0 when buying them is not worth it. Null for other equity.
   */
  exerciseWorth: number | null;
  /**
   * The tax on buying a private company's vested options (§12), where it is
   * known and counted; `none` when no tax context was given.
   */
  exerciseTax: ExerciseTax;
  /** `net` in the display currency; `null` when the exchange rate is missing. */
  netInDisplayCurrency: number | null;
}

/** Share of a grant vesting in month `j` (1-based): each year's bucket vests evenly over its 12 months. */
const monthlyFraction = (schedule: readonly number[], j: number): number =>
  (schedule[Math.ceil(j / 12) - 1] ?? 0) / 100 / 12;

/**
 * Value of the whole initial grant at the expected share price of year `y`;
 * for a private company, its expected value at exit (§12), whenever that is.
 */
const initialGrantValue = (equity: Equity, y: number, leftAt?: number): number => {
  if (equity.market === 'private')
    return equity.private.exits.reduce(
      (sum, e) =>
        keptAtExit(equity, e.year, leftAt) ? sum + (e.pct / 100) * exitPayoff(equity, e) : sum,
      0,
    );
  const growth = (1 + equity.expectedGrowthPct / 100) ** y;
  switch (equity.kind) {
    case 'none':
      return 0;
    case 'rsu':
      return equity.grantValue * growth;
    case 'options':
      return equity.shares * Math.max(0, equity.sharePrice * growth - equity.strikePrice);
  }
};

/**
 * Whether what vested is still held at an exit in `year` by a person who
 * left after `leftAt` months (§12): options once bought, and RSUs a listed
 * company settles at vesting, are; a private company's RSUs settle only at
 * the exit, so vested ones count only while kept after leaving (always when
 * that is not given; never; or for so many years).
 */
const keptAtExit = (equity: Equity, year: number, leftAt?: number): boolean => {
  const rule = equity.private.rsuKeptAfterLeaving;
  if (leftAt === undefined || equity.kind !== 'rsu' || rule === null || rule === 'yes') return true;
  const grace = rule === 'years' ? 12 * equity.private.rsuKeptYears : 0;
  return year * 12 <= leftAt + grace;
};

/**
 * Initial grant vested after `m` months. Shares are priced like the yearly
 * model prices them: at the expected price of the year they are released in.
 * The cliff holds back everything before month `c` and releases it at month
 * `c`, so those shares take the price of the cliff's year. This makes month
 * 12·y agree with the sum of yearlyCompensation's first y years.
 */
const vestedInitialGrant = (equity: Equity, m: number): number => {
  const c = equity.cliffMonths;
  if (m < c) return 0;
  let value = 0;
  for (let j = 1; j <= m; j++) {
    const releaseYear = Math.ceil(Math.max(j, c) / 12);
    value += monthlyFraction(equity.vestingSchedule, j) * initialGrantValue(equity, releaseYear, m);
  }
  return value;
};

/** Share of the initial grant vested after `m` months (0 before the cliff). */
const vestedShare = (equity: Equity, m: number): number => {
  if (m < equity.cliffMonths) return 0;
  let share = 0;
  for (let j = 1; j <= m; j++) share += monthlyFraction(equity.vestingSchedule, j);
  return share;
};

/**
 * Refreshers vested after `m` months: one is granted at the end of every
 * completed year, vests monthly from then on the same schedule without a
 * cliff, and its i-th year is priced like the yearly model's, at (1+g)^i.
 */
const vestedRefreshers = (equity: Equity, m: number): number => {
  if (equity.annualRefresher === 0) return 0;
  const g = equity.expectedGrowthPct / 100;
  let value = 0;
  for (let grantMonth = 12; grantMonth < m; grantMonth += 12) {
    for (let i = 1; i <= m - grantMonth; i++) {
      const own = equity.annualRefresher * (1 + g) ** Math.ceil(i / 12);
      value += monthlyFraction(equity.vestingSchedule, i) * own;
    }
  }
  return value;
};

/** The month the second-year signing bonus is paid in: the first after the first anniversary. */
const YEAR_2_PAYMENT_MONTH = 13;

/**
 * What is paid back on leaving at the end of month `months`: each one-time
 * payment already received, when leaving before its clawback months (counted
 * from the start date; for the current job, from today).
 */
export const clawbackAt = (offer: OfferPay, months: number): number => {
  const c = offer.compensation;
  const received = (paidInMonth: number) => offer.current === true || months >= paidInMonth;
  let owed = 0;
  if (months < c.signingBonusClawbackMonths) owed += c.signingBonus;
  if (received(YEAR_2_PAYMENT_MONTH) && months < c.signingBonusYear2ClawbackMonths)
    owed += c.signingBonusYear2;
  if (months < c.relocationClawbackMonths) owed += c.relocation;
  return owed;
};

/**
 * What someone has been paid and has vested on leaving at the end of month
 * `months` (1 to 48), in the offer's own currency and before cost of living:
 * - salary and the employer's retirement money are paid monthly, benefits
 *   count pro rata, the signing bonus and relocation on day one, the
 *   second-year signing bonus at the first anniversary (counted from month 13);
 * - the bonus is paid at the end of each completed year only (the
 *   conservative reading: nobody counts on a pro-rata bonus when leaving);
 * - equity vests monthly inside each year's bucket after the cliff; a
 *   private company's vested options count at what buying them gains in
 *   expectation (`exerciseWorth`);
 * - each one-time payment is paid back in full when leaving before its
 *   clawback months (`clawbackAt`).
 * For the current job the one-time payments are behind the person: none is
 * paid again, and leaving inside a clawback still pays it back.
 * At month 12·y each part equals the sum of yearlyCompensation's first y years.
 */
export const leaveEarly = (
  offer: OfferPay & Pick<Offer, 'currency'> & { tax?: Partial<OfferTax> | null },
  settings: Pick<Settings, 'currency' | 'exchangeRates'>,
  months: number,
  /** The tax rules and settings the tax on buying options is worked out with; none: not counted. */
  tax?: { rules: TaxRules; settings: ExerciseSettings },
): LeaveEarly => {
  if (
    !Number.isInteger(months) ||
    months < LEAVE_EARLY_MONTHS.min ||
    months > LEAVE_EARLY_MONTHS.max
  )
    throw new RangeError(`months must be a whole number from 1 to 48 (got ${months})`);
  const c = offer.compensation;
  const parts: Record<CompensationPart, number> = {
    base: 0,
    bonus: 0,
    oneTime:
      oneTimeInYear(offer, 1) + (months >= YEAR_2_PAYMENT_MONTH ? oneTimeInYear(offer, 2) : 0),
    retirement: 0,
    benefits: 0,
    equity: 0,
  };
  for (let j = 1; j <= months; j++) {
    const raiseFactor = (1 + c.annualRaisePct / 100) ** (Math.ceil(j / 12) - 1);
    const yearBase = c.baseSalary * raiseFactor;
    parts.base += yearBase / 12;
    parts.retirement += employerRetirement(c, yearBase) / 12;
    parts.benefits += c.benefitsValue / 12;
    if (j % 12 === 0) parts.bonus += expectedBonus(c, yearBase, raiseFactor);
  }
  const { equity } = c;
  const share = vestedShare(equity, months);
  const exerciseCost = equity.kind === 'options' ? share * equity.shares * equity.strikePrice : 0;
  const exerciseWorth =
    equity.kind === 'options' && equity.market === 'private'
      ? share *
        equity.private.exits.reduce((sum, e) => sum + (e.pct / 100) * exitGross(equity, e), 0)
      : null;
  const taxOnBuying: ExerciseTax = tax
    ? exerciseTax(offer, tax.settings, tax.rules, months, share * equity.shares)
    : { kind: 'none' };
  const grant =
    exerciseWorth === null
      ? vestedInitialGrant(equity, months) * initialGrantKeep(equity)
      : Math.max(0, exerciseWorth - exerciseCost - exerciseTaxDue(taxOnBuying));
  const refreshers = vestedRefreshers(equity, months) * (1 - equity.riskDiscountPct / 100);
  parts.equity = grant + refreshers;

  const paid = parts.base + parts.bonus + parts.oneTime + parts.retirement + parts.benefits;
  const vested = parts.equity;
  const clawback = clawbackAt(offer, months);
  const net = paid + vested - clawback;
  const taxed =
    parts.base + parts.bonus + parts.oneTime + (exerciseWorth === null ? parts.equity : refreshers);
  const rate = exchangeRate(offer.currency, settings);
  return {
    months,
    currency: offer.currency,
    parts,
    paid,
    vested,
    clawback,
    net,
    taxed,
    exerciseCost,
    exerciseWorth,
    exerciseTax: taxOnBuying,
    netInDisplayCurrency: rate.ok ? net * rate.rate : null,
  };
};

export interface LeavingNow {
  /** The offer's own currency: every amount below is in it. */
  currency: string;
  /** The whole grant still to vest, at today's price, after the risk discount. */
  unvestedEquity: number;
  /** This year's bonus, paid only to those still there at the year's end. */
  unpaidBonus: number;
  /** One-time payments to give back for leaving inside their clawback. */
  repay: number;
  /** The three above added up. */
  total: number;
}

/**
 * What leaving the current job today gives up (scoring.md §7): the equity
 * still to vest (the equity fields of a current job hold what is left, valued
 * at today's price with the risk discount, refreshers not yet granted left
 * out), this year's bonus, and any signing bonus or relocation to repay.
 */
export const leavingNow = (offer: OfferPay & Pick<Offer, 'currency'>): LeavingNow => {
  const c = offer.compensation;
  const { equity } = c;
  const unvestedEquity =
    initialGrantValue({ ...equity, expectedGrowthPct: 0 }, 0) * initialGrantKeep(equity);
  const unpaidBonus = expectedBonus(c, c.baseSalary, 1);
  const repay = clawbackAt({ ...offer, current: true }, 0);
  return {
    currency: offer.currency,
    unvestedEquity,
    unpaidBonus,
    repay,
    total: unvestedEquity + unpaidBonus + repay,
  };
};
