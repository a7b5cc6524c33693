import { analyzeDecision, type WeightFlip, type WinProbability } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { leadRange, weightRangeRows, winChartData } from './insight-rows';

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

describe('weightRangeRows', () => {
  it('spans from the nearest flip below the current weight to the nearest above', () => {
    const rows = weightRangeRows(
      [
        flip({ company: 'Beta', to: 80 }),
        flip({ company: 'Gamma', to: 65 }),
        flip({ company: 'Delta', to: 20 }),
        flip({ company: 'Epsilon', to: 5 }),
      ],
      weights,
    );
    const growth = rows.find((row) => row.factor === 'growth');
    expect(growth).toEqual({
      factor: 'growth',
      current: 50,
      low: 20,
      high: 65,
      lowFlip: { company: 'Delta', to: 20 },
      highFlip: { company: 'Gamma', to: 65 },
      offset: 20,
      below: 30,
      above: 15,
    });
  });

  it('runs to 0 and 100 when no offer takes over in that direction', () => {
    const rows = weightRangeRows([flip({ factor: 'culture', from: 10, to: 30 })], weights);
    expect(rows.map((row) => [row.factor, row.low, row.high])).toEqual([
      ['compensation', 0, 100],
      ['growth', 0, 100],
      ['culture', 0, 30],
      ['workLife', 0, 100],
    ]);
    const compensation = rows[0]!;
    expect(compensation).toMatchObject({
      lowFlip: null,
      highFlip: null,
      offset: 0,
      below: 40,
      above: 60,
    });
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

  it('reads the flips of a real decision: the runner-up takes over when pay drops below 25', () => {
    // Pay utilities A 100, B 50; growth A 50 (all 3s), B 75 (all 4s); weights 50/50:
    // A = 75, B = 62.5. Pay ties at W = -(50 · -25) / 50 = 25; growth at -(50 · 50) / -25 = 100.
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
    expect(pay?.low).toBeCloseTo(25, 9);
    expect(pay).toMatchObject({ high: 100, lowFlip: { company: 'Beta' }, highFlip: null });
    expect(growth?.high).toBeCloseTo(100, 9);
    expect(growth).toMatchObject({ low: 0, lowFlip: null, highFlip: { company: 'Beta' } });
  });
});

describe('leadRange', () => {
  const row = (current: number, flips: WeightFlip[]) =>
    weightRangeRows(flips, { ...weights, growth: current })[1]!;

  it('gives the whole weights on the leader’s side of each tie', () => {
    const range = leadRange(row(50, [flip({ to: 33.2 }), flip({ to: 74.5 })]));
    expect(range).toEqual([34, 74]);
  });

  it('runs to the ends when nothing flips, and keeps a tie that falls on a whole weight', () => {
    expect(leadRange(row(50, []))).toEqual([0, 100]);
    expect(leadRange(row(50, [flip({ to: 25 })]))).toEqual([25, 100]);
  });

  it('keeps exact bounds around a fractional weight', () => {
    expect(leadRange(row(50.5, [flip({ from: 50.5, to: 33.2 })]))).toEqual([33.2, 100]);
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
      { offerId: 'c', company: 'C', colorIndex: 2, percent: 75 },
      { offerId: 'b', company: 'B', colorIndex: 1, percent: 25 },
      { offerId: 'a', company: 'A', colorIndex: 0, percent: 0 },
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
  });
});
