import { analyzeDecision, type WeightFlip, type WinProbability } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import fc from 'fast-check';
import { leadRange, weightRangeRows, wholePercents, winChartData } from './insight-rows';

const flip = (overrides: Partial<WeightFlip> = {}): WeightFlip => ({
  offerId: 'b',
  company: 'Beta',
  factor: 'growth',
  from: 50,
  to: 80,
  move: 30,
  ...overrides,
});

const weights = { compensation: 40, growth: 50, culture: 10, workLife: 0 };

// Rows are in shares of the weights, as the sliders show them: with the other
// weights summing to `o`, a raw weight `w` is the share w / (w + o).
describe('weightRangeRows', () => {
  it('spans from the nearest flip below the current share to the nearest above', () => {
    const rows = weightRangeRows(
      [
        flip({ company: 'Beta', to: 80 }),
        flip({ company: 'Gamma', to: 65 }),
        flip({ company: 'Delta', to: 20 }),
        flip({ company: 'Epsilon', to: 5 }),
      ],
      weights,
    );
    const growth = rows.find((row) => row.factor === 'growth')!;
    // Others add up to 50: now 50 / 100 = 50 %; Delta 20 / 70 = 28.57 %; Gamma 65 / 115 = 56.52 %.
    expect(growth.current).toBe(50);
    expect(growth.low).toBeCloseTo(28.571, 3);
    expect(growth.high).toBeCloseTo(56.522, 3);
    expect(growth.lowFlip).toEqual({ company: 'Delta', to: growth.low });
    expect(growth.highFlip).toEqual({ company: 'Gamma', to: growth.high });
    expect(growth.offset).toBe(growth.low);
    expect(growth.below).toBeCloseTo(21.429, 3);
    expect(growth.above).toBeCloseTo(6.522, 3);
  });

  it('runs from 0 % to the share a full slider reaches when no offer takes over', () => {
    const rows = weightRangeRows([flip({ factor: 'culture', from: 10, to: 30 })], weights);
    // Culture's flip at 30 / (30 + 90) = 25 %; a slider at 100 reaches 100 / (100 + others).
    const ends = rows.map((row) => [row.factor, row.low, Number(row.high.toFixed(3))]);
    expect(ends).toEqual([
      ['compensation', 0, 62.5],
      ['growth', 0, 66.667],
      ['culture', 0, 25],
      ['workLife', 0, 50],
    ]);
    expect(rows[0]).toMatchObject({ lowFlip: null, highFlip: null, offset: 0, current: 40 });
    expect(rows[0]!.below).toBe(40);
    expect(rows[0]!.above).toBeCloseTo(22.5, 9);
  });

  it('keeps the factors in their usual order, whatever the flips', () => {
    const rows = weightRangeRows([flip({ factor: 'workLife', from: 0, to: 1 })], weights);
    expect(rows.map((row) => row.factor)).toEqual([
      'compensation',
      'growth',
      'culture',
      'workLife',
    ]);
  });

  it('reads the flips of a real decision: the runner-up takes over when pay drops below a third', () => {
    // Pay utilities A 100, B 50; growth A 50 (all 3s), B 75 (all 4s); weights 50/50:
    // A = 75, B = 62.5. Pay ties at W = -(50 · -25) / 50 = 25, a share of 25 / 75 = 33.3 %;
    // growth at -(50 · 50) / -25 = 100, a share of 100 / 150 = 66.7 %.
    const doc = makeDocument({
      settings: { weights: { compensation: 50, growth: 50, culture: 0, workLife: 0 } },
      offers: [
        makeOffer({ id: 'a', company: 'Acme', compensation: { baseSalary: 100_000 } }),
        makeOffer({
          id: 'b',
          company: 'Beta',
          compensation: { baseSalary: 50_000 },
          growth: { learning: 4, careerProgression: 4, mentorship: 4, companyOutlook: 4 },
        }),
      ],
    });
    const rows = weightRangeRows(analyzeDecision(doc).flips.all, doc.settings.weights);
    const [pay, growth] = rows;
    expect(pay?.low).toBeCloseTo(100 / 3, 9);
    expect(pay?.high).toBeCloseTo(200 / 3, 9);
    expect(pay).toMatchObject({ lowFlip: { company: 'Beta' }, highFlip: null });
    expect(growth?.high).toBeCloseTo(200 / 3, 9);
    expect(growth).toMatchObject({ low: 0, lowFlip: null, highFlip: { company: 'Beta' } });
  });
});

describe('leadRange', () => {
  const row = (current: number, flips: WeightFlip[]) =>
    weightRangeRows(flips, { ...weights, growth: current })[1]!;

  it('rounds to one decimal on the leader’s side of each tie', () => {
    // 33.2 / 83.2 = 39.90 % → from 40.0; 74.5 / 124.5 = 59.84 % → up to 59.8.
    const range = leadRange(row(50, [flip({ to: 33.2 }), flip({ to: 74.5 })]));
    expect(range).toEqual([40, 59.8]);
  });

  it('runs to the ends when nothing flips, and keeps a tie that falls on a tenth', () => {
    const [low, high] = leadRange(row(50, []));
    expect(low).toBe(0);
    expect(high).toBeCloseTo(200 / 3, 9);
    // 50 / (50 + 50) is exactly 50 %.
    expect(leadRange(row(60, [flip({ from: 60, to: 50 })]))[0]).toBe(50);
  });
});

const share = (offerId: string, probability: number): WinProbability => ({
  offerId,
  company: offerId.toUpperCase(),
  probability,
});

describe('winChartData', () => {
  const offers = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('turns shares into percents, most likely first, coloured by place in the document', () => {
    const { rows, others } = winChartData(
      [share('b', 0.25), share('c', 0.75), share('a', 0)],
      offers,
    );
    expect(rows).toEqual([
      { offerId: 'c', company: 'C', colorIndex: 2, percent: 75, shown: 75 },
      { offerId: 'b', company: 'B', colorIndex: 1, percent: 25, shown: 25 },
      { offerId: 'a', company: 'A', colorIndex: 0, percent: 0, shown: 0 },
    ]);
    expect(others).toBeNull();
  });

  it('keeps the ranking order between equal shares', () => {
    const { rows } = winChartData([share('d', 0.5), share('a', 0.5)], offers);
    expect(rows.map((row) => row.offerId)).toEqual(['d', 'a']);
  });

  it('sums the offers past the limit so the shares still add up to 100 %', () => {
    const { rows, others } = winChartData(
      [share('a', 0.5), share('b', 0.3), share('c', 0.15), share('d', 0.05)],
      offers,
      2,
    );
    expect(rows.map((row) => row.offerId)).toEqual(['a', 'b']);
    expect(others?.count).toBe(2);
    expect(others?.percent).toBeCloseTo(20, 9);
    expect(others?.shown).toBe(20);
  });

  it('writes whole percents that add up to 100: 80.5 % and 19.5 % are 81 % and 19 %, not 101 %', () => {
    const { rows } = winChartData([share('a', 0.805), share('b', 0.195)], offers);
    expect(rows.map((row) => row.shown)).toEqual([81, 19]);
  });

  it('keeps every whole percent within 1 of its share, adding up to 100, for any split of 2,000 tries', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(2_000), { minLength: 1, maxLength: 12 }), (wins) => {
        const all = wins.reduce((sum, w) => sum + w, 0);
        fc.pre(all > 0);
        const shares = wins.map((w, i) => share(`o${i}`, w / all));
        const many = shares.map((s) => ({ id: s.offerId }));
        const { rows, others } = winChartData(shares, many, 5);
        const shown = [...rows.map((r) => r.shown), others?.shown ?? 0];
        expect(shown.reduce((sum, n) => sum + n, 0)).toBe(100);
        for (const row of rows) expect(Math.abs(row.shown - row.percent)).toBeLessThan(1);
        expect(wholePercents(shares).size).toBe(shares.length);
      }),
    );
  });
});
