import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoneyText, formatNumberText, parseMoneyText, parseNumberText } from './number-text';

const value = (result: ReturnType<typeof parseMoneyText>) => (result.ok ? result.value : result);

describe('parseMoneyText', () => {
  it.each([
    ['150000', 150000],
    ['150,000', 150000],
    ['150k', 150000],
    ['150 K', 150000],
    ['1.5m', 1500000],
    ['2M', 2000000],
    ['1.1k', 1100],
    ['$150,000', 150000],
    ['€120.000', 120000],
    ['120.000,50 €', 120000.5],
    ['1,234.56', 1234.56],
    ['CHF 120’000.00', 120000],
    ['CA$95,000', 95000],
    ['150 000 kr', 150000],
    ['150000 USD', 150000],
    ['₹1,50,000', 150000],
    ['12.50', 12.5],
    ['0.125', 0.125],
    ['  42  ', 42],
    ['-5000', -5000],
  ])('reads %j as %d', (text, expected) => {
    expect(value(parseMoneyText(text))).toBe(expected);
  });

  it('says an empty or blank field is empty, not zero', () => {
    expect(parseMoneyText('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMoneyText('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['abc', '12abc', '1,2,3', '1.2.3', '$', 'k', '1..5', '5 apples', '--5'])(
    'rejects %j',
    (text) => {
      expect(parseMoneyText(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('reads back what formatMoneyText wrote, in any common locale and currency', () => {
    const cents = fc.integer({ min: 0, max: 99_999_999_999_99 }).map((n) => n / 100);
    const wholeAmounts = fc.integer({ min: 0, max: 999_999_999_999 });
    fc.assert(
      fc.property(
        fc.oneof(wholeAmounts, cents),
        fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'INR', 'CHF', 'SEK', 'BRL', 'PLN', 'CAD'),
        fc.constantFrom(
          'en-US',
          'de-DE',
          'fr-FR',
          'de-CH',
          'en-IN',
          'ja-JP',
          'sv-SE',
          'pt-BR',
          'he-IL',
        ),
        (amount, currency, locale) => {
          const text = formatMoneyText(amount, currency, locale);
          expect(value(parseMoneyText(text))).toBe(amount);
        },
      ),
    );
  });
});

describe('parseNumberText', () => {
  it.each([
    ['3', 3],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['-2', -2],
    ['−2', -2],
    ['12 %', 12],
    ['1,000', 1000],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(value(parseNumberText(text))).toBe(expected);
  });

  it('does not take money suffixes or symbols', () => {
    expect(parseNumberText('3k').ok).toBe(false);
    expect(parseNumberText('$3').ok).toBe(false);
  });

  it('says an empty field is empty', () => {
    expect(parseNumberText(' ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads a lone dot as the decimal mark, whatever follows it', () => {
    expect(value(parseNumberText('37.125'))).toBe(37.125);
  });

  it('reads back what formatNumberText wrote', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1e6, max: 1e6, noNaN: true })
          .filter((n) => n === 0 || Math.abs(n) > 1e-12),
        (n) => {
          expect(value(parseNumberText(formatNumberText(n)))).toBe(n + 0);
        },
      ),
    );
  });
});

describe('formatMoneyText', () => {
  it('shows whole amounts without cents and others to the cent', () => {
    expect(formatMoneyText(150000, 'USD', 'en-US')).toBe('$150,000');
    expect(formatMoneyText(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
  });

  it('still writes digits for a currency code Intl does not know', () => {
    expect(value(parseMoneyText(formatMoneyText(5000, 'ZZZ', 'en-US')))).toBe(5000);
  });
});
