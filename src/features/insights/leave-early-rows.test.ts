import type { Offer } from '../../domain';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';
import { leaveEarlyChartData } from './leave-early-rows';

/**
 * 120,000 a year (10,000 a month), no raise; a 12,000 signing bonus paid back
 * when leaving before month 6; 48,000 of RSUs over four years (1,000 a month)
 * after a 12-month cliff.
 */
const withCliffAndClawback = (overrides: OfferOverrides = {}): Offer =>
  makeOffer({
    id: 'acme',
    company: 'Acme',
    ...overrides,
    compensation: {
      baseSalary: 120_000,
      annualRaisePct: 0,
      signingBonus: 12_000,
      signingBonusClawbackMonths: 6,
      equity: { kind: 'rsu', grantValue: 48_000, cliffMonths: 12 },
      ...overrides.compensation,
    },
  });

const plain = (overrides: OfferOverrides = {}): Offer =>
  makeOffer({
    ...overrides,
    compensation: { baseSalary: 60_000, annualRaisePct: 0, ...overrides.compensation },
  });

describe('leaveEarlyChartData', () => {
  it('gives the net walked away with for every month from 1 to 48', () => {
    const data = leaveEarlyChartData(makeDocument({ offers: [withCliffAndClawback()] }));
    const [series] = data.series;
    expect(data.rows).toHaveLength(48);
    expect(data.rows.map((row) => row.month)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    // Month 13: 130,000 salary + 12,000 bonus + 13,000 vested.
    expect(data.rows[12]?.[series!.key]).toBeCloseTo(155_000, 6);
  });

  it('steps up at the cliff: a whole year of equity vests in month 12', () => {
    const data = leaveEarlyChartData(makeDocument({ offers: [withCliffAndClawback()] }));
    const key = data.series[0]!.key;
    const net = (month: number) => data.rows[month - 1]![key]!;
    expect(net(11)).toBeCloseTo(122_000, 6); // 110,000 + 12,000, nothing vested
    expect(net(12)).toBeCloseTo(144_000, 6); // 120,000 + 12,000 + 12,000 vested
    expect(net(12) - net(11)).toBeCloseTo(22_000, 6);
    expect(net(13) - net(12)).toBeCloseTo(11_000, 6);
    expect(data.series[0]?.cliffMonth).toBe(12);
    expect(data.cliffs).toEqual([{ month: 12, companies: ['Acme'] }]);
  });

  it('drops by the signing bonus while it would be paid back, with the unclawed line above', () => {
    const data = leaveEarlyChartData(makeDocument({ offers: [withCliffAndClawback()] }));
    const { key, keptKey, clawbackEnds } = data.series[0]!;
    expect(clawbackEnds).toBe(6);
    // Month 1: 10,000 salary + 12,000 bonus - 12,000 paid back.
    expect(data.rows[0]).toMatchObject({ [key]: 10_000, [keptKey]: 22_000 });
    expect(data.rows[4]).toMatchObject({ [key]: 50_000, [keptKey]: 62_000 });
    // From month 6 the bonus is kept: the two lines meet, then the dashed one stops.
    expect(data.rows[5]).toMatchObject({ [key]: 72_000, [keptKey]: 72_000 });
    expect(data.rows[6]?.[keptKey]).toBeUndefined();
    expect(data.series[0]?.points[0]).toMatchObject({ paid: 22_000, vested: 0, clawback: 12_000 });
  });

  it('marks no cliff without equity and no clawback without a clawback period', () => {
    const data = leaveEarlyChartData(
      makeDocument({ offers: [plain({ compensation: { signingBonus: 5_000 } })] }),
    );
    expect(data.series[0]).toMatchObject({ cliffMonth: null, clawbackEnds: null });
    expect(data.cliffs).toEqual([]);
    expect(Object.keys(data.rows[0]!)).toEqual(['month', data.series[0]!.key]);
  });

  it('converts to the display currency and leaves out offers without a rate', () => {
    const data = leaveEarlyChartData(
      makeDocument({
        settings: { currency: 'USD', exchangeRates: { EUR: 1.5 } },
        offers: [
          plain({ id: 'eur', company: 'Euro', currency: 'EUR' }),
          plain({ id: 'gbp', company: 'Pound', currency: 'GBP' }),
        ],
      }),
    );
    expect(data.currency).toBe('USD');
    expect(data.series.map((s) => s.company)).toEqual(['Euro']);
    expect(data.rows[0]?.[data.series[0]!.key]).toBeCloseTo(7_500, 6); // 5,000 EUR × 1.5
    expect(data.excluded).toEqual([{ offerId: 'gbp', company: 'Pound', currency: 'GBP' }]);
  });

  it('keeps the best-ranked offers past the limit, in document order, with stable colours', () => {
    const offers = [plain({ id: 'a' }), plain({ id: 'b' }), plain({ id: 'c' })];
    const data = leaveEarlyChartData(makeDocument({ offers }), {
      preferred: ['c', 'a', 'b'],
      limit: 2,
    });
    expect(data.series.map((s) => [s.offerId, s.colorIndex])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
    expect(data.omitted).toBe(1);
  });

  it('reuses the months of an unchanged offer when only the weights move', () => {
    const offers = [withCliffAndClawback()];
    const before = leaveEarlyChartData(makeDocument({ offers }));
    const after = leaveEarlyChartData(
      makeDocument({ offers, settings: { weights: { compensation: 90 } } }),
    );
    expect(after.series[0]?.points).toBe(before.series[0]?.points);
  });

  it('after tax, counts what is kept after tax and lists the offers nothing taxes', () => {
    // Acme at its own 25 %: month 1 pays 10,000 and the 12,000 bonus (5,500 of tax),
    // pays the bonus back and has its 3,000 of tax back: 10,000 − 2,500 = 7,500 kept.
    const data = leaveEarlyChartData(
      makeDocument({
        settings: { compareOn: 'net' },
        offers: [
          withCliffAndClawback({ tax: { place: null, effectiveRatePct: 25 } }),
          plain({ id: 'untaxed', company: 'Globex' }),
          plain({ id: 'far', company: 'Initech', tax: { place: 'US-WA', effectiveRatePct: null } }),
        ],
      }),
    );
    expect(data.afterTax).toBe(true);
    const { key, keptKey } = data.series[0]!;
    expect(data.series[0]?.points[0]).toMatchObject({ tax: 5_500, taxBack: 3_000, net: 7_500 });
    // Were the bonus kept: 22,000 less 5,500 of tax.
    expect(data.rows[0]).toMatchObject({ [key]: 7_500, [keptKey]: 16_500 });
    expect(data.untaxed).toEqual([
      { offerId: 'untaxed', company: 'Globex', reason: 'needs a tax place or your own tax rate' },
      { offerId: 'far', company: 'Initech', reason: 'its tax rules are still loading' },
    ]);
  });
});
