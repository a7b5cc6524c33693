import { netCompensation } from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('UK income tax and National Insurance, 2026–27 (England, Wales, Northern Ireland)', () => {
  it('taxes £60,000: £11,432 income tax, £3,210.60 National Insurance', () => {
    // Allowance 12,570; taxable 47,430: 20 % × 37,700 = 7,540; 40 % × 9,730 = 3,892.
    // NI: 8 % × (50,270 − 12,570) = 3,016; 2 % × 9,730 = 194.60.
    const y = year1(60_000, { place: 'GB-ENG' });
    expect(y.incomeTax).toBeCloseTo(11_432, 2);
    expect(y.social).toBeCloseTo(3_210.6, 2);
  });

  it('tapers the personal allowance over £100,000: £110,000 keeps £7,570 of it', () => {
    // Taxable 110,000 − 7,570 = 102,430: 7,540 + 40 % × 64,730 = 25,892 → 33,432.
    expect(year1(110_000, { place: 'GB-ENG' }).incomeTax).toBeCloseTo(33_432, 2);
  });

  it('charges 45 % over £125,140 with no allowance left: £150,000 pays £53,703', () => {
    // 7,540 + 40 % × 87,440 = 34,976 + 45 % × 24,860 = 11,187.
    expect(year1(150_000, { place: 'GB-ENG' }).incomeTax).toBeCloseTo(53_703, 2);
  });

  it('does not ask about the household: the UK taxes each person', () => {
    expect(year1(80_000, { place: 'GB-ENG' }, 'joint')).toEqual(year1(80_000, { place: 'GB-ENG' }));
    const result = netCompensation(salaryOnly(80_000, { place: 'GB-ENG' }), { horizonYears: 1 })!;
    expect(result.label).toBe('estimate · UK (England, Wales, Northern Ireland) · 2026–27 rules');
  });
});

describe('UK income tax in Scotland, 2026–27', () => {
  it('taxes £60,000: £13,182.05 income tax at the Scottish rates, the same £3,210.60 NI', () => {
    // Taxable 47,430: 19 % × 3,967 = 753.73; 20 % × 12,989 = 2,597.80; 21 % × 14,136 = 2,968.56;
    // 42 % × (47,430 − 31,092 = 16,338) = 6,861.96.
    const y = year1(60_000, { place: 'GB-SCT' });
    expect(y.incomeTax).toBeCloseTo(13_182.05, 2);
    expect(y.social).toBeCloseTo(3_210.6, 2);
  });

  it('charges the 45 % advanced rate from £75,000 of pay: £100,000 pays £30,732.05', () => {
    // Taxable 87,430: 753.73 + 2,597.80 + 2,968.56 + 42 % × 31,338 = 13,161.96
    // + 45 % × 25,000 = 11,250.
    expect(year1(100_000, { place: 'GB-SCT' }).incomeTax).toBeCloseTo(30_732.05, 2);
  });
});
