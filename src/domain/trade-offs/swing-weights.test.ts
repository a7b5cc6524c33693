import fc from 'fast-check';
import { FACTORS, scoreDocument, totalScore, type Factor } from '../index';
import { factorSwingWeights, swingWeights, wholeShares } from './swing-weights';
import { makeDocument, makeOffer } from '../../testing/domain-factories';

const factors = (c: number, g: number, cu: number, w: number): Record<Factor, number> => ({
  compensation: c,
  growth: g,
  culture: cu,
  workLife: w,
});
const DEFAULTS = factors(40, 25, 15, 20);

describe('swingWeights', () => {
  it('divides each swing rating by its spread and scales the result to 100', () => {
    // raw = rating / spread: 100/20 = 5, 50/50 = 1, 50/25 = 2, 20/10 = 2 (sum 10)
    const result = swingWeights({
      keys: FACTORS,
      spreads: factors(20, 50, 25, 10),
      ratings: factors(100, 50, 50, 20),
      current: DEFAULTS,
    });
    expect(result).toEqual({
      ok: true,
      exact: factors(50, 10, 20, 20),
      weights: factors(50, 10, 20, 20),
      skipped: [],
    });
  });

  it('skips a factor on which every offer is equal and keeps its current share', () => {
    // Culture keeps 15 %; the rest share 85 %: raw 100/20 = 5, 50/50 = 1, 20/10 = 2 (sum 8).
    const result = swingWeights({
      keys: FACTORS,
      spreads: factors(20, 50, 0, 10),
      ratings: factors(100, 50, 80, 20),
      current: DEFAULTS,
    });
    if (!result.ok) throw new Error('expected weights');
    expect(result.skipped).toEqual(['culture']);
    expect(result.exact.compensation).toBeCloseTo(53.125, 12);
    expect(result.exact.growth).toBeCloseTo(10.625, 12);
    expect(result.exact.culture).toBeCloseTo(15, 12);
    expect(result.exact.workLife).toBeCloseTo(21.25, 12);
    // Whole shares: floors 53 + 10 + 15 + 21 = 99, the largest remainder (growth, .625) takes the last point.
    expect(result.weights).toEqual(factors(53, 11, 15, 21));
  });

  it('gives a skipped factor nothing when it holds all the weight now', () => {
    const result = swingWeights({
      keys: FACTORS,
      spreads: factors(10, 10, 0, 0),
      ratings: factors(100, 50, 0, 0),
      current: factors(0, 0, 100, 0),
    });
    expect(result.ok && result.weights).toEqual(factors(67, 33, 0, 0));
  });

  it('cannot weigh anything with a single offer: every spread is 0', () => {
    const document = makeDocument({
      offers: [makeOffer({ compensation: { baseSalary: 100_000 } })],
    });
    const result = factorSwingWeights(
      scoreDocument(document).scored,
      factors(100, 50, 50, 50),
      DEFAULTS,
    );
    expect(result).toEqual({ ok: false, reason: 'no-spread', skipped: [...FACTORS] });
  });

  it('measures spreads on the offers themselves', () => {
    // Pay 100k and 50k: compensation scores 100 and 50 (spread 50). Manager 5 and 1 (team and
    // values equal at 3): culture scores (100 + 50 + 50) / 3 and (0 + 50 + 50) / 3, a spread of
    // 33 1/3. Growth and work-life are equal: skipped.
    const document = makeDocument({
      offers: [
        makeOffer({
          compensation: { baseSalary: 100_000, annualRaisePct: 0 },
          culture: { manager: 5 },
        }),
        makeOffer({
          compensation: { baseSalary: 50_000, annualRaisePct: 0 },
          culture: { manager: 1 },
        }),
      ],
    });
    const result = factorSwingWeights(
      scoreDocument(document).scored,
      { compensation: 100, culture: 50 },
      DEFAULTS,
    );
    if (!result.ok) throw new Error('expected weights');
    expect(result.skipped).toEqual(['growth', 'workLife']);
    // Growth and work-life keep 25 % and 20 %; compensation (100 / 50 = 2) and culture
    // (50 / 33 1/3 = 1.5) share the other 55 % as 2 : 1.5.
    expect(result.exact.compensation).toBeCloseTo((55 * 2) / 3.5, 12);
    expect(result.exact.culture).toBeCloseTo((55 * 1.5) / 3.5, 12);
    // 31.43 and 23.57: the floors make 99, culture's larger remainder takes the last point.
    expect(result.weights).toEqual(factors(31, 25, 24, 20));
  });

  it('says so when every answer is 0', () => {
    expect(
      swingWeights({
        keys: FACTORS,
        spreads: factors(10, 10, 10, 10),
        ratings: {},
        current: DEFAULTS,
      }),
    ).toMatchObject({ ok: false, reason: 'no-rating' });
  });

  const spread = fc.double({ min: 0.01, max: 100, noNaN: true });
  const rating = fc.integer({ min: 0, max: 100 });
  const weight = fc.integer({ min: 0, max: 100 });

  it('makes moving a factor by its spread change the total in proportion to its swing rating', () => {
    fc.assert(
      fc.property(
        fc.tuple(spread, spread, spread, spread),
        fc.tuple(rating, rating, rating),
        fc.tuple(weight, weight, weight, weight),
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...FACTORS)),
        ([s1, s2, s3, s4], [r2, r3, r4], current, [position, top]) => {
          const spreads = factors(s1, s2, s3, s4);
          const others = FACTORS.filter((f) => f !== top);
          const ratings = { [top]: 100, [others[0]!]: r2, [others[1]!]: r3, [others[2]!]: r4 };
          const result = swingWeights({
            keys: FACTORS,
            spreads,
            ratings,
            current: factors(...current),
          });
          if (!result.ok) return false;
          // An offer somewhere inside each factor's range, then moved up by the spread.
          const base = factors(
            ...(FACTORS.map((f) => position * (100 - spreads[f])) as [
              number,
              number,
              number,
              number,
            ]),
          );
          const before = totalScore(base, result.exact);
          const change = (f: Factor) =>
            totalScore({ ...base, [f]: base[f] + spreads[f] }, result.exact) - before;
          const perPoint = change(top) / 100;
          expect(perPoint).toBeGreaterThan(0);
          for (const f of FACTORS) expect(change(f)).toBeCloseTo(perPoint * (ratings[f] ?? 0), 9);
          return true;
        },
      ),
    );
  });

  it('rounds to whole shares that add up to 100, each within 1 of the exact share', () => {
    fc.assert(
      fc.property(fc.tuple(rating, rating, rating, rating), (raw) => {
        const sum = raw.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0);
        const exact = factors(
          ...(raw.map((r) => (r / sum) * 100) as [number, number, number, number]),
        );
        const whole = wholeShares(FACTORS, exact);
        expect(FACTORS.reduce((total, f) => total + whole[f], 0)).toBe(100);
        for (const f of FACTORS) {
          expect(Number.isInteger(whole[f])).toBe(true);
          expect(Math.abs(whole[f] - exact[f])).toBeLessThan(1);
        }
      }),
    );
  });
});
