import { Fragment, useId } from 'react';
import { get, useController, useFormContext, useWatch } from 'react-hook-form';
import { useLocale } from '../../lib/locale';
import { readNumber } from '../../lib/number-reader';
import { amountInWords } from './amount-words';
import type { OfferField } from '../../domain/fields/offer-fields';
import { errorText, type FieldName } from './form-fields';
import type { OfferFormInput } from './offer-form-schema';
import { fieldRows } from './row-readers';

export interface RowColumn {
  label: string;
  example: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** A choice instead of a text input; the first option is what an empty cell means. */
  options?: readonly { value: string; label: string }[];
  /** An amount of money: from a million up, echoed in words under the rows. */
  money?: boolean;
}

interface RowsFieldProps {
  field: OfferField;
  hint?: string;
  columns: readonly RowColumn[];
  /** What a row is called in its cells' labels and the errors: "Scenario", "Series". */
  rowName: string;
  /** Rows shown: at least `minRows`, one empty row past the last filled one, at most `maxRows`. */
  minRows: number;
  maxRows: number;
  className: string;
}

/** Each money cell from a million up, in words: "Scenario 2 company value at exit = $1 billion". */
const amountsInWords = (
  rows: readonly string[][],
  columns: readonly RowColumn[],
  rowName: string,
  currency: string,
  locale?: string,
): string[] =>
  rows.flatMap((row, r) =>
    columns.flatMap((column, c) => {
      const read = column.money ? readNumber(row[c] ?? '', 'amount', locale) : null;
      const said = read?.ok ? amountInWords(read.value, currency, locale) : null;
      return said ? [`${rowName} ${r + 1} ${column.label.toLowerCase()} ${said}`] : [];
    }),
  );

/**
 * A field of a few rows of cells (exit scenarios, the preference stack),
 * held by the form as one text that the schema reads row by row; an error
 * names its row, and the cells of that row are marked invalid.
 */
export function RowsField({
  field,
  hint,
  columns,
  rowName,
  minRows,
  maxRows,
  className,
}: RowsFieldProps) {
  const id = useId();
  const name = field.path as FieldName;
  const {
    formState: { errors },
  } = useFormContext<OfferFormInput>();
  const { field: control } = useController<OfferFormInput, FieldName>({ name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const rows = fieldRows(control.value);
  const filled = rows.findLastIndex((row) => row.some((cell) => cell.trim() !== '')) + 1;
  const shown = Math.min(maxRows, Math.max(minRows, filled + 1));
  const cell = (row: number, column: number) => rows[row]?.[column] ?? '';
  const write = (row: number, column: number, text: string) => {
    const next = Array.from({ length: Math.max(shown, rows.length) }, (_, r) =>
      columns.map((_, c) => (r === row && c === column ? text : cell(r, c))),
    );
    // Empty rows at the end are nothing: keep what was stored tidy (a choice alone fills no row).
    const empty = (r: string[]) => r.every((text, c) => columns[c]!.options || text.trim() === '');
    while (next.length > 0 && empty(next.at(-1)!)) next.pop();
    control.onChange(JSON.stringify(next));
  };
  const currency = useWatch<OfferFormInput, 'currency'>({ name: 'currency' });
  const words = amountsInWords(rows, columns, rowName, currency, useLocale());
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`field-wide rows-field ${className}`}
      aria-describedby={message ? `${errorId} ${hintId}` : hintId}
    >
      <legend className="field-label">{field.label}</legend>
      {message && (
        <p id={errorId} className="field-error">
          {errorText(field.label, message)}
        </p>
      )}
      <div className="rows-grid">
        {columns.map((column) => (
          <span key={column.label} className="rows-head" aria-hidden="true">
            {column.label}
          </span>
        ))}
        {Array.from({ length: shown }, (_, row) =>
          columns.map((column, c) => {
            const label = `${rowName} ${row + 1} ${column.label.toLowerCase()}`;
            const common = {
              'aria-invalid': message?.startsWith(`${rowName} ${row + 1}:`) ? true : undefined,
              ref: row === 0 && c === 0 ? control.ref : undefined,
              value: cell(row, c),
              onBlur: control.onBlur,
            };
            return (
              <label
                key={`${row}-${column.label}`}
                className={c === 0 ? 'rows-cell rows-cell-first' : 'rows-cell'}
              >
                <span className="rows-cell-label">{label}</span>
                {column.options ? (
                  <select {...common} onChange={(event) => write(row, c, event.target.value)}>
                    {column.options.map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    type="text"
                    autoComplete="off"
                    inputMode={column.inputMode}
                    maxLength={c === 0 ? 80 : undefined}
                    placeholder={row === 0 ? column.example : undefined}
                    onChange={(event) => write(row, c, event.target.value)}
                  />
                )}
              </label>
            );
          }),
        )}
      </div>
      <p id={hintId} className="field-hint">
        {words.map((line) => (
          <Fragment key={line}>
            {line}
            <br />
          </Fragment>
        ))}
        {hint}
      </p>
    </fieldset>
  );
}
