import { completeSettings, defaultsFiller, offerTemplate } from '../document/defaults';
import { privateGrantVesting } from './private-equity';
import type { Compensation, Equity, Offer, Settings } from '../document/schema';

/** One year of pay, in the offer's own currency, before cost of living. */
export interface CompensationYear {
  year: number;
  base: number;
  bonus: number;
  oneTime: number;
  retirement: number;
  benefits: number;
  equity: number;
  /** Your own health costs, as a negative amount (0 when none). */
  health: number;
  total: number;
}

export const COMPENSATION_PARTS = [
  'base',
  'bonus',
  'oneTime',
  'retirement',
  'benefits',
  'equity',
  'health',
] as const satisfies readonly (keyof CompensationYear)[];
export type CompensationPart = (typeof COMPENSATION_PARTS)[number];

/** Share of a grant vesting in year k (1-based) on the plain schedule. */
const fraction = (schedule: readonly number[], k: number): number =>
  k >= 1 && k <= schedule.length ? (schedule[k - 1] ?? 0) / 100 : 0;

/**
 * Share of the initial grant vesting in year y once the cliff is applied.
 * Vesting is monthly inside a year, so a cliff of up to 12 months changes no
 * yearly bucket; a longer cliff moves all of year 1 into year 2.
 */
export const vestedFraction = (schedule: readonly number[], cliffMonths: number, y: number) => {
  if (cliffMonths <= 12) return fraction(schedule, y);
  if (y === 1) return 0;
  if (y === 2) return fraction(schedule, 1) + fraction(schedule, 2);
  return fraction(schedule, y);
};

/**
 * Value of the initial grant vesting in year y, before the risk discount. A
 * private company's grant is its expected value at exit (§12) instead.
 */
export const initialGrantVesting = (equity: Equity, y: number): number => {
  if (equity.market === 'private')
    return privateGrantVesting(
      equity,
      (k) => vestedFraction(equity.vestingSchedule, equity.cliffMonths, k),
      y,
    );
  const g = equity.expectedGrowthPct / 100;
  const share = vestedFraction(equity.vestingSchedule, equity.cliffMonths, y);
  if (share === 0) return 0;
  switch (equity.kind) {
    case 'none':
      return 0;
    case 'rsu':
      return equity.grantValue * share * (1 + g) ** y;
    case 'options': {
      const spread = Math.max(0, equity.sharePrice * (1 + g) ** y - equity.strikePrice);
      return equity.shares * share * spread;
    }
  }
};

/**
 * Value of refreshers vesting in year y. A refresher is granted at the end of
 * each year k < horizon, vests on the same schedule without a cliff, and is
 * valued like an RSU whatever the initial grant was.
 */
export const refresherVesting = (equity: Equity, y: number, horizonYears: number): number => {
  if (equity.annualRefresher === 0) return 0;
  const g = equity.expectedGrowthPct / 100;
  let sum = 0;
  for (let k = 1; k <= horizonYears - 1 && k < y; k++) {
    sum += equity.annualRefresher * fraction(equity.vestingSchedule, y - k) * (1 + g) ** (y - k);
  }
  return sum;
};

/**
 * The bonus expected for a year whose base salary is `base`: the target (a
 * share of that base, or the stated amount grown with the raises, like the
 * salary it is tied to; `raiseFactor` is `(1 + annualRaisePct/100)^(y-1)`)
 * times the expected payout. Multiplying by `payout/100` keeps a 100 % payout
 * exact, so version 3's bonuses are unchanged to the last digit.
 */
export const expectedBonus = (c: Compensation, base: number, raiseFactor: number): number => {
  const target =
    c.bonusAs === 'amount' ? c.bonusAmount * raiseFactor : (base * c.bonusTargetPct) / 100;
  return target * (c.bonusPayoutPct / 100);
};

/**
 * What the employer puts into retirement in a year whose base salary is
 * `base`: the match on the person's contributions up to `matchUpToPctOfSalary`
 * (assuming they contribute at least that much) plus the contribution paid
 * whatever they put in, capped at `retirementMatchCap` when one is set.
 */
export const employerRetirement = (c: Compensation, base: number): number => {
  const match = (base * (c.employerMatchPct / 100) * c.matchUpToPctOfSalary) / 100;
  const contribution = (base * c.employerBaseContributionPct) / 100;
  const yearly = match + contribution;
  return c.retirementMatchCap === null ? yearly : Math.min(yearly, c.retirementMatchCap);
};

/**
 * One-time payments in year `y`: the signing bonus and relocation in year 1,
 * the second-year signing bonus in year 2 (paid at the first anniversary).
 * For the current job they are behind the person: nothing more is paid.
 */
export const oneTimeInYear = (offer: OfferPay, y: number): number => {
  if (offer.current === true) return 0;
  const c = offer.compensation;
  if (y === 1) return c.signingBonus + c.relocation;
  if (y === 2) return c.signingBonusYear2;
  return 0;
};

/**
 * What the risk discount leaves of the initial grant: a private company's
 * grant is valued by its exit scenarios, whose chances already carry the
 * risk, so it is counted once (§12); refreshers keep the discount.
 */
export const initialGrantKeep = (equity: Equity): number =>
  equity.market === 'private' ? 1 : 1 - equity.riskDiscountPct / 100;

/** What the money model reads of an offer. */
export type OfferPay = Pick<Offer, 'compensation'> & { current?: boolean };

/** One year's parts and total, handed to `eachYear`'s visitor. */
type YearVisitor = (
  year: number,
  base: number,
  bonus: number,
  oneTime: number,
  retirement: number,
  benefits: number,
  equity: number,
  health: number,
  total: number,
) => void;

/**
 * The model of one offer's pay (scoring.md §1), year by year over the
 * settings' horizon: `visit` gets each year's parts and total. Scoring sums
 * the totals through it without building a row per year.
 */
export const eachYear = (
  offer: OfferPay,
  settings: Pick<Settings, 'horizonYears'>,
  visit: YearVisitor,
): void => {
  const c = offer.compensation;
  const { equity } = c;
  const horizon = settings.horizonYears;
  const keep = 1 - equity.riskDiscountPct / 100;
  const keepGrant = initialGrantKeep(equity);
  for (let year = 1; year <= horizon; year++) {
    const raiseFactor = (1 + c.annualRaisePct / 100) ** (year - 1);
    const base = c.baseSalary * raiseFactor;
    const bonus = expectedBonus(c, base, raiseFactor);
    const oneTime = oneTimeInYear(offer, year);
    const retirement = employerRetirement(c, base);
    const benefits = c.benefitsValue;
    const equityValue =
      initialGrantVesting(equity, year) * keepGrant +
      refresherVesting(equity, year, horizon) * keep;
    const health = -c.healthCostsPerYear;
    const total = base + bonus + oneTime + retirement + benefits + equityValue + health;
    visit(year, base, bonus, oneTime, retirement, benefits, equityValue, health, total);
  }
};

/**
 * Compensation year by year over the settings' horizon (scoring.md §1), for
 * an offer whose every field is present (scoring calls this on parsed
 * documents).
 */
export const compensationRows = (
  offer: OfferPay,
  settings: Pick<Settings, 'horizonYears'>,
): CompensationYear[] => {
  const rows: CompensationYear[] = [];
  eachYear(
    offer,
    settings,
    (year, base, bonus, oneTime, retirement, benefits, equity, health, total) =>
      rows.push({ year, base, bonus, oneTime, retirement, benefits, equity, health, total }),
  );
  return rows;
};

/** Cost-of-living adjustment (scoring.md §2): a total as if earned at the reference place. */
export const adjustForCostOfLiving = (amount: number, costOfLivingIndex: number) =>
  (amount * 100) / costOfLivingIndex;

/** What the pay model fills in of an offer that leaves fields out. */
const fillPay = defaultsFiller(() => ({
  compensation: offerTemplate().compensation,
  current: false,
}));

/**
 * Compensation year by year over the settings' horizon (scoring.md §1), in the
 * offer's own currency, before cost of living. Fields the offer or settings
 * leave out take the schema's defaults.
 */
export const yearlyCompensation = (
  offer: OfferPay,
  settings: Partial<Pick<Settings, 'horizonYears'>> = {},
): CompensationYear[] =>
  compensationRows(fillPay(offer), completeSettings(settings as Partial<Settings>));
