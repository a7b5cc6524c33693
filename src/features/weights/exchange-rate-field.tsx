import { useId } from 'react';
import { currencyName } from './currencies';
import { useLocale } from '../../lib/locale';
import { formatRate, parseRate } from './rate-input';
import { useNumberDraft } from './use-number-draft';

interface ExchangeRateFieldProps {
  currency: string;
  display: string;
  stored: number | undefined;
  onValid: (rate: number) => void;
}

/**
 * "1 EUR = [1.08] USD". What is typed stays in the field while it is invalid
 * (with a message in words); only a valid rate reaches the document.
 */
export function ExchangeRateField({ currency, display, stored, onValid }: ExchangeRateFieldProps) {
  const id = useId();
  const locale = useLocale();
  const { text, reading, input } = useNumberDraft(
    stored,
    (typed) => parseRate(typed, locale),
    (rate) => formatRate(rate, locale),
    onValid,
  );
  const missing = stored === undefined && text.trim() === '';
  const error = !reading.ok && !missing ? reading.message : null;

  return (
    <div className="rate-field">
      <div className="rate-line">
        <label htmlFor={id} id={`${id}-before`} className="rate-label">
          1 {currency} =
        </label>
        <input
          id={id}
          className="rate-input num"
          aria-labelledby={`${id}-before ${id}-after`}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          {...input}
        />
        <span id={`${id}-after`} className="rate-label">
          {display}
        </span>
      </div>
      <p id={`${id}-msg`} className={error || missing ? 'field-error' : 'field-hint'}>
        {error ??
          (missing
            ? `Missing: offers in ${currency} are not ranked until you enter this rate.`
            : `How many ${currencyName(display)} one ${currencyName(currency)} buys.`)}
      </p>
    </div>
  );
}
