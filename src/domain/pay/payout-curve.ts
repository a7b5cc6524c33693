import { commonShares, exitPayoff, grantShares, stackAt } from './private-equity';
import { exitSplit } from './waterfall';
import type { Equity, ExitScenario } from '../document/schema';

/*
 * The payout curve of a private grant (scoring.md §12): what the whole grant
 * pays, and a common share receives, across exit values from 0 to a few
 * times the last round's valuation, at the latest scenario's exit year; the
 * values where the waterfall turns (the preference covered, a series
 * converting) marked, and the scenarios as points on it. Loaded with the form.
 */

export interface CurvePoint {
  value: number;
  /** What the whole grant pays, after the strike for options. */
  payoff: number;
  perShare: number;
}

export interface Breakpoint extends CurvePoint {
  label: string;
}

export interface PayoutCurve {
  year: number;
  points: CurvePoint[];
  breakpoints: Breakpoint[];
  scenarios: (CurvePoint & { label: string; kind: ExitScenario['kind'] })[];
}

const STEPS = 60;

/** The series' names in stack order: as listed, then the later rounds by year. */
const stackNames = (equity: Equity, year: number): string[] => {
  const listed = equity.private.series.map((s, i) => s.name || `Series ${i + 1}`);
  const today = listed.length > 0 ? listed : equity.private.preference > 0 ? ['The preferred'] : [];
  return [...today, ...Array.from({ length: year }, (_, k) => `The year-${k + 1} round`)];
};

/** The curve of a private grant with its scenarios; null without a private grant or a scale. */
export const payoutCurve = (equity: Equity): PayoutCurve | null => {
  const p = equity.private;
  if (equity.market !== 'private' || equity.kind === 'none' || p.fullyDilutedShares === 0)
    return null;
  const year = Math.max(0, ...p.exits.map((e) => e.year)) || 4;
  const grant = grantShares(equity);
  const stack = stackAt(p, grant, year);
  const common = commonShares(p, grant);
  const top = Math.max(
    3 * p.preferredPrice * p.fullyDilutedShares,
    1.2 * Math.max(0, ...p.exits.map((e) => e.value)),
  );
  if (top === 0) return null;
  const at = (value: number, kind: ExitScenario['kind'] = 'acquisition') => {
    const split = exitSplit(stack, common, value, kind);
    const payoff = exitPayoff(equity, { label: '', value, year, pct: 0, kind });
    return { point: { value, payoff, perShare: split.perShare }, converted: split.converted };
  };
  const points = Array.from({ length: STEPS + 1 }, (_, i) => at((top * i) / STEPS));
  const breakpoints: Breakpoint[] = [];
  /** The value between `low` and `high` where `changed` first holds, to a thousandth of the step. */
  const edge = (low: number, high: number, changed: (value: number) => boolean) => {
    for (let i = 0; i < 20; i++) {
      const mid = (low + high) / 2;
      if (changed(mid)) high = mid;
      else low = mid;
    }
    return high;
  };
  const names = stackNames(equity, year);
  for (let i = 1; i <= STEPS; i++) {
    const [before, after] = [points[i - 1]!, points[i]!];
    if (before.point.perShare === 0 && after.point.perShare > 0) {
      const value = edge(before.point.value, after.point.value, (v) => at(v).point.perShare > 0);
      breakpoints.push({ ...at(value).point, label: 'Preferences covered' });
    }
    after.converted.forEach((now, s) => {
      if (!now || before.converted[s]) return;
      const value = edge(before.point.value, after.point.value, (v) => at(v).converted[s] === true);
      breakpoints.push({ ...at(value).point, label: `${names[s] ?? 'A series'} converts` });
    });
  }
  const scenarios = p.exits.map((e, i) => ({
    ...at(e.value, e.kind).point,
    payoff: exitPayoff(equity, e),
    label: e.label || `Exit ${i + 1}`,
    kind: e.kind,
  }));
  return { year, points: points.map((x) => x.point), breakpoints, scenarios };
};
