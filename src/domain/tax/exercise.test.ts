import { ALL_TAX_RULES } from './all';
import { exerciseTax } from './exercise';
import { leaveEarly } from '../pay/leave-early';
import { NO_TAX_RULES } from './rules';
import { makeStartupOffer } from '../../testing/domain-factories';
import type { OfferTax } from '../document/schema';

/**
 * A Seattle startup paying $185,000 (no bonus, no match): 50,000 options at a
 * $1 strike, the 409A price $3, vesting 25 % a year from month 1.
 */
const startup = (
  tax: Partial<OfferTax> | null,
  optionType: 'nso' | 'iso' | null = null,
  commonPrice = 3,
) => {
  const offer = makeStartupOffer({ commonPrice, optionType, exits: [] });
  return {
    ...offer,
    tax: tax ? { place: null, effectiveRatePct: null, ...tax } : null,
    compensation: {
      ...offer.compensation,
      baseSalary: 185_000,
      employerMatchPct: 0,
      equity: {
        ...offer.compensation.equity,
        strikePrice: 1,
        cliffMonths: 0,
        vestingSchedule: [25, 25, 25, 25],
      },
    },
  };
};

const SINGLE_2026 = { household: 'single', taxYear: 2026 } as const;

describe('the tax on buying a startup’s vested options after leaving (US)', () => {
  it('taxes non-qualified options on the spread at the margin of the year’s pay (Washington)', () => {
    // 10,000 options × ($3 − $1) = $20,000 on top of $185,000, single, 2026:
    // income tax 24 % × 20,000 = 4,800 (taxable 168,900 → 188,900, all in the 24 % bracket);
    // Social Security nothing (the $184,500 wage base is passed already); Medicare 1.45 % ×
    // 20,000 = 290, and 0.9 % on the 5,000 over $200,000 = 45. In all $5,135, 25.675 %.
    const tax = exerciseTax(
      startup({ place: 'US-WA' }, 'nso'),
      SINGLE_2026,
      ALL_TAX_RULES,
      12,
      10_000,
    );
    expect(tax).toMatchObject({ kind: 'taxed', spread: 20_000, own: false });
    if (tax.kind !== 'taxed') throw new Error('not taxed');
    expect(tax.tax).toBeCloseTo(5_135, 6);
    expect(tax.ratePct).toBeCloseTo(25.675, 6);
  });

  it('counts options of a kind not given as non-qualified', () => {
    const given = exerciseTax(
      startup({ place: 'US-WA' }, 'nso'),
      SINGLE_2026,
      ALL_TAX_RULES,
      12,
      10_000,
    );
    const unknown = exerciseTax(
      startup({ place: 'US-WA' }, null),
      SINGLE_2026,
      ALL_TAX_RULES,
      12,
      10_000,
    );
    expect(unknown).toEqual(given);
  });

  it('takes the offer’s own rate as it is', () => {
    const tax = exerciseTax(
      startup({ effectiveRatePct: 30 }),
      SINGLE_2026,
      NO_TAX_RULES,
      12,
      10_000,
    );
    expect(tax).toEqual({ kind: 'taxed', spread: 20_000, tax: 6_000, ratePct: 30, own: true });
  });

  it('owes no regular tax on incentive stock options, and names what it does not count', () => {
    const rules = ALL_TAX_RULES;
    expect(exerciseTax(startup({ place: 'US-WA' }, 'iso'), SINGLE_2026, rules, 12, 10_000)).toEqual(
      {
        kind: 'iso',
        spread: 20_000,
      },
    );
    expect(exerciseTax(startup({ place: 'DE' }), SINGLE_2026, rules, 12, 10_000)).toMatchObject({
      kind: 'unknown',
      why: 'outside-us',
    });
    expect(exerciseTax(startup(null), SINGLE_2026, rules, 12, 10_000)).toMatchObject({
      kind: 'unknown',
      why: 'no-tax',
    });
    expect(
      exerciseTax(startup({ place: 'US-WA' }), SINGLE_2026, NO_TAX_RULES, 12, 10_000),
    ).toMatchObject({
      kind: 'unknown',
      why: 'loading',
    });
    // Under water (409A at or below the strike): nothing to tax.
    expect(
      exerciseTax(startup({ place: 'US-WA' }, 'nso', 1), SINGLE_2026, rules, 12, 10_000),
    ).toEqual({
      kind: 'none',
    });
  });

  it('lowers what leaving early keeps of the options by the tax, never below nothing', () => {
    const exits = [
      { label: 'sale', value: 200_000_000, year: 3, pct: 50, kind: 'acquisition' as const },
    ];
    const base = startup({ place: 'US-WA' }, 'nso');
    const offer = {
      ...base,
      compensation: {
        ...base.compensation,
        equity: {
          ...base.compensation.equity,
          private: { ...base.compensation.equity.private, exits },
        },
      },
    };
    const settings = { currency: 'USD', exchangeRates: {} };
    const without = leaveEarly(offer, settings, 12);
    const withTax = leaveEarly(offer, settings, 12, {
      rules: ALL_TAX_RULES,
      settings: SINGLE_2026,
    });
    const due = withTax.exerciseTax.kind === 'taxed' ? withTax.exerciseTax.tax : 0;
    expect(due).toBeGreaterThan(0);
    expect(without.exerciseTax).toEqual({ kind: 'none' });
    expect(withTax.vested).toBeCloseTo(Math.max(0, without.vested - due), 6);
  });
});
