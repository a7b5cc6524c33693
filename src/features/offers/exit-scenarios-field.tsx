import { useId } from 'react';
import { get, useController, useFormContext } from 'react-hook-form';
import type { OfferField } from '../../domain/fields/offer-fields';
import { errorText, type FieldName } from './form-fields';
import { exitRows, type OfferFormInput } from './offer-form-schema';

const ROWS = 3;
const COLUMNS = [
  { label: 'Name', example: 'e.g. fails, modest, big', inputMode: 'text' },
  { label: 'Company value at exit', example: 'e.g. 500m', inputMode: 'decimal' },
  { label: 'Year of exit', example: '1 to 10', inputMode: 'numeric' },
  { label: 'Chance (%)', example: '0 to 100', inputMode: 'decimal' },
] as const;

/**
 * Up to three exit scenarios, one row each (name, value at exit, year,
 * chance), held by the form as one value that the schema reads row by row;
 * an error names its row.
 */
export function ExitScenariosField({ field, hint }: { field: OfferField; hint?: string }) {
  const id = useId();
  const name = field.path as FieldName;
  const {
    formState: { errors },
  } = useFormContext<OfferFormInput>();
  const { field: control } = useController<OfferFormInput, FieldName>({ name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const rows = exitRows(control.value);
  const cell = (row: number, column: number) => rows[row]?.[column] ?? '';
  const write = (row: number, column: number, text: string) => {
    const next = Array.from({ length: ROWS }, (_, r) =>
      COLUMNS.map((_, c) => (r === row && c === column ? text : cell(r, c))),
    );
    // Empty rows at the end are no scenarios: keep what was stored tidy.
    while (next.length > 0 && next.at(-1)!.every((text) => text.trim() === '')) next.pop();
    control.onChange(JSON.stringify(next));
  };
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="field-wide exit-scenarios"
      aria-describedby={message ? `${errorId} ${hintId}` : hintId}
    >
      <legend className="field-label">{field.label}</legend>
      {message && (
        <p id={errorId} className="field-error">
          {errorText(field.label, message)}
        </p>
      )}
      <div className="exit-grid">
        {COLUMNS.map((column) => (
          <span key={column.label} className="exit-head" aria-hidden="true">
            {column.label}
          </span>
        ))}
        {Array.from({ length: ROWS }, (_, row) =>
          COLUMNS.map((column, c) => (
            <label key={`${row}-${column.label}`} className="exit-cell">
              <span className="visually-hidden">
                Scenario {row + 1} {column.label.toLowerCase()}
              </span>
              <input
                type="text"
                autoComplete="off"
                inputMode={column.inputMode}
                maxLength={c === 0 ? 80 : undefined}
                placeholder={row === 0 ? column.example : undefined}
                aria-invalid={message?.startsWith(`Scenario ${row + 1}:`) ? true : undefined}
                ref={row === 0 && c === 0 ? control.ref : undefined}
                value={cell(row, c)}
                onChange={(event) => write(row, c, event.target.value)}
                onBlur={control.onBlur}
              />
            </label>
          )),
        )}
      </div>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
    </fieldset>
  );
}
