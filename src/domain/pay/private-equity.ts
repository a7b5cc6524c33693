import type { Equity, ExitScenario, PrivateEquity } from '../document/schema';

/*
 * Equity of a private company as it pays out (docs/scoring.md §12): only at
 * an exit, after the liquidation preference, diluted by the rounds until
 * then, and for options less the exercise cost. Pure and small: the yearly
 * model (compensation.ts, first render) uses it; the richer views (ranges,
 * leaving early, what to ask) live in lazily loaded modules.
 */

/** Share of the company the grant is at an exit `years` from now, after dilution. */
export const ownershipAt = (p: PrivateEquity, shares: number, years: number): number =>
  p.fullyDilutedShares > 0
    ? Math.min(1, shares / p.fullyDilutedShares) * (1 - p.dilutionPct / 100) ** years
    : 0;

/**
 * Shares in the grant: the options, or for RSUs the grant value at the last
 * round's preferred price (how private RSU grants are quoted).
 */
export const grantShares = (equity: Equity): number => {
  if (equity.kind === 'options') return equity.shares;
  const price = equity.private.preferredPrice;
  return equity.kind === 'rsu' && price > 0 ? equity.grantValue / price : 0;
};

/**
 * What the whole grant pays at an exit: common shares share what is left
 * after a 1× non-participating preference, `max(0, value − preference)`, by
 * ownership after dilution; options pay `strike × shares` to be exercised,
 * and are left unexercised when that costs more than they bring.
 */
export const exitPayoff = (equity: Equity, exit: ExitScenario): number => {
  const p = equity.private;
  const common =
    Math.max(0, exit.value - p.preference) * ownershipAt(p, grantShares(equity), exit.year);
  return equity.kind === 'options'
    ? Math.max(0, common - equity.strikePrice * equity.shares)
    : common;
};

/**
 * The expected value of a private grant counted in year `y`: each scenario's
 * payoff times its chance (chances short of 100 % mean no exit in time),
 * counted from its exit year: nothing before it, in it everything vested by
 * then (`vested(k)` is the share vesting in year k), later each year's
 * vesting as it comes, valued at the exit.
 */
export const privateGrantVesting = (
  equity: Equity,
  vested: (k: number) => number,
  y: number,
): number => {
  let sum = 0;
  for (const exit of equity.private.exits) {
    if (y < exit.year) continue;
    let share = vested(y);
    for (let k = 1; y === exit.year && k < y; k++) share += vested(k);
    sum += (exit.pct / 100) * exitPayoff(equity, exit) * share;
  }
  return sum;
};
