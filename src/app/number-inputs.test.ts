import { makeOffer, makeSettings } from '../testing/domain-factories';
import { offerFormSchemaFor } from '../features/offers/offer-form-schema';
import { applicableValues, toFormValues } from '../features/offers/offer-form-values';
import { readCriterionWeight } from '../features/weights/criterion-weights';
import { parseRate } from '../features/weights/rate-input';

/*
 * Every input that takes a number reads it the same way: the offer form's
 * exchange rate, the exchange rates under Weights › Advanced and the
 * criterion weights, in the person's own locale.
 */

const settings = makeSettings({ currency: 'USD' });
const offer = makeOffer({ currency: 'EUR' });

/** What the offer form saves as the exchange rate for `text`, or its message. */
const formRate = (text: string, locale: string) => {
  const opened = toFormValues(offer, settings, locale);
  const values = { ...opened, exchangeRate: text };
  const result = offerFormSchemaFor(locale).safeParse(
    applicableValues(values, opened, offer, 'USD', locale),
  );
  if (result.success) return result.data.exchangeRate;
  return result.error.issues.find((issue) => issue.path[0] === 'exchangeRate')?.message;
};

const value = (result: { ok: true; value: number } | { ok: false; message: string }) =>
  result.ok ? result.value : result.message;

describe.each([
  // locale, text, the number every input reads
  ['en-US', '1,080', 1080],
  ['en-US', '1.08', 1.08],
  ['en-US', '1.234,5', 1234.5],
  ['en-US', '−3', -3],
  ['de-DE', '1,080', 1.08],
  ['de-DE', '1.080', 1080],
  ['de-DE', '1.234,5', 1234.5],
  ['de-DE', '-3', -3],
  ['fr-FR', '1,080', 1.08],
  ['fr-FR', '1 234,5', 1234.5],
  ['fr-FR', '0,92', 0.92],
])('in %s, %j', (locale, text, expected) => {
  it('is read as the same number by the offer form and the exchange-rate field', () => {
    const rate = parseRate(text, locale);
    if (expected > 0) {
      expect(value(rate)).toBe(expected);
      expect(formRate(text, locale)).toBe(expected);
    } else {
      // Out of range for a rate: both refuse it, in words.
      expect(value(rate)).toBe('The rate must be ≥ 0.000001.');
      expect(formRate(text, locale)).toBe('must be ≥ 0.000001');
    }
  });

  it('is read as the same number by a criterion weight', () => {
    const weight = readCriterionWeight(text, locale);
    if (expected >= 0 && expected <= 100) expect(value(weight)).toBe(expected);
    else expect(weight.ok).toBe(false);
  });
});

describe('a mark that is neither the locale’s decimal nor its grouping', () => {
  it('is refused as ambiguous by every input, naming both readings', () => {
    const message = 'Is “1.080” 1080 or 1,08? Type the one you mean';
    expect(formRate('1.080', 'fr-FR')).toBe(message);
    expect(value(parseRate('1.080', 'fr-FR'))).toBe(`${message}.`);
    expect(value(readCriterionWeight('1.080', 'fr-FR'))).toBe(`${message}.`);
  });
});
