import { exchangeRate } from '../../domain/pay/currency';
import { type TradeoffDocument } from '../../domain/document/schema';
import { formatMoney, formatNumber, formatPercent, formatScore } from '../../lib/format';
import {
  SIDE_BY_SIDE_GROUPS,
  type Better,
  type GroupSpec,
  type RowKind,
  type RowSpec,
  type ScoreView,
} from './side-by-side-spec';

const SAME = 1e-9;

export interface Diff {
  text: string;
  tone: 'better' | 'worse' | 'same' | 'neutral';
}

export interface Cell {
  offerId: string;
  text: string;
  /** The amount converted to the display currency, when the offer's currency differs. */
  converted: string | null;
  /** Marked as the best value of its row. */
  best: boolean;
  /** Nothing is set: no value, 0 or an empty text. */
  empty: boolean;
  /** Difference from the baseline offer, for numeric rows when a baseline is chosen. */
  diff: Diff | null;
}

export interface Row {
  key: string;
  label: string;
  kind: RowKind;
  better: Better | null;
  cells: Cell[];
}

export interface Group {
  name: string;
  rows: Row[];
}

interface Value {
  raw: number | string | null;
  /** A number every offer can be compared on (money in the display currency), or null. */
  common: number | null;
  currency: string;
}

const read = (
  spec: RowSpec,
  doc: TradeoffDocument,
  scores: ReadonlyMap<string, ScoreView>,
): Value[] =>
  doc.offers.map((offer) => {
    const raw = spec.read(offer, scores.get(offer.id));
    const currency = spec.display ? doc.settings.currency : offer.currency;
    if (typeof raw !== 'number') return { raw, common: null, currency };
    if (spec.kind !== 'money') return { raw, common: raw, currency };
    const rate = exchangeRate(currency, doc.settings);
    return { raw, common: rate.ok ? raw * rate.rate : null, currency };
  });

const formatPrice = (amount: number, currency: string) =>
  formatMoney(amount, currency, undefined, 'cents');

const showValue = (spec: RowSpec, value: Value): string => {
  const { raw } = value;
  if (raw === null) return spec.kind === 'rating' ? 'Not rated' : '—';
  if (typeof raw === 'string') return raw;
  switch (spec.kind) {
    case 'money':
      return spec.price ? formatPrice(raw, value.currency) : formatMoney(raw, value.currency);
    case 'percent':
      return formatPercent(raw, 1);
    case 'rating':
      return `${raw} / 5`;
    case 'score':
      return formatScore(raw);
    default:
      return formatNumber(raw, 1);
  }
};

/** Which cells hold the row's best value; none when fewer than two compare or all are equal. */
const bestOf = (values: Value[], better: Better | null): boolean[] => {
  const numbers = values.map((v) => v.common).filter((n): n is number => n !== null);
  if (!better || numbers.length < 2) return values.map(() => false);
  const best = better === 'higher' ? Math.max(...numbers) : Math.min(...numbers);
  if (numbers.every((n) => Math.abs(n - best) <= SAME)) return values.map(() => false);
  return values.map((v) => v.common !== null && Math.abs(v.common - best) <= SAME);
};

const sign = (d: number) => (d > 0 ? '+' : '−');

const diffOf = (
  kind: RowKind,
  better: Better | null,
  value: Value,
  base: Value,
  display: string,
): Diff | null => {
  if (typeof value.raw !== 'number' || typeof base.raw !== 'number') return null;
  // Money in one currency compares as entered; across currencies, in the display currency.
  const sameCurrency = kind !== 'money' || value.currency === base.currency;
  const v = sameCurrency ? value.raw : value.common;
  const b = sameCurrency ? base.raw : base.common;
  if (v === null || b === null) return null;
  const d = v - b;
  if (Math.abs(d) <= SAME) return { text: 'same', tone: 'same' };
  const tone = !better ? 'neutral' : d > 0 === (better === 'higher') ? 'better' : 'worse';
  // No-break spaces keep "(+10 %)" on one line when the cell wraps.
  const pct = b !== 0 ? ` (${sign(d)}${formatNumber(Math.abs((d / b) * 100), 0)}\u00a0%)` : '';
  const abs = Math.abs(d);
  const text = (() => {
    switch (kind) {
      case 'money':
        return `${sign(d)}${formatMoney(abs, sameCurrency ? value.currency : display)}${pct}`;
      case 'percent':
        return `${sign(d)}${formatNumber(abs, 1)} ${abs === 1 ? 'pt' : 'pts'}`;
      case 'rating':
        return `${sign(d)}${abs}`;
      case 'score':
        return `${sign(d)}${formatScore(abs)}`;
      default:
        return `${sign(d)}${formatNumber(abs, 1)}${pct}`;
    }
  })();
  return { text, tone };
};

/**
 * Every row of the side-by-side table, one cell per offer in document order,
 * with the best value marked and, when a baseline offer is chosen, each other
 * offer's difference from it.
 */
export const sideBySideRows = (
  doc: TradeoffDocument,
  scores: ReadonlyMap<string, ScoreView>,
  baselineId: string | null,
  groups: readonly GroupSpec[] = SIDE_BY_SIDE_GROUPS,
): Group[] => {
  const baseIndex = doc.offers.findIndex((o) => o.id === baselineId);
  return groups.map((group) => ({
    name: group.name,
    rows: group.rows.map((spec): Row => {
      const values = read(spec, doc, scores);
      const best = bestOf(values, spec.better ?? null);
      const base = baseIndex >= 0 ? values[baseIndex] : undefined;
      const numeric = spec.kind !== 'text';
      return {
        key: spec.key,
        label: spec.label,
        kind: spec.kind,
        better: spec.better ?? null,
        cells: values.map((value, i) => ({
          offerId: doc.offers[i]!.id,
          text: showValue(spec, value),
          converted:
            spec.kind === 'money' &&
            typeof value.raw === 'number' &&
            value.raw !== 0 &&
            value.common !== null &&
            value.currency !== doc.settings.currency
              ? `≈ ${(spec.price ? formatPrice : formatMoney)(value.common, doc.settings.currency)}`
              : null,
          best: best[i] ?? false,
          empty: value.raw === null || value.raw === 0 || value.raw === '',
          diff:
            base && numeric && i !== baseIndex
              ? diffOf(spec.kind, spec.better ?? null, value, base, doc.settings.currency)
              : null,
        })),
      };
    }),
  }));
};
