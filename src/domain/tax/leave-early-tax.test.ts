import fc from 'fast-check';
import { ALL_TAX_RULES, NO_TAX_RULES, leaveEarly, netCompensation } from '../index';
import { salaryOnly } from '../../testing/tax';
import { leavingTax, taxShares } from './leave-early-tax';

const SETTINGS = { household: 'single', taxYear: 2026 } as const;
const CASH = { currency: 'USD', exchangeRates: {} };

/** The pay left after tax on leaving at `months`, as Leave early counts it. */
const keptAfterTax = (offer: ReturnType<typeof salaryOnly>, months: number) => {
  const shares = taxShares(offer, SETTINGS, ALL_TAX_RULES);
  if (!shares.ok) throw new Error(shares.reason);
  const tax = leavingTax(offer, months, shares.shares);
  return leaveEarly(offer, CASH, months).net - tax.onPay + tax.relief;
};

describe('leaving early after tax', () => {
  it('taxes pay at an own rate, and gives back the tax on a signing bonus paid back', () => {
    // $120,000 a year at 25 %, a $10,000 signing bonus repaid before 12 months.
    const offer = salaryOnly(
      120_000,
      { effectiveRatePct: 25 },
      {
        signingBonus: 10_000,
        signingBonusClawbackMonths: 12,
      },
    );
    // Six months: $60,000 of salary and the $10,000 bonus taxed ($17,500),
    // the bonus paid back ($10,000) and its tax given back ($2,500).
    const shares = taxShares(offer, SETTINGS, NO_TAX_RULES);
    expect(shares).toEqual({ ok: true, shares: [0.25, 0.25, 0.25, 0.25] });
    expect(leavingTax(offer, 6, [0.25])).toEqual({ onPay: 17_500, relief: 2_500 });
    expect(keptAfterTax(offer, 6)).toBeCloseTo(45_000, 6);
    // Twelve months: the bonus is kept, all of it taxed.
    expect(keptAfterTax(offer, 12)).toBeCloseTo(0.75 * 130_000, 6);
  });

  it('says why when the offer has no tax, or its place has not loaded', () => {
    expect(taxShares(salaryOnly(100_000), SETTINGS, ALL_TAX_RULES)).toEqual({
      ok: false,
      reason: 'needs a tax place or your own tax rate',
    });
    expect(taxShares(salaryOnly(100_000, { place: 'US-WA' }), SETTINGS, NO_TAX_RULES)).toEqual({
      ok: false,
      reason: 'its tax rules are still loading',
    });
  });

  it('agrees with the yearly model after tax at the end of every year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 900_000 }),
        fc.constantFrom('US-WA', 'US-CA', 'GB-ENG', 'DE'),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (base, place, bonusPct, years) => {
          const offer = salaryOnly(
            base,
            { place },
            { bonusTargetPct: bonusPct, annualRaisePct: 3 },
          );
          const model = netCompensation(offer, { ...SETTINGS, horizonYears: years });
          const net = model!.years.reduce((sum, y) => sum + y.net, 0);
          // To the cent a year: tax is owed in cents.
          expect(keptAfterTax(offer, 12 * years)).toBeCloseTo(net, 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never takes more than the pay, and more pay never leaves less', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 500_000 }),
        fc.integer({ min: 1, max: 47 }),
        (base, months) => {
          const offer = salaryOnly(base, { place: 'US-CA' });
          const kept = keptAfterTax(offer, months);
          expect(kept).toBeGreaterThan(0);
          expect(kept).toBeLessThanOrEqual(leaveEarly(offer, CASH, months).net + 1e-6);
          expect(keptAfterTax(offer, months + 1)).toBeGreaterThan(kept);
        },
      ),
      { numRuns: 60 },
    );
  });
});
