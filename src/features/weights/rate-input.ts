import { exchangeRateSchema } from '../../domain/document/schema';
import { formatNumberInput } from '../../lib/number-reader';
import { readChecked, type Checked } from '../../lib/read-checked';

/**
 * Reads what a person typed into an exchange-rate field, as the offer form
 * reads it. Only a value the document schema accepts is ever written;
 * everything else gets a message in words.
 */
export const parseRate = (text: string, locale?: string): Checked => {
  const example = formatNumberInput(1.08, locale);
  return readChecked(text, {
    kind: 'number',
    schema: exchangeRateSchema(),
    subject: 'The rate',
    locale,
    empty: `Enter a rate, for example ${example}`,
    invalid: `Enter a number, for example ${example}`,
  });
};

/** A stored rate as the field shows it: up to 6 significant digits, no trailing zeros. */
export const formatRate = (rate: number | undefined, locale?: string): string =>
  rate === undefined ? '' : formatNumberInput(Number(rate.toPrecision(6)), locale);
