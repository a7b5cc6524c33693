import { useId, type ReactNode } from 'react';
import {
  get,
  useController,
  useFormContext,
  useWatch,
  type FieldPathByValue,
} from 'react-hook-form';
import { formatCountInput, formatMoneyInput, readNumber } from '../../lib/number-reader';
import { useLocale } from '../../lib/locale';
import { amountInWords } from './amount-words';
import type { OfferFormInput } from './offer-form-schema';

/** Every field of the form holds text (numbers are read by the schema). */
export type FieldName = FieldPathByValue<OfferFormInput, string>;

/**
 * Domain messages are predicates ("must be ≥ 0", "is required") written to
 * follow a name; the form's own messages are sentences ("Enter an amount").
 */
export const errorText = (label: string, message: string) =>
  /^[a-z]/.test(message) ? `${label} ${message}` : message;

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

interface FieldShellProps {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  /** An "Is that right?" about a figure that reads but is unusual; never blocks a save. */
  warning?: string | null;
  wide?: boolean;
  children: (control: {
    id: string;
    invalid: true | undefined;
    describedBy: string | undefined;
  }) => ReactNode;
}

/** Label, control, error and hint, wired for screen readers (aria-invalid, aria-describedby). */
function FieldShell({ name, label, hint, warning, wide, children }: FieldShellProps) {
  const id = useId();
  const {
    formState: { errors },
  } = useFormContext<OfferFormInput>();
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  const warningId = warning && !message ? `${id}-warning` : undefined;
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        invalid: message ? true : undefined,
        describedBy: describedBy(errorId, warningId, hintId),
      })}
      {message && (
        <p id={errorId} className="field-error">
          {errorText(label, message)}
        </p>
      )}
      {warningId && (
        <p id={warningId} className="field-warning">
          {warning}
        </p>
      )}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  warning?: string | null;
  wide?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
  /** Rewrites what was typed into its tidy form when the field is left. */
  tidy?: (text: string) => string | null;
}

export function TextField({
  name,
  label,
  hint,
  warning,
  wide,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  tidy,
}: TextFieldProps) {
  const { register, setValue } = useFormContext<OfferFormInput>();
  const field = register(name);
  return (
    <FieldShell name={name} label={label} hint={hint} warning={warning} wide={wide}>
      {(control) => (
        <input
          id={control.id}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          aria-invalid={control.invalid}
          aria-describedby={control.describedBy}
          {...field}
          onBlur={(event) => {
            const tidied = tidy?.(event.target.value);
            if (tidied != null && tidied !== event.target.value) setValue(name, tidied);
            return field.onBlur(event);
          }}
        />
      )}
    </FieldShell>
  );
}

/** An amount in the offer's currency: takes "150k" or "150,000", shows "$150,000" once left. */
export function MoneyField(props: Omit<TextFieldProps, 'tidy' | 'inputMode' | 'type'>) {
  const currency = useWatch<OfferFormInput, 'currency'>({ name: 'currency' });
  const typed = useWatch<OfferFormInput>({ name: props.name });
  const locale = useLocale();
  const tidy = (text: string) => {
    const amount = readNumber(text, 'amount', locale);
    return amount.ok ? formatMoneyInput(amount.value, currency, locale) : null;
  };
  // A large amount also in words, so a wrong order of magnitude shows in a narrow field.
  const read = readNumber(typeof typed === 'string' ? typed : '', 'amount', locale);
  const words = read.ok ? amountInWords(read.value, currency, locale) : null;
  const hint = words ? (
    <>
      {words}
      {props.hint && <br />}
      {props.hint}
    </>
  ) : (
    props.hint
  );
  return <TextField {...props} hint={hint} tidy={tidy} />;
}

/** A count of shares or options: takes "10k", shows "10,000" once left. */
export function CountField(props: Omit<TextFieldProps, 'tidy' | 'inputMode' | 'type'>) {
  const locale = useLocale();
  const tidy = (text: string) => {
    const count = readNumber(text, 'amount', locale);
    return count.ok ? formatCountInput(count.value, locale) : null;
  };
  return <TextField {...props} tidy={tidy} />;
}

/** A number typed as text, so "3,5" and "-2" are read by the form and never become NaN. */
export function NumberField(props: Omit<TextFieldProps, 'tidy' | 'inputMode' | 'type'>) {
  return <TextField {...props} inputMode="decimal" />;
}

interface SelectFieldProps {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  onChange?: (value: string) => void;
}

export function SelectField({ name, label, hint, options, onChange }: SelectFieldProps) {
  const { register } = useFormContext<OfferFormInput>();
  const field = register(name, { onChange: (event) => onChange?.(String(event.target.value)) });
  return (
    <FieldShell name={name} label={label} hint={hint}>
      {(control) => (
        <select
          id={control.id}
          aria-invalid={control.invalid}
          aria-describedby={control.describedBy}
          {...field}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
}: {
  name: FieldName;
  label: string;
  hint?: string;
}) {
  const { register } = useFormContext<OfferFormInput>();
  return (
    <FieldShell name={name} label={label} hint={hint} wide>
      {(control) => (
        <textarea
          id={control.id}
          rows={3}
          aria-invalid={control.invalid}
          aria-describedby={control.describedBy}
          {...register(name)}
        />
      )}
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  name: FieldName;
  label: string;
  hint?: ReactNode;
  onChange?: (checked: boolean) => void;
  /** Shown under the box, e.g. a question the tick raises. */
  children?: ReactNode;
}

/** A yes-or-no field, held as the text "true" or "false" like every field of the form. */
export function CheckboxField({ name, label, hint, onChange, children }: CheckboxFieldProps) {
  const id = useId();
  const {
    field: { value, onChange: setText, onBlur, ref },
  } = useController<OfferFormInput, FieldName>({ name });
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field field-wide field-checkbox">
      <div className="checkbox-row">
        <input
          id={id}
          type="checkbox"
          name={name}
          ref={ref}
          checked={value === 'true'}
          aria-describedby={hintId}
          onBlur={onBlur}
          onChange={(event) => {
            setText(event.target.checked ? 'true' : 'false');
            onChange?.(event.target.checked);
          }}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children}
    </div>
  );
}
