import type { Factor } from '../../domain/document/schema';
import type { LeavingNow } from '../../domain/pay/leave-early';
import type { StayingComparison } from '../../domain/trade-offs/staying';
import { FACTOR_LABELS } from '../../components/palette';
import { formatMoney } from '../../lib/format';
import { listOf } from '../../lib/list';

/*
 * The offers against the job the person has now, in words: "Acme pays
 * $24,000 a year more than staying; staying wins on Culture." Company names
 * are kept apart (the component isolates them), so each line is the company
 * and the text after it.
 */

export interface StayingLine {
  offerId: string;
  company: string;
  /** The sentence after the company's name. */
  text: string;
}

export interface StayingText {
  current: string;
  lines: StayingLine[];
  /** What leaving the current job today gives up; `null` when nothing. */
  leaving: string | null;
}

const factors = (list: readonly Factor[]) => listOf(list.map((f) => FACTOR_LABELS[f]));

/** A yearly difference to the nearest 100 once it is in the thousands: the model is not exact to the dollar. */
const rounded = (amount: number) => (amount >= 1000 ? Math.round(amount / 100) * 100 : amount);

const payText = (difference: number, currency: string, basis: string): string => {
  const amount = formatMoney(rounded(Math.abs(difference)), currency);
  // Less than one unit apart reads as the same pay ("$0 more" says nothing).
  if (Math.abs(difference) < 0.5) return `pays about the same as staying, ${basis}`;
  return difference > 0
    ? `pays ${amount} a year more than staying, ${basis}`
    : `pays ${amount} a year less than staying, ${basis}`;
};

/** What leaving gives up, in the current job's own currency, on the basis named. */
export const leavingText = (now: LeavingNow, basis: string): string | null => {
  const parts = [
    now.unvestedEquity > 0 &&
      `${formatMoney(now.unvestedEquity, now.currency)} of equity still to vest`,
    now.unpaidBonus > 0 && `this year's bonus of ${formatMoney(now.unpaidBonus, now.currency)}`,
    now.repay > 0 && `${formatMoney(now.repay, now.currency)} to repay under a clawback`,
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length === 0) return null;
  return `Leaving now gives up ${listOf(parts)}: about ${formatMoney(now.total, now.currency)} in all, ${basis}.`;
};

export const stayingText = (
  comparison: StayingComparison,
  displayCurrency: string,
  leaving: LeavingNow | null,
  /** The basis pay is compared on, in words: "after tax". */
  basis: string,
): StayingText => ({
  current: comparison.current.company,
  lines: comparison.offers.map((offer) => {
    const behind = offer.behindOn.filter((f) => f !== 'compensation');
    const ahead = offer.aheadOn.filter((f) => f !== 'compensation');
    const clauses = [payText(offer.payDifference, displayCurrency, basis)];
    if (behind.length > 0) clauses.push(`staying wins on ${factors(behind)}`);
    if (ahead.length > 0) clauses.push(`it is ahead on ${factors(ahead)}`);
    return { offerId: offer.offerId, company: offer.company, text: `${clauses.join('; ')}.` };
  }),
  leaving: leaving ? leavingText(leaving, basis) : null,
});
