import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';

const WORDS = ['poor', 'weak', 'fair', 'good', 'excellent'] as const;

interface RatingFieldProps {
  name: FieldName;
  label: string;
  /** What a 1 means for this criterion, e.g. "little to learn". */
  low: string;
  /** What a 5 means, e.g. "learn every day". */
  high: string;
}

/**
 * "Not rated" and five labelled choices in a radio group named after the
 * criterion; each rating's name starts with its number ("4 – good") so it can
 * be picked by number, and the hint says what the ends of the scale mean
 * here. A new offer starts not rated: the scores leave the criterion out
 * until the person rates it, never a silent 3.
 */
export function RatingField({ name, label, low, high }: RatingFieldProps) {
  const id = useId();
  const { register } = useFormContext<OfferFormInput>();
  return (
    <div className="field rating-field">
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
        className="rating-scale"
      >
        <label className="rating-choice rating-choice-none">
          <input type="radio" value="" aria-label="Not rated" {...register(name)} />
          <span className="rating-word" aria-hidden="true">
            Not rated
          </span>
        </label>
        {WORDS.map((word, index) => {
          const value = String(index + 1);
          return (
            <label key={value} className="rating-choice">
              <input
                type="radio"
                value={value}
                aria-label={`${value} – ${word}`}
                {...register(name)}
              />
              <span className="rating-number" aria-hidden="true">
                {value}
              </span>
              <span className="rating-word" aria-hidden="true">
                {word}
              </span>
            </label>
          );
        })}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        1 = {low} · 5 = {high}
      </p>
    </div>
  );
}
