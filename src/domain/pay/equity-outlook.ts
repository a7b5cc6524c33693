import { exitPayoff, grantShares, ownershipAt, preferenceAt } from './private-equity';
import { type Equity } from '../document/schema';

/** One exit scenario as it would pay the person (scoring.md §12). */
export interface ExitOutcome {
  label: string;
  year: number;
  /** Chance, 0–100. */
  pct: number;
  /** What the whole grant pays at this exit, after the preference, dilution and the strike. */
  payoff: number;
}

/** A private grant in a few numbers: what the person owns, and what it may bring. */
export interface PrivateOutlook {
  /** Share of the company today, in % (0.5 for 0.5 %). */
  ownershipPct: number;
  /** The grant at the last round's preferred price, as offers often quote it (options less strike). */
  paperValue: number;
  /** Σ chance × payoff: the whole grant's expected value at exit, before the risk discount. */
  expected: number;
  outcomes: ExitOutcome[];
  /** Chance of no exit within the scenarios (0–100): it pays nothing. */
  noExitPct: number;
  /** The preference ahead of common today, and at `exitYear` after the later rounds. */
  preferenceNow: number;
  preferenceAtExit: number;
  /** The latest scenario's exit year (4 without scenarios): where the preference is read. */
  exitYear: number;
  /** The smallest and largest payoff among the outcomes (0 counts when an exit may not come). */
  low: number;
  high: number;
}

/** The outlook of a private company's grant; null for a listed company or no grant. */
export const privateOutlook = (equity: Equity): PrivateOutlook | null => {
  if (equity.market !== 'private' || equity.kind === 'none') return null;
  const shares = grantShares(equity);
  const p = equity.private;
  const outcomes = p.exits.map((exit, i) => ({
    label: exit.label || `Exit ${i + 1}`,
    year: exit.year,
    pct: exit.pct,
    payoff: exitPayoff(equity, exit),
  }));
  const chance = outcomes.reduce((sum, o) => sum + o.pct, 0);
  const payoffs = outcomes.map((o) => o.payoff);
  if (chance < 100 || payoffs.length === 0) payoffs.push(0);
  const strike = equity.kind === 'options' ? equity.strikePrice : 0;
  const exitYear = Math.max(0, ...p.exits.map((e) => e.year)) || 4;
  return {
    preferenceNow: preferenceAt(p, shares, 0),
    preferenceAtExit: preferenceAt(p, shares, exitYear),
    exitYear,
    ownershipPct: ownershipAt(p, shares, 0) * 100,
    paperValue: shares * Math.max(0, p.preferredPrice - strike),
    expected: outcomes.reduce((sum, o) => sum + (o.pct / 100) * o.payoff, 0),
    outcomes,
    noExitPct: Math.max(0, 100 - chance),
    low: Math.min(...payoffs),
    high: Math.max(...payoffs),
  };
};
