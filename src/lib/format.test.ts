import fc from 'fast-check';
import { formatMoney, formatNumber, formatPercent } from './format';

describe('formatMoney', () => {
  it('keeps the cents of an amount under 10: $7.30, never $7', () => {
    expect(formatMoney(7.3, 'USD')).toBe('$7.30');
    expect(formatMoney(-4.25, 'EUR', 'en-US')).toBe('-€4.25');
    expect(formatMoney(7, 'USD')).toBe('$7');
    expect(formatMoney(12.3, 'USD')).toBe('$12');
  });

  it('writes an amount that rounds to nothing as 0, never as -0', () => {
    expect(formatMoney(-0, 'USD')).toBe('$0');
    expect(formatMoney(-0.001, 'USD')).toBe('$0');
    expect(formatMoney(-0.004, 'USD', undefined, 'cents')).toBe('$0.00');
  });

  it('shows every amount under 10 to within half a cent of its value', () => {
    fc.assert(
      fc.property(fc.double({ min: -9.99, max: 9.99, noNaN: true }), (amount) => {
        const shown = Number(formatMoney(amount, 'USD', 'en-US').replace(/[$,]/g, ''));
        expect(Math.abs(shown - amount)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('formatNumber', () => {
  it('never writes -0, whatever rounds to zero', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.4999, max: 0.4999, noNaN: true }), (value) => {
        expect(formatNumber(value)).toBe('0');
        expect(formatPercent(value)).toBe('0 %');
      }),
    );
    expect(formatNumber(-0.04, 1)).toBe('0');
    expect(formatNumber(-0.6)).toBe('-1');
  });
});
