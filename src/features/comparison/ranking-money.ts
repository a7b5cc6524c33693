import { formatMoney, formatMoneyCompact } from '../../lib/format';

/** Sums of $1,000 and more are said to the nearest $100: the model is an estimate. */
const rounded = (amount: number) => (amount >= 1000 ? Math.round(amount / 100) * 100 : amount);

/**
 * How much more (or less) a year the leader pays than the runner-up, on the
 * basis compared: "$18,400 a year more after tax".
 */
export const moneyLead = (
  leaderMean: number,
  runnerUpMean: number,
  currency: string,
  basis: string,
): string => {
  const difference = leaderMean - runnerUpMean;
  const amount = rounded(Math.abs(difference));
  if (Math.round(amount) === 0) return `the same pay ${basis}`;
  return `${formatMoney(amount, currency)} a year ${difference > 0 ? 'more' : 'less'} ${basis}`;
};

/** One ranked offer's pay: "$221.6K a year after tax (4-year average) · year 1 $265.6K". */
export const payLine = (
  mean: number,
  firstYear: number | null,
  currency: string,
  basis: string,
  average: string,
): string => {
  const line = `${formatMoneyCompact(mean, currency)} a year ${basis} (${average})`;
  return firstYear === null ? line : `${line} · year 1 ${formatMoneyCompact(firstYear, currency)}`;
};
