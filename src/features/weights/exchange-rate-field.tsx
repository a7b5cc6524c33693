import { useId, useState } from 'react';
import { currencyName } from './currencies';
import { useLocale } from '../../lib/locale';
import { formatRate, parseRate } from './rate-input';

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
  const [draft, setDraft] = useState(() => ({ text: formatRate(stored, locale), basedOn: stored }));
  // The rate changed elsewhere (another tab, an import, a new display currency):
  // show the new value unless the field already says the same number.
  if (draft.basedOn !== stored) {
    const parsed = parseRate(draft.text, locale);
    const text = parsed.ok && parsed.value === stored ? draft.text : formatRate(stored, locale);
    setDraft({ text, basedOn: stored });
  }
  const parsed = parseRate(draft.text, locale);
  const missing = stored === undefined && draft.text.trim() === '';
  const error = !parsed.ok && !missing ? parsed.message : null;

  return (
    <div className="rate-field">
      <div className="rate-line">
        <label htmlFor={id} id={`${id}-before`} className="rate-label">
          1 {currency} =
        </label>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="rate-input num"
          value={draft.text}
          aria-labelledby={`${id}-before ${id}-after`}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          onChange={(event) => {
            const text = event.currentTarget.value;
            const next = parseRate(text, locale);
            setDraft({ text, basedOn: next.ok ? next.value : stored });
            if (next.ok) onValid(next.value);
          }}
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
