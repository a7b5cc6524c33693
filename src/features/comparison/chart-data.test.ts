import { meanCompensation, NO_TAX_RULES, scoreDocument, totalScore } from '../../domain';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  drawnOfferIds,
  onlyDrawn,
  stackSegments,
  contributionRows,
  factorRows,
  niceScale,
  partsInUse,
  yearlyChartData,
} from './chart-data';

const ranked = (
  offerId: string,
  factors: { compensation: number; growth: number; culture: number; workLife: number },
  weights = { compensation: 40, growth: 25, culture: 15, workLife: 20 },
) => ({ offerId, company: offerId, rank: 1, total: totalScore(factors, weights), factors });

describe('contributionRows', () => {
  it('splits a total into W_f * F_f / sum(W) per factor', () => {
    const weights = { compensation: 40, growth: 25, culture: 15, workLife: 20 };
    const [row] = contributionRows(
      [ranked('a', { compensation: 100, growth: 50, culture: 75, workLife: 25 })],
      weights,
    );
    // 40*100/100, 25*50/100, 15*75/100, 20*25/100
    expect(row).toMatchObject({ compensation: 40, growth: 12.5, culture: 11.25, workLife: 5 });
    expect(row!.total).toBeCloseTo(68.75, 12);
  });

  it('has contributions that add up to the total for uneven weights', () => {
    const weights = { compensation: 7, growth: 0, culture: 33, workLife: 61 };
    const factors = { compensation: 81.3, growth: 44, culture: 12.5, workLife: 97 };
    const [row] = contributionRows([ranked('a', factors, weights)], weights);
    const sum = row!.compensation + row!.growth + row!.culture + row!.workLife;
    expect(sum).toBeCloseTo(row!.total, 9);
    expect(row!.growth).toBe(0);
  });

  it('gives every contribution 0 when every weight is 0', () => {
    const weights = { compensation: 0, growth: 0, culture: 0, workLife: 0 };
    const [row] = contributionRows(
      [ranked('a', { compensation: 90, growth: 90, culture: 90, workLife: 90 }, weights)],
      weights,
    );
    expect(row).toMatchObject({ compensation: 0, growth: 0, culture: 0, workLife: 0, total: 0 });
  });
});

describe('factorRows', () => {
  it('gives one row per factor with each scored offer under a key in document order', () => {
    const a = makeOffer({ id: 'a.1', company: 'Acme', growth: { learning: 5 } });
    const b = makeOffer({ id: 'b', company: 'Beta', currency: 'GBP' });
    const c = makeOffer({ id: 'c', company: 'Cora' });
    const doc = makeDocument({ offers: [a, b, c] });
    const scores = scoreDocument(doc);
    const byId = new Map(scores.scored.map((s) => [s.offerId, s]));
    const { series, rows } = factorRows(doc.offers, byId);

    expect(series).toEqual([
      { key: 'o0', offerId: 'a.1', company: 'Acme', colorIndex: 0 },
      { key: 'o2', offerId: 'c', company: 'Cora', colorIndex: 2 },
    ]);
    expect(rows.map((r) => r.factor)).toEqual(['compensation', 'growth', 'culture', 'workLife']);
    // Learning 5 → 100, the other three growth ratings 3 → 50: (100 + 50 * 3) / 4
    expect(rows[1]).toEqual({ factor: 'growth', o0: 62.5, o2: 50 });
  });
});

describe('yearlyChartData', () => {
  it('marks a private company’s equity as expected, so its bars say “Equity (expected)”', () => {
    const startup = makeOffer({
      compensation: { equity: { kind: 'options', market: 'private', shares: 1000 } },
    });
    const listed = makeOffer({ compensation: { equity: { kind: 'options', shares: 1000 } } });
    const doc = makeDocument({ offers: [startup, listed] });
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: false });
    expect(data.offers.map((o) => o.expectedEquity)).toEqual([true, false]);
  });

  it('gives each unsure year its lowest and highest total, converted like the bars', () => {
    // €100,000 and a 10 % bonus paid out at 50 % to 150 % (100 % expected), at $1.20 a euro:
    // $132,000 expected, $126,000 to $138,000; a sure offer has no range.
    const unsure = makeOffer({
      currency: 'EUR',
      compensation: {
        baseSalary: 100_000,
        annualRaisePct: 0,
        bonusTargetPct: 10,
        bonusPayoutLowPct: 50,
        bonusPayoutHighPct: 150,
      },
    });
    const sure = makeOffer({ compensation: { baseSalary: 200_000 } });
    const doc = makeDocument({
      offers: [unsure, sure],
      settings: { horizonYears: 1, exchangeRates: { EUR: 1.2 } },
    });
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: false });
    const [year] = data.offers[0]!.years;
    expect(year!.total).toBeCloseTo(132_000, 6);
    expect([year!.low, year!.high]).toEqual([
      expect.closeTo(126_000, 6),
      expect.closeTo(138_000, 6),
    ]);
    expect(year!.range).toEqual([year!.low, year!.high]);
    expect(data.offers[1]!.years[0]!.range).toBeUndefined();
  });

  const offer = makeOffer({
    id: 'eu',
    company: 'Kontor',
    currency: 'EUR',
    compensation: {
      baseSalary: 100_000,
      annualRaisePct: 0,
      bonusTargetPct: 10,
      signingBonus: 5_000,
      benefitsValue: 2_000,
      costOfLivingIndex: 125,
    },
  });
  const doc = makeDocument({
    offers: [offer, makeOffer({ id: 'uk', company: 'Brit', currency: 'GBP' })],
    settings: { currency: 'USD', horizonYears: 2, exchangeRates: { EUR: 1.2 } },
  });

  it('converts every part of every year into the display currency', () => {
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: false });
    expect(data.currency).toBe('USD');
    expect(data.offers).toHaveLength(1);
    const [y1, y2] = data.offers[0]!.years;
    // Year 1: 100,000 + 10,000 bonus + 5,000 signing + 2,000 benefits = 117,000 EUR → × 1.2
    expect(y1).toMatchObject({ year: 1, base: 120_000, bonus: 12_000, oneTime: 6_000 });
    expect(y1!.benefits).toBeCloseTo(2_400, 9);
    expect(y1!.total).toBeCloseTo(140_400, 6);
    // Year 2 has no signing bonus: 112,000 EUR → 134,400 USD
    expect(y2!.oneTime).toBe(0);
    expect(y2!.total).toBeCloseTo(134_400, 6);
    expect(data.max).toBeCloseTo(140_400, 6);
  });

  it('adjusts for cost of living when asked, matching the mean the score uses', () => {
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: true });
    const [y1, y2] = data.offers[0]!.years;
    // 117,000 × 100/125 × 1.2 and 112,000 × 100/125 × 1.2
    expect(y1!.total).toBeCloseTo(112_320, 6);
    expect(y2!.total).toBeCloseTo(107_520, 6);
    expect(data.offers[0]!.mean).toBeCloseTo(109_920, 6);
    expect(data.offers[0]!.mean).toBeCloseTo(
      meanCompensation(offer, doc.settings, NO_TAX_RULES)!,
      6,
    );
  });

  it('carries each year’s tax and contributions, converted and adjusted like the pay', () => {
    // Tax of 30,000 and 28,000 EUR in years 1 and 2: × 100/125 × 1.2 = 28,800 and 26,880 USD.
    const taxOf = (o: { id: string }) => (o.id === 'eu' ? [30_000, 28_000] : null);
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: true }, taxOf);
    expect(data.tax).toBe(true);
    expect(data.offers[0]!.years.map((y) => y.tax)).toEqual(
      [28_800, 26_880].map((x) => expect.closeTo(x, 6)),
    );
    // Before tax nothing is taxed, and the chart shows no tax.
    const gross = yearlyChartData(doc.offers, doc.settings, { adjusted: true });
    expect(gross.tax).toBe(false);
    expect(gross.offers[0]!.years.map((y) => y.tax)).toEqual([0, 0]);
  });

  it('leaves out an offer whose exchange rate is missing, and says which', () => {
    const data = yearlyChartData(doc.offers, doc.settings, { adjusted: true });
    expect(data.excluded).toEqual([{ offerId: 'uk', company: 'Brit', currency: 'GBP' }]);
  });

  it('lists only the compensation parts that appear somewhere', () => {
    expect(partsInUse(yearlyChartData(doc.offers, doc.settings, { adjusted: false }))).toEqual([
      'base',
      'bonus',
      'oneTime',
      'benefits',
    ]);
  });
});

describe('niceScale', () => {
  it('rounds the axis top up to a round number with even steps', () => {
    expect(niceScale(363_500)).toEqual({
      max: 400_000,
      ticks: [0, 100_000, 200_000, 300_000, 400_000],
    });
    expect(niceScale(190_000)).toEqual({
      max: 200_000,
      ticks: [0, 50_000, 100_000, 150_000, 200_000],
    });
    expect(niceScale(100)).toEqual({ max: 100, ticks: [0, 25, 50, 75, 100] });
  });

  it('keeps a usable axis when every amount is 0', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('offers drawn in the charts', () => {
  const ranked = (n: number) => Array.from({ length: n }, (_, i) => ({ offerId: `o${i + 1}` }));

  it('draws every offer up to the limit', () => {
    expect(drawnOfferIds(ranked(12), 12)).toBeNull();
    expect(onlyDrawn(ranked(3), null)).toHaveLength(3);
  });

  it('draws only the best-ranked offers past the limit, keeping their own order', () => {
    const ids = drawnOfferIds(ranked(5), 3);
    // Document order o5, o1, o4, o2: o1 and o2 are among the best three, o4 and o5 are not.
    expect(
      onlyDrawn([{ offerId: 'o5' }, { offerId: 'o1' }, { offerId: 'o4' }, { offerId: 'o2' }], ids),
    ).toEqual([{ offerId: 'o1' }, { offerId: 'o2' }]);
  });

  it('names the same offers when the best offers only swap places', () => {
    const swapped = [{ offerId: 'o2' }, { offerId: 'o1' }, { offerId: 'o3' }, { offerId: 'o4' }];
    expect(drawnOfferIds(swapped, 3)).toEqual(drawnOfferIds(ranked(4), 3));
  });
});

describe('stacked bar segments', () => {
  it('lays each factor after the previous one so the bar ends at the total', () => {
    // 20 + 10 + 5 + 7.5 = 42.5
    expect(stackSegments({ compensation: 20, growth: 10, culture: 5, workLife: 7.5 })).toEqual([
      { factor: 'compensation', start: 0, width: 20 },
      { factor: 'growth', start: 20, width: 10 },
      { factor: 'culture', start: 30, width: 5 },
      { factor: 'workLife', start: 35, width: 7.5 },
    ]);
  });
});
