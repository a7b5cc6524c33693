import { ChartFigure, type DataTable } from '../../components/chart-figure';
import { ChartLegend } from '../../components/chart-legend';
import type { Offer } from '../../domain/document/schema';
import { payoutCurve, type PayoutCurve } from '../../domain/pay/payout-curve';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import { useLocale } from '../../lib/locale';

const W = 640;
const H = 200;
const PAD = { left: 8, right: 8, top: 12, bottom: 22 };

const tableOf = (
  curve: PayoutCurve,
  money: (n: number) => string,
  cents: (n: number) => string,
): DataTable => ({
  caption: `What the grant pays at an exit in year ${curve.year}, before tax`,
  columns: ['Exit value', 'What it is', 'Your grant pays', 'A common share gets'],
  rows: [
    ...curve.breakpoints,
    ...curve.scenarios.map((s) => ({
      ...s,
      label: `Your scenario “${s.label}”${s.kind === 'ipo' ? ' (an IPO)' : ''}`,
    })),
  ]
    .sort((a, b) => a.value - b.value)
    .map((row) => [money(row.value), row.label, money(row.payoff), cents(row.perShare)]),
});

/**
 * The payout curve of a private grant, live under its exit scenarios: the
 * grant's payout across exit values (plain SVG, light enough to load with
 * the form), the waterfall's turns marked with rings and the person's
 * scenarios with diamonds; the same numbers in the table.
 */
export function PayoutCurveChart({ offer }: { offer: Offer }) {
  const locale = useLocale();
  const curve = payoutCurve(offer.compensation.equity);
  if (!curve) return null;
  const money = (n: number) => formatMoney(n, offer.currency, locale);
  const cents = (n: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: offer.currency }).format(n);
  const top = curve.points.at(-1)!.value;
  const high = Math.max(
    1,
    ...curve.points.map((p) => p.payoff),
    ...curve.scenarios.map((s) => s.payoff),
  );
  const x = (v: number) => PAD.left + ((W - PAD.left - PAD.right) * v) / top;
  const y = (v: number) => H - PAD.bottom - ((H - PAD.top - PAD.bottom) * v) / high;
  const line = curve.points
    .map((p) => `${x(p.value).toFixed(1)},${y(p.payoff).toFixed(1)}`)
    .join(' ');
  return (
    <div className="field-wide payout-curve">
      <ChartFigure
        title="What your grant pays at each exit value"
        size="sm"
        description={`Before tax, at an acquisition in year ${curve.year}: nothing until the preferences are covered, then more with every dollar; up to ${money(high)} at ${formatMoneyCompact(top, offer.currency, locale)}.`}
        table={tableOf(curve, money, cents)}
        legend={
          <ChartLegend
            items={[
              { label: 'your grant', color: 'var(--accent)' },
              { label: 'a turn of the waterfall', color: 'var(--text-muted)' },
              { label: 'your scenarios', color: 'var(--text)' },
            ]}
          />
        }
      >
        <svg viewBox={`0 0 ${W} ${H}`} className="payout-curve-svg" role="presentation">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="payout-axis" />
          <polyline points={line} className="payout-line" />
          {curve.breakpoints.map((b) => (
            <circle
              key={`b${b.label}`}
              cx={x(b.value)}
              cy={y(b.payoff)}
              r="4"
              className="payout-turn"
            >
              <title>{`${b.label} at ${money(b.value)}`}</title>
            </circle>
          ))}
          {curve.scenarios.map((s) => (
            <rect
              key={`s${s.label}`}
              x={x(s.value) - 5}
              y={y(s.payoff) - 5}
              width="10"
              height="10"
              transform={`rotate(45 ${x(s.value)} ${y(s.payoff)})`}
              className="payout-scenario"
            >
              <title>{`${s.label}: ${money(s.payoff)} at ${money(s.value)}`}</title>
            </rect>
          ))}
          <text x={PAD.left} y={PAD.top} className="payout-tick">
            {formatMoneyCompact(high, offer.currency, locale)}
          </text>
          {[0, top / 2, top].map((v, i) => (
            <text
              key={v}
              x={x(v)}
              y={H - 6}
              className="payout-tick"
              textAnchor={(['start', 'middle', 'end'] as const)[i]}
            >
              {formatMoneyCompact(v, offer.currency, locale)}
            </text>
          ))}
        </svg>
      </ChartFigure>
    </div>
  );
}
