import { fieldBounds, fieldDefault, fieldSchema, type Bounds } from './offer-field-schema';
import { OFFER_FIELDS, fieldUnit, type OfferField } from './offer-fields';
import { TAX_PLACE_OPTIONS } from '../tax/places';

/*
 * The table of offer fields in docs/data-format.md, written from the
 * registry and the schema so the documentation cannot drift from the code
 * (a test compares the two).
 */

const number = (value: number) =>
  Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'e') : String(value);

const range = ({ min, max, whole }: Bounds): string => {
  const parts = [
    min && `${min.inclusive ? '≥' : '>'} ${number(min.value)}`,
    max && `${max.inclusive ? '≤' : '<'} ${number(max.value)}`,
  ].filter(Boolean);
  return `${whole ? 'whole number ' : ''}${parts.join(' and ')}`.trim();
};

interface LengthCheck {
  _zod: { def: { check: string; maximum?: number; minimum?: number } };
}
const lengths = (field: OfferField) => {
  const def = fieldSchema(field)._zod.def as unknown as { checks?: LengthCheck[] };
  const found: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const { check: kind, minimum, maximum } = check._zod.def;
    if (kind === 'min_length') found.min = minimum;
    if (kind === 'max_length') found.max = maximum;
  }
  return found;
};

const allowed = (field: OfferField): string => {
  switch (field.kind) {
    case 'text':
    case 'longText': {
      const { min, max } = lengths(field);
      return `${min ? 'required, ' : ''}up to ${max} characters`;
    }
    case 'choice':
      return [...(field.options ?? []), ...(field.path === 'tax.place' ? TAX_PLACE_OPTIONS : [])]
        .filter((o) => o.value !== '')
        .map((o) => `\`${o.value}\``)
        .join(', ');
    case 'currency':
      return 'three-letter ISO 4217 code';
    case 'date':
      return 'ISO date (`2026-12-10`) or `null`';
    case 'schedule': {
      const { min, max } = lengths(field);
      return `${min}–${max} yearly percentages, each 0–100, adding up to 100 (±0.01)`;
    }
    case 'exits':
      return 'up to 3 of `{ label, value, year (1–10), pct, kind }`, the `pct` adding up to at most 100, `kind` `acquisition` or `ipo`';
    case 'series':
      return 'up to 6 of `{ name, invested, price, shares (or `null`: invested / price), multiple (1–3), participation (`none`, `full`, `capped`), capMultiple (1–10, at least the multiple) }`';
    default: {
      const text = range(fieldBounds(field));
      return field.optional ? `${text}, or \`null\` (${field.optional.none.toLowerCase()})` : text;
    }
  }
};

const defaultText = (field: OfferField): string => {
  const value = fieldDefault(field);
  if (value === undefined) return field.path === 'currency' ? 'the settings currency' : 'required';
  return `\`${JSON.stringify(value)}\``;
};

/** The Markdown table of every offer field: path, label, kind, allowed values, default. */
export const offerFieldsTable = (): string =>
  [
    '| field | label in the app | kind | allowed values | default |',
    '| --- | --- | --- | --- | --- |',
    ...OFFER_FIELDS.map(
      (field) =>
        `| \`${field.path}\` | ${field.label} | ${field.kind}${fieldUnit(field) ? ` (${fieldUnit(field)})` : ''} | ${allowed(field)} | ${defaultText(field)} |`,
    ),
  ].join('\n');
