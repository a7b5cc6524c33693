import { commonValuePerShare, type StackSeries } from './waterfall';
import type { Equity, ExitScenario, PrivateEquity, Series } from '../document/schema';

/*
 * Equity of a private company as it pays out (docs/scoring.md §12): only at
 * an exit, through the waterfall of the preference stack, with the later
 * rounds until then adding shares and preference of their own, and for
 * options less the exercise cost. Pure and small: the yearly model
 * (compensation.ts, first render) uses it; the richer views (ranges, leaving
 * early, what to ask, the payout curve) live in lazily loaded modules.
 */

/** Fully diluted shares `years` from now: each year's round leaves the earlier holders `1 − dilution`. */
const fullyDilutedAt = (p: PrivateEquity, years: number): number =>
  p.fullyDilutedShares / (1 - p.dilutionPct / 100) ** years;

/** Share of the company the grant is at an exit `years` from now, after dilution. */
export const ownershipAt = (p: PrivateEquity, shares: number, years: number): number =>
  p.fullyDilutedShares > 0 ? Math.min(1, shares / fullyDilutedAt(p, years)) : 0;

/**
 * Shares in the grant: the options, or for RSUs the grant value at the last
 * round's preferred price (how private RSU grants are quoted).
 */
export const grantShares = (equity: Equity): number => {
  if (equity.kind === 'options') return equity.shares;
  const price = equity.private.preferredPrice;
  return equity.kind === 'rsu' && price > 0 ? equity.grantValue / price : 0;
};

/** A listed series' preferred shares: as given, else `invested / price` (0 without a price). */
export const seriesShares = (s: Series): number =>
  s.shares ?? (s.price > 0 ? s.invested / s.price : 0);

/**
 * The stack today. Listed series as given; without them the one preference
 * total is one 1× non-participating series bought at the preferred price.
 * Its shares are unknown (it never converts, and every share counts as
 * common: the rule before format 9) without a price, or when at that price
 * they would leave the fully diluted count no room for the grant.
 */
export const stackToday = (p: PrivateEquity, grant: number): StackSeries[] => {
  if (p.series.length > 0)
    return p.series.map((s) => ({
      invested: s.invested,
      shares: seriesShares(s),
      multiple: s.multiple,
      participation: s.participation,
      cap: s.capMultiple,
    }));
  if (p.preference === 0) return [];
  const shares = p.preferredPrice > 0 ? p.preference / p.preferredPrice : 0;
  const fits = shares + grant <= p.fullyDilutedShares;
  const one = { invested: p.preference, multiple: 1, participation: 'none' as const, cap: 1 };
  return [{ ...one, shares: fits ? shares : 0 }];
};

/**
 * The rounds raised by an exit `years` from now: round k issues the shares
 * that bring the fully diluted count to `F / (1 − dilution)^k`, bought at
 * `preferredPrice × (1 + roundPriceGrowth)^k`, each a 1× non-participating series.
 */
export const laterRounds = (p: PrivateEquity, years: number): StackSeries[] => {
  const rounds: StackSeries[] = [];
  if (p.dilutionPct === 0 || p.fullyDilutedShares === 0) return rounds;
  for (let k = 1; k <= years; k++) {
    const shares = fullyDilutedAt(p, k) - fullyDilutedAt(p, k - 1);
    const price = p.preferredPrice * (1 + p.roundPriceGrowthPct / 100) ** k;
    rounds.push({ invested: shares * price, shares, multiple: 1, participation: 'none', cap: 1 });
  }
  return rounds;
};

/** The whole stack at an exit `years` from now: today's series, then the later rounds. */
export const stackAt = (p: PrivateEquity, grant: number, years: number): StackSeries[] => [
  ...stackToday(p, grant),
  ...laterRounds(p, years),
];

/** Common shares (founders, employees, the pool): the fully diluted count less today's preferred. */
export const commonShares = (p: PrivateEquity, grant: number): number =>
  Math.max(0, p.fullyDilutedShares - stackToday(p, grant).reduce((sum, s) => sum + s.shares, 0));

/** The preference ahead of common at an exit `years` from now (today's at 0). */
export const preferenceAt = (p: PrivateEquity, grant: number, years: number): number =>
  stackAt(p, grant, years).reduce((sum, s) => sum + s.invested * s.multiple, 0);

/** What one common share receives at an exit (the waterfall, or pro rata for an IPO). */
export const exitValuePerShare = (equity: Equity, exit: ExitScenario): number => {
  const p = equity.private;
  if (p.fullyDilutedShares === 0) return 0;
  const grant = grantShares(equity);
  return commonValuePerShare(
    stackAt(p, grant, exit.year),
    commonShares(p, grant),
    exit.value,
    exit.kind,
  );
};

/** What the whole grant's shares bring at an exit, before any strike is paid for them. */
export const exitGross = (equity: Equity, exit: ExitScenario): number => {
  const grant = grantShares(equity);
  const held = Math.min(grant, commonShares(equity.private, grant));
  // No shares held pay nothing, even where a share's value is out of range (a count near 0).
  return held > 0 ? held * exitValuePerShare(equity, exit) : 0;
};

/**
 * What the whole grant pays at an exit: its shares times what a common share
 * receives; options pay `strike × shares` to be exercised, and are left
 * unexercised when that costs more than they bring.
 */
export const exitPayoff = (equity: Equity, exit: ExitScenario): number => {
  const value = exitGross(equity, exit);
  return equity.kind === 'options'
    ? Math.max(0, value - equity.strikePrice * equity.shares)
    : value;
};

/**
 * The share of the grant an exit in `year` counts in year `y`: nothing
 * before it; in it, everything vested by then (`vested(k)` is the share
 * vesting in year k); later, each year's vesting as it comes. An acquisition
 * may instead vest a share of the rest at once (the rest keeps vesting) or
 * cancel what has not vested.
 */
export const countedShare = (
  p: PrivateEquity,
  exit: ExitScenario,
  vested: (k: number) => number,
  y: number,
): number => {
  if (y < exit.year) return 0;
  const rule = exit.kind === 'acquisition' ? p.onAcquisition : 'vest';
  const speed = rule === 'accelerate' ? p.accelerationPct / 100 : rule === 'cancel' ? 1 : 0;
  if (y > exit.year) return rule === 'cancel' ? 0 : vested(y) * (1 - speed);
  let byExit = 0;
  for (let k = 1; k <= y; k++) byExit += vested(k);
  return rule === 'accelerate' ? byExit + speed * Math.max(0, 1 - byExit) : byExit;
};

/**
 * The expected value of a private grant counted in year `y`: each scenario's
 * payoff times its chance (chances short of 100 % mean no exit in time),
 * times the share of the grant it counts that year.
 */
export const privateGrantVesting = (
  equity: Equity,
  vested: (k: number) => number,
  y: number,
): number => {
  let sum = 0;
  for (const exit of equity.private.exits) {
    const share = countedShare(equity.private, exit, vested, y);
    if (share > 0) sum += (exit.pct / 100) * exitPayoff(equity, exit) * share;
  }
  return sum;
};
