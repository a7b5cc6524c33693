import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../lib/number-reader';
import { amountInWords } from './amount-words';

describe('a large amount in words', () => {
  it('says millions and billions in words, with the currency', () => {
    expect(amountInWords(1e9, 'USD', 'en-US')).toBe('= $1 billion');
    expect(amountInWords(2.5e6, 'USD', 'en-US')).toBe('= $2.5 million');
    expect(amountInWords(1.2e9, 'EUR', 'de-DE')?.replace(/\s/g, ' ')).toBe('= 1,2 Milliarden €');
    expect(amountInWords(999_999, 'USD', 'en-US')).toBeNull();
  });

  it('reads back, by the one number reader, within the rounding of its two decimals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 9.99e11, noNaN: true }),
        fc.constantFrom('en-US', 'en-GB', 'de-DE', 'fr-FR'),
        fc.constantFrom('USD', 'EUR', 'GBP'),
        (amount, locale, currency) => {
          const words = amountInWords(amount, currency, locale)!;
          const read = readNumber(words.replace(/^= /, ''), 'amount', locale);
          expect(read.ok).toBe(true);
          if (read.ok) expect(Math.abs(read.value - amount) / amount).toBeLessThan(0.01);
        },
      ),
    );
  });
});
