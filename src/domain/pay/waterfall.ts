/*
 * How an exit's value is split among a private company's shareholders
 * (docs/scoring.md §12): the liquidation preferences of the preferred series,
 * pari passu, then what is left shared as converted. Pure and small: the
 * yearly model (first render) runs it for every exit scenario.
 */

export const PARTICIPATION = ['none', 'full', 'capped'] as const;
export type Participation = (typeof PARTICIPATION)[number];
export const EXIT_KINDS = ['acquisition', 'ipo'] as const;
export type ExitKind = (typeof EXIT_KINDS)[number];

/** One preferred series as the waterfall reads it. */
export interface StackSeries {
  /** Money invested; the preference is `invested × multiple`. */
  invested: number;
  /** Preferred shares it holds (what it converts into, one to one). */
  shares: number;
  /** 1 to 3: the preference as a multiple of the investment. */
  multiple: number;
  participation: Participation;
  /** Capped participation: the series takes at most `cap × invested` in all. */
  cap: number;
}

/** What an exit pays: per common share, and each series whether it converted. */
export interface Split {
  perShare: number;
  converted: boolean[];
  /** What each series takes, in stack order. */
  paid: number[];
}

const preferenceOf = (s: StackSeries) => s.invested * s.multiple;

/**
 * The split for a given set of converted series. Series that did not convert
 * take their preference first, pro rata to it when the value falls short
 * (pari passu); what is left is shared per share by common, the converted
 * series and the participating ones, a capped one up to its cap (its excess
 * shared by the rest, until no cap is passed).
 */
const splitWith = (
  stack: readonly StackSeries[],
  common: number,
  value: number,
  converted: readonly boolean[],
): Split => {
  const paid = stack.map((s, i) => (converted[i] ? 0 : preferenceOf(s)));
  const owed = paid.reduce((sum, x) => sum + x, 0);
  if (owed >= value) {
    const scale = owed > 0 ? value / owed : 0;
    return { perShare: 0, converted: [...converted], paid: paid.map((x) => x * scale) };
  }
  let rest = value - owed;
  const capped = new Set<number>();
  let perShare = 0;
  for (;;) {
    let shares = common;
    stack.forEach((s, i) => {
      if (capped.has(i)) return;
      if (converted[i] || s.participation !== 'none') shares += s.shares;
    });
    perShare = shares > 0 ? rest / shares : 0;
    const over = stack.findIndex(
      (s, i) =>
        !converted[i] &&
        !capped.has(i) &&
        s.participation === 'capped' &&
        paid[i]! + s.shares * perShare > s.cap * s.invested,
    );
    if (over < 0) break;
    const s = stack[over]!;
    const room = Math.max(0, s.cap * s.invested - paid[over]!);
    paid[over] = paid[over]! + room;
    rest -= room;
    capped.add(over);
  }
  stack.forEach((s, i) => {
    if (!capped.has(i) && (converted[i] || s.participation !== 'none'))
      paid[i] = paid[i]! + s.shares * perShare;
  });
  return { perShare, converted: [...converted], paid };
};

/**
 * The acquisition's equilibrium: starting with no series converted, the
 * series that would gain by converting convert one at a time, lowest
 * preference per share first, until no other would. Fully participating
 * series never gain by it.
 */
const acquisition = (stack: readonly StackSeries[], common: number, value: number): Split => {
  const converted = stack.map(() => false);
  const order = stack
    .map((s, i) => ({ i, perShare: s.shares > 0 ? preferenceOf(s) / s.shares : Infinity }))
    .filter(({ i }) => stack[i]!.participation !== 'full' && stack[i]!.shares > 0)
    .sort((a, b) => a.perShare - b.perShare);
  let split = splitWith(stack, common, value, converted);
  for (;;) {
    const gainer = order.find(({ i }) => {
      if (converted[i]) return false;
      const trial = splitWith(
        stack,
        common,
        value,
        converted.map((c, j) => c || j === i),
      );
      // A gain lost in rounding is no reason to convert.
      return trial.paid[i]! > split.paid[i]! + 1e-12 * Math.max(1, value);
    });
    if (!gainer) return split;
    converted[gainer.i] = true;
    split = splitWith(stack, common, value, converted);
  }
};

/**
 * What an exit of `value` splits as: an acquisition runs the waterfall; an
 * IPO converts every preferred share, so everyone shares pro rata.
 */
export const exitSplit = (
  stack: readonly StackSeries[],
  commonShares: number,
  value: number,
  kind: ExitKind,
): Split =>
  kind === 'ipo'
    ? splitWith(
        stack,
        commonShares,
        value,
        stack.map(() => true),
      )
    : acquisition(stack, commonShares, Math.max(0, value));

/** What one common share receives at an exit of `value` (scoring.md §12). */
export const commonValuePerShare = (
  stack: readonly StackSeries[],
  commonShares: number,
  value: number,
  kind: ExitKind,
): number => exitSplit(stack, commonShares, value, kind).perShare;
