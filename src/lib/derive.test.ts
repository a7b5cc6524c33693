import { derive, keepEqual } from './derive';

describe('derive', () => {
  it('computes once for the same inputs and returns the same result', () => {
    const compute = vi.fn((list: readonly number[], scale: number) => list.map((n) => n * scale));
    const select = derive((list: readonly number[], scale: number) => [list, scale], compute);
    const list = [1, 2];

    const first = select(list, 10);
    expect(select(list, 10)).toBe(first);
    expect(first).toEqual([10, 20]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('compares objects by identity and plain values by value', () => {
    const compute = vi.fn((list: readonly number[], label: string) => `${label}:${list.length}`);
    const select = derive((list: readonly number[], label: string) => [list, label], compute);
    const list = [1, 2];

    select(list, 'a');
    select([1, 2], 'a');
    select(list, 'b');
    select(list, `${'a'}`);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('ignores arguments that are not among its inputs', () => {
    const doc = { offers: [1, 2, 3], weights: { pay: 40 } };
    const select = derive(
      (d: typeof doc) => [d.offers],
      (offers) => ({ count: offers.length }),
    );

    const before = select(doc);
    // A weight change makes a new document but keeps the offers.
    expect(select({ ...doc, weights: { pay: 50 } })).toBe(before);
    expect(select({ ...doc, offers: [1] })).not.toBe(before);
  });

  it('caches undefined and null results too', () => {
    const compute = vi.fn((_key: string) => null);
    const select = derive((key: string) => [key], compute);
    select('x');
    select('x');
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('hands compute only the inputs it names, so it cannot read anything else', () => {
    const seen: unknown[][] = [];
    const select = derive(
      (d: { a: number; b: number }) => [d.a],
      (...inputs) => {
        seen.push(inputs);
        return inputs.length;
      },
    );
    expect(select({ a: 1, b: 2 })).toBe(1);
    expect(seen).toEqual([[1]]);
  });
});

describe('keepEqual', () => {
  it('returns the previous result while the new one is equal in what matters', () => {
    const select = keepEqual(
      derive(
        (list: readonly number[]) => [list],
        (list) => [...list].sort(),
      ),
      (a, b) => a.join() === b.join(),
    );
    const first = select([2, 1]);
    expect(select([1, 2])).toBe(first);
    expect(select([3, 1])).toEqual([1, 3]);
  });
});
