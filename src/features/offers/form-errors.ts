import { get, set, type FieldErrors } from 'react-hook-form';
import { OFFER_FIELDS, offerField } from '../../domain/fields/offer-fields';

/*
 * The form's errors, each next to a field a person can see. The schema checks
 * nested values too (one exit scenario's value, say), at paths no input
 * holds: such an error is moved to the field that holds the value, in words
 * that say which row and which part.
 */

/** Fields of the form that are no offer field. */
const FORM_ONLY = ['exchangeRate'];
const FIELD_PATHS = [...OFFER_FIELDS.map((field) => field.path), ...FORM_ONLY];

/** How a row of a list field is named, by the field's last key, and each part of a row. */
const ROW_WORDS: Record<string, { row: string; parts: Record<string, string> }> = {
  exits: {
    row: 'Scenario',
    parts: {
      label: 'the name',
      value: 'the company value at exit',
      year: 'the year of exit',
      pct: 'the chance',
    },
  },
};

interface Leaf {
  path: string;
  type: string;
  message: string;
}

const leaves = (errors: FieldErrors): Leaf[] => {
  const found: Leaf[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (!node || typeof node !== 'object') return;
    const error = node as { message?: unknown; type?: unknown };
    if (typeof error.message === 'string' && error.message) {
      found.push({ path: prefix, type: String(error.type ?? 'invalid'), message: error.message });
      return;
    }
    for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  walk(errors, '');
  return found;
};

/** "Scenario 1: the company value at exit must be less than …" for a nested path under `owner`. */
const nestedMessage = (owner: string, rest: string, message: string): string => {
  const [index, part = ''] = rest.split('.');
  const words = ROW_WORDS[owner.split('.').at(-1) ?? ''];
  const row = `${words?.row ?? 'Row'} ${Number(index) + 1}`;
  return `${row}: ${words?.parts[part] ?? part} ${message}`.replace(/\s+/g, ' ').trim();
};

/**
 * `errors` with every error on a path no input holds moved to the field
 * that holds it (the first such error of a field wins), in words.
 */
export const liftToFields = (errors: FieldErrors): FieldErrors => {
  const lifted: FieldErrors = {};
  for (const { path, type, message } of leaves(errors)) {
    if (FIELD_PATHS.includes(path)) {
      if (!get(lifted, path)) set(lifted, path, { type, message });
      continue;
    }
    const owner = FIELD_PATHS.filter((field) => path.startsWith(`${field}.`)).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (owner === undefined) continue;
    if (!get(lifted, owner)) {
      set(lifted, owner, {
        type,
        message: nestedMessage(owner, path.slice(owner.length + 1), message),
      });
    }
  }
  return lifted;
};

/** The paths of the fields with an error, in the order the form shows them. */
export const errorPaths = (errors: FieldErrors): string[] =>
  leaves(errors)
    .map(({ path }) => path)
    .filter((path, i, all) => all.indexOf(path) === i)
    .sort((a, b) => FIELD_PATHS.indexOf(a) - FIELD_PATHS.indexOf(b));

export const fieldLabel = (path: string) =>
  path === 'exchangeRate' ? 'Exchange rate' : (offerField(path)?.label ?? path);
