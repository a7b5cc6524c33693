import { seededRandom } from './random';

const take = (next: () => number, n: number) => Array.from({ length: n }, () => next());

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(seededRandom(42), 20)).toEqual(take(seededRandom(42), 20));
  });

  it('gives a different sequence for a different seed', () => {
    expect(take(seededRandom(42), 20)).not.toEqual(take(seededRandom(43), 20));
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const values = take(seededRandom(7), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const lowQuarter = values.filter((v) => v < 0.25).length / values.length;
    expect(lowQuarter).toBeCloseTo(0.25, 1);
  });
});
