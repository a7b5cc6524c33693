import { makeOffer } from '../../testing/domain-factories';
import { payoutCurve } from './payout-curve';

/*
 * scoring.md §12, worked example 1: 10,000,000 shares, a Series A of $60M at $12 (5,000,000
 * shares), 50,000 options at a $2 strike, no dilution; one scenario, $200M in year 1 (50 %).
 */
const seriesA = () =>
  makeOffer({
    compensation: {
      equity: {
        kind: 'options',
        market: 'private',
        shares: 50_000,
        strikePrice: 2,
        private: {
          fullyDilutedShares: 10_000_000,
          preferredPrice: 12,
          preference: 60_000_000,
          exits: [{ label: 'sold', value: 200_000_000, year: 1, pct: 50, kind: 'acquisition' }],
        },
      },
    },
  }).compensation.equity;

describe('the payout curve of a private grant', () => {
  it('spans 0 to three times the last round’s valuation, never falling', () => {
    const curve = payoutCurve(seriesA())!;
    // $12 × 10,000,000 = $120M; three times is $360M.
    expect(curve.points[0]!.value).toBe(0);
    expect(curve.points.at(-1)!.value).toBe(360_000_000);
    curve.points.slice(1).forEach((p, i) => {
      expect(p.payoff).toBeGreaterThanOrEqual(curve.points[i]!.payoff);
    });
  });

  it('marks where the preference is covered and where the series converts', () => {
    const [covered, converts] = payoutCurve(seriesA())!.breakpoints;
    // Common gets its first dollar past $60M; the Series A converts at $120M, where half the exit
    // equals its $60M: $12 a share, 50,000 × $12 − $100,000 = $500,000.
    expect(covered!.label).toBe('Preferences covered');
    expect(covered!.value / 1e6).toBeCloseTo(60, 3);
    expect(converts!.label).toBe('The preferred converts');
    expect(converts!.value / 1e6).toBeCloseTo(120, 3);
    expect(converts!.payoff / 1e3).toBeCloseTo(500, 1);
  });

  it('puts each scenario on it: $200M pays $20 a share, $900,000 for the grant', () => {
    const [sold] = payoutCurve(seriesA())!.scenarios;
    expect(sold).toMatchObject({ label: 'sold', value: 200_000_000 });
    expect(sold!.perShare).toBeCloseTo(20, 9);
    expect(sold!.payoff).toBeCloseTo(900_000, 6);
  });
});
