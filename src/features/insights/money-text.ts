import { CRITERION_LABELS } from '../../domain/fields/choices';
import {
  type MoneyEquivalents,
  type OfferEquivalents,
  type PayEquivalent,
} from '../../domain/trade-offs/money-equivalents';
import { formatMoney } from '../../lib/format';
import { isolate } from '../../lib/isolate';
import { listOf } from '../../lib/list';

/*
 * "What your weights mean in money" in sentences, from moneyEquivalents.
 * Pure: the section renders what this returns.
 */

export interface MoneyText {
  lines: string[];
  /** One line: how the amounts are found. */
  how: string | null;
}

/** To two significant digits, as "about" promises: 8,163 → 8,200; 357 → 360. */
export const aboutAmount = (found: number): number => {
  if (found <= 0) return 0;
  // The search ends a hair from the exact amount (6,249.9999999 for 6,250): not a reason to round down.
  const amount = Number(found.toPrecision(10));
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(amount)) - 1);
  return Math.round(amount / unit) * unit;
};

const about = (amount: number, currency: string) =>
  `about ${formatMoney(aboutAmount(amount), currency)}`;

const sameAmount = (a: PayEquivalent, b: PayEquivalent) =>
  a.amount === b.amount ||
  (a.amount !== null &&
    b.amount !== null &&
    Math.abs(a.amount - b.amount) <= 1e-6 * Math.max(1, a.amount));

const ratingLine = (labels: string[], equivalent: PayEquivalent, currency: string): string => {
  const what = `one step up in ${listOf(labels, 'or')} rating`;
  if (equivalent.amount === null) return `Under your weights no yearly pay makes up for ${what}.`;
  if (equivalent.amount === 0) return `Under your weights ${what} is worth nothing to you.`;
  const sentence = `Under your weights, ${what} is worth ${about(equivalent.amount, currency)} a year to you.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
};

const perOfferLine = (
  what: string,
  offers: readonly OfferEquivalents[],
  pick: (o: OfferEquivalents) => PayEquivalent,
  currency: string,
): string | null => {
  const priced = offers
    .map((o) => ({ company: o.company, amount: pick(o).amount }))
    .filter((o): o is { company: string; amount: number } => o.amount !== null);
  if (priced.length === 0) return null;
  const counting = priced.filter((o) => o.amount > 0);
  const none = priced.filter((o) => o.amount === 0).map((o) => isolate(o.company));
  const nothing =
    none.length > 0
      ? ` It adds nothing at ${listOf(none, 'or')}, already at the score’s limit there.`
      : '';
  if (counting.length === 0) return `${what} adds nothing at your offers under your weights.`;
  const low = counting.reduce((a, b) => (b.amount < a.amount ? b : a));
  const high = counting.reduce((a, b) => (b.amount > a.amount ? b : a));
  if (aboutAmount(low.amount) === aboutAmount(high.amount))
    return `${what} is worth ${about(low.amount, currency)} a year.${nothing}`;
  return `${what} is worth from ${about(low.amount, currency)} a year (${isolate(low.company)}) to ${about(high.amount, currency)} (${isolate(high.company)}).${nothing}`;
};

export const moneyText = (money: MoneyEquivalents): MoneyText | null => {
  const { status, currency } = money;
  if (status === 'no-offers' || status === 'all-zero') return null;
  if (status === 'no-money')
    return {
      lines: [
        'Under your weights money does not count (the compensation weight is 0), so nothing can be put in money.',
      ],
      how: null,
    };

  const lines: string[] = [];
  // Criteria of one factor worth the same (equal criterion weights) share a sentence.
  const groups: { labels: string[]; equivalent: PayEquivalent; factor: string }[] = [];
  for (const { factor, criterion, equivalent } of money.ratings) {
    const label = CRITERION_LABELS[criterion] ?? criterion;
    const group = groups.find((g) => g.factor === factor && sameAmount(g.equivalent, equivalent));
    if (group) group.labels.push(label);
    else groups.push({ labels: [label], equivalent, factor });
  }
  for (const group of groups) lines.push(ratingLine(group.labels, group.equivalent, currency));

  const day = perOfferLine(
    'One more day of paid time off',
    money.offers,
    (o) => o.ptoDay,
    currency,
  );
  const office = perOfferLine(
    'One fewer office day a week',
    money.offers,
    (o) => o.officeDay,
    currency,
  );
  const hour = perOfferLine('One hour less a week', money.offers, (o) => o.hour, currency);
  for (const line of [day, office, hour]) if (line) lines.push(line);

  const reference = money.reference ? isolate(money.reference.company) : 'your lowest-paid offer';
  return {
    lines,
    how: `How is this computed: two copies of an offer (for ratings, your lowest-paid, ${reference}) are scored beside your offers, one with the change, the other with more pay; the amount is the extra yearly pay (averaged over your horizon, adjusted for cost of living) at which their totals tie.`,
  };
};
