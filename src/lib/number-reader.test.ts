import fc from 'fast-check';
import {
  formatCountInput,
  formatMoneyInput,
  formatNumberInput,
  localeSeparators,
  readNumber,
  readNumberList,
  readingMessage,
  type NumberReading,
} from './number-reader';

const value = (result: NumberReading) => (result.ok ? result.value : result);
const amount = (text: string, locale = 'en-US') => value(readNumber(text, 'amount', locale));
const plain = (text: string, locale = 'en-US') => value(readNumber(text, 'number', locale));

/** Locales whose people the reader is tested for: Latin digits, every separator style. */
const LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'sv-SE',
  'pl-PL',
  'ja-JP',
  'he-IL',
] as const;

describe('localeSeparators', () => {
  it('takes the decimal and grouping marks from Intl', () => {
    expect(localeSeparators('en-US')).toEqual({ decimal: '.', group: ',' });
    expect(localeSeparators('de-DE')).toEqual({ decimal: ',', group: '.' });
    expect(localeSeparators('fr-FR').decimal).toBe(',');
    expect(localeSeparators('de-CH').decimal).toBe('.');
  });
});

describe('readNumber: amounts', () => {
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
    ['150.000 €', 150000],
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
    ['−3', -3],
  ])('reads %j as %d', (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  it.each([
    ['1b', 1e9],
    ['1bn', 1e9],
    ['$1B', 1e9],
    ['1.2 billion', 1.2e9],
    ['2.5 million', 2.5e6],
    ['3 thousand', 3000],
    ['1.5mm', 1.5e6],
    ['USD 2bn', 2e9],
    ['1.5m USD', 1.5e6],
    ['150k EUR', 150000],
    ['-2b', -2e9],
    ['1.234m', 1_234_000],
    ['$1,234m', 1_234_000_000],
    ['1.2 trillion', 1.2e12],
  ])('reads %j, said in words, as %d', (text, expected) => {
    expect(amount(text)).toBe(expected);
  });

  it('reads billions and millions in German and French words', () => {
    expect(amount('€1,2 Mrd.', 'de-DE')).toBe(1.2e9);
    expect(amount('3 Mio. €', 'de-DE')).toBe(3e6);
    expect(amount('2 Milliarden €', 'de-DE')).toBe(2e9);
    expect(amount('1,5 milliard €', 'fr-FR')).toBe(1.5e9);
  });

  it('still takes a currency word ending in a scale letter for a currency', () => {
    expect(amount('150 000 BAM')).toBe(150000);
    expect(amount('150 000 kr')).toBe(150000);
    expect(amount('b')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads back any amount written in millions or billions, in every tested locale', () => {
    const words = ['million', 'billion', 'm', 'bn', 'B'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...words),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        (thousandths, word, locale, spaced) => {
          const shown = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(
            thousandths / 1000,
          );
          const scale = /^b/i.test(word) ? 1e9 : 1e6;
          const read = amount(`${shown}${spaced ? ' ' : ''}${word}`, locale);
          expect(read).toBeCloseTo((thousandths / 1000) * scale, 0);
        },
      ),
    );
  });

  it('reads a thousands group the same way in every locale: no salary has a tenth of a cent', () => {
    for (const locale of ['en-US', 'de-DE', 'fr-FR']) {
      expect(amount('150.000 €', locale)).toBe(150000);
      expect(amount('150,000', locale)).toBe(150000);
      expect(amount('1,5k', locale)).toBe(1500);
    }
  });

  it('says an empty or blank field is empty, not zero', () => {
    expect(readNumber('', 'amount')).toEqual({ ok: false, reason: 'empty' });
    expect(readNumber('   ', 'amount')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['abc', '12abc', '1,2,3', '1.2.3', '$', 'k', '1..5', '5 apples', '--5'])(
    'rejects %j',
    (text) => {
      expect(readNumber(text, 'amount', 'en-US')).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('reads back what formatMoneyInput wrote, in every tested locale and currency', () => {
    const cents = fc.integer({ min: 0, max: 99_999_999_999_99 }).map((n) => n / 100);
    const wholeAmounts = fc.integer({ min: 0, max: 999_999_999_999 });
    // Share prices finer than a cent (a seed round's $0.000001).
    const finePrices = fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 1_000_000);
    // Exactly three decimals ($1.059), which look like a thousands group.
    const thousandths = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000);
    fc.assert(
      fc.property(
        fc.oneof(wholeAmounts, cents, finePrices, thousandths),
        fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'INR', 'CHF', 'SEK', 'BRL', 'PLN', 'CAD'),
        fc.constantFrom(...LOCALES),
        (money, currency, locale) => {
          const text = formatMoneyInput(money, currency, locale);
          expect(amount(text, locale)).toBe(money);
        },
      ),
    );
  });

  it('writes a price of three decimals with four, so it is not read as thousands', () => {
    expect(formatMoneyInput(1.059, 'USD', 'en-US')).toBe('$1.0590');
    expect(amount('$1.0590', 'en-US')).toBe(1.059);
  });

  it('reads back a share count as formatCountInput wrote it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.constantFrom(...LOCALES),
        (count, locale) => {
          expect(amount(formatCountInput(count, locale), locale)).toBe(count);
        },
      ),
    );
  });

  it('still writes digits for a currency code Intl does not know', () => {
    expect(amount(formatMoneyInput(5000, 'ZZZ', 'en-US'))).toBe(5000);
  });

  it('shows whole amounts without cents, others to the cent, and finer prices as they are', () => {
    expect(formatMoneyInput(150000, 'USD', 'en-US')).toBe('$150,000');
    expect(formatMoneyInput(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoneyInput(0.000001, 'USD', 'en-US')).toBe('$0.000001');
  });
});

describe('readNumber: plain numbers', () => {
  it.each([
    ['3', 3],
    ['3.5', 3.5],
    ['3,5', 3.5],
    ['-2', -2],
    ['−2', -2],
    ['12 %', 12],
    ['1,000', 1000],
    ['0', 0],
    ['1.08', 1.08],
    ['1.234,5', 1234.5],
    ['37.125', 37.125],
  ])('reads %j as %d in en-US', (text, expected) => {
    expect(plain(text)).toBe(expected);
  });

  it.each([
    // text, en-US, de-DE, fr-FR
    ['1,080', 1080, 1.08, 1.08],
    ['1.08', 1.08, 1.08, 1.08],
    ['1.234,5', 1234.5, 1234.5, 1234.5],
    ['1,234.5', 1234.5, 1234.5, 1234.5],
    ['-3', -3, -3, -3],
    ['−3', -3, -3, -3],
    ['0,92', 0.92, 0.92, 0.92],
  ])('reads %j with the locale’s own marks (en-US %d, de-DE %d, fr-FR %d)', (text, en, de, fr) => {
    expect(plain(text, 'en-US')).toBe(en);
    expect(plain(text, 'de-DE')).toBe(de);
    expect(plain(text, 'fr-FR')).toBe(fr);
  });

  it('asks which was meant when a mark is neither the locale’s decimal nor its grouping', () => {
    const reading = readNumber('1.080', 'number', 'fr-FR');
    expect(reading).toEqual({ ok: false, reason: 'ambiguous', readings: [1080, 1.08] });
    if (reading.ok) return;
    expect(readingMessage(reading, 'number', '1.080', 'fr-FR')).toBe(
      'Is “1.080” 1080 or 1,08? Type the one you mean',
    );
    expect(readNumber('1,080', 'number', 'de-CH')).toMatchObject({ reason: 'ambiguous' });
  });

  it('shows how to write a number typed with an exponent', () => {
    const reading = readNumber('1e-5', 'number', 'en-US');
    expect(reading).toEqual({ ok: false, reason: 'exponent', value: 0.00001 });
    if (reading.ok) return;
    expect(readingMessage(reading, 'number', '1e-5', 'en-US')).toBe(
      'Write “1e-5” without an exponent, as 0.00001',
    );
    expect(readingMessage(reading, 'number', '1e-5', 'de-DE')).toBe(
      'Write “1e-5” without an exponent, as 0,00001',
    );
    expect(readNumber('2.5E3', 'amount', 'en-US')).toEqual({
      ok: false,
      reason: 'exponent',
      value: 2500,
    });
  });

  it('does not take money suffixes or symbols', () => {
    expect(readNumber('3k', 'number').ok).toBe(false);
    expect(readNumber('$3', 'number').ok).toBe(false);
  });

  it('says an empty field is empty', () => {
    expect(readNumber(' ', 'number')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reads back what formatNumberInput wrote, in every tested locale', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1e6, max: 1e6, noNaN: true })
          .filter((n) => n === 0 || Math.abs(n) > 1e-12),
        fc.constantFrom(...LOCALES),
        (n, locale) => {
          expect(plain(formatNumberInput(n, locale), locale)).toBe(n + 0);
        },
      ),
    );
  });

  it('reads back what Intl writes, grouping included, in every tested locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(...LOCALES),
        (units, decimals, locale) => {
          const n = units / 10 ** decimals;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(n);
          expect(plain(text, locale)).toBe(n);
        },
      ),
    );
  });
});

describe('readNumberList', () => {
  it('takes commas, spaces, semicolons or slashes between entries', () => {
    expect(readNumberList('25, 25, 25, 25', 'en-US')).toEqual([25, 25, 25, 25]);
    expect(readNumberList('5 15 40 40', 'en-US')).toEqual([5, 15, 40, 40]);
    expect(readNumberList('40/30/20/10', 'en-US')).toEqual([40, 30, 20, 10]);
    expect(readNumberList('33.33,33.33,33.34', 'en-US')).toEqual([33.33, 33.33, 33.34]);
  });

  it('keeps a decimal comma inside an entry where the comma is the decimal mark', () => {
    expect(readNumberList('33,33, 33,33, 33,34', 'de-DE')).toEqual([33.33, 33.33, 33.34]);
    expect(readNumberList('25; 25; 25; 25', 'de-DE')).toEqual([25, 25, 25, 25]);
  });

  it('gives null when an entry is not a number', () => {
    expect(readNumberList('25, x, 25', 'en-US')).toBeNull();
  });
});

describe('readingMessage', () => {
  it('names an example in the person’s own notation', () => {
    const invalid = { ok: false, reason: 'invalid' } as const;
    expect(readingMessage(invalid, 'amount', 'x', 'en-US')).toBe(
      'Enter an amount like 150,000 or 150k',
    );
    expect(readingMessage(invalid, 'amount', 'x', 'de-DE')).toBe(
      'Enter an amount like 150.000 or 150k',
    );
    expect(readingMessage(invalid, 'number', 'x', 'de-DE')).toBe('Enter a number like 3 or 2,5');
  });
});
