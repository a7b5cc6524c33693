import { initialGrantVesting } from '../../domain/pay/compensation';
import { privateOutlook } from '../../domain/pay/equity-outlook';
import { type Offer } from '../../domain/document/schema';
import { formatMoney } from '../../lib/format';
import { listOf } from '../../lib/list';

/** The longest horizon the settings allow. */
export const MAX_HORIZON_YEARS = 6;

export interface HorizonReading {
  text: string;
  /** The horizon that would count more of the grant, within what the settings allow; else null. */
  extendTo: number | null;
}

/** What the ranking counts of the grant over `years` (scoring.md §12): each year's expected part. */
const countedOver = (offer: Offer, years: number): number => {
  let sum = 0;
  for (let y = 1; y <= years; y++) sum += initialGrantVesting(offer.compensation.equity, y);
  return sum;
};

/**
 * A private grant counted for less than the form promises because part of
 * it falls past the horizon: "$67,239 of $76,267 counts within your 4-year
 * horizon: the year-5 exit is past it". Null when the whole grant counts.
 */
export const horizonReading = (
  offer: Offer,
  horizonYears: number,
  locale?: string,
): HorizonReading | null => {
  const { equity } = offer.compensation;
  const pastYears = [
    ...new Set(equity.private.exits.map((e) => e.year).filter((y) => y > horizonYears)),
  ].sort((a, b) => a - b);
  const lastVesting = equity.vestingSchedule.findLastIndex((pct) => pct > 0) + 1;
  if (pastYears.length === 0 && lastVesting <= horizonYears) return null;
  const outlook = privateOutlook(equity);
  if (!outlook) return null;
  const counted = countedOver(offer, horizonYears);
  if (outlook.expected - counted < 0.5) return null;
  const money = (amount: number) => formatMoney(amount, offer.currency, locale);
  const why =
    pastYears.length === 0
      ? 'the rest vests after it'
      : pastYears.length === 1
        ? `the year-${pastYears[0]} exit is past it`
        : `the ${listOf(pastYears.map((y) => `year-${y}`))} exits are past it`;
  const needed = Math.min(MAX_HORIZON_YEARS, Math.max(lastVesting, ...pastYears));
  const extendTo =
    needed > horizonYears && countedOver(offer, needed) - counted >= 0.5 ? needed : null;
  return {
    text: `${money(counted)} of ${money(outlook.expected)} counts within your ${horizonYears}-year horizon: ${why}.`,
    extendTo,
  };
};
