import type { $ZodErrorMap } from 'zod/v4/core';
import { migrate } from './migrations';
import { CURRENT_VERSION, FORMAT, documentSchema, type TradeoffDocument } from './schema';

export interface ParseError {
  /** Where the problem is, e.g. `offers[2].compensation.baseSalary` ('' for the whole document). */
  path: string;
  /** What is wrong, in words, e.g. `must be ≥ 0`. */
  message: string;
}

export type ParseResult =
  | { ok: true; document: TradeoffDocument; warnings: string[] }
  | {
      ok: false;
      errors: ParseError[];
      /** `newer-version`: valid-looking data from a later app; never overwrite it. */
      reason: 'invalid' | 'newer-version';
    };

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `['offers', 2, 'id']` → `offers[2].id`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');

export const describeError = ({ path, message }: ParseError) =>
  path === '' ? message : `${path}: ${message}`;

const bound = (inclusive: boolean | undefined, below: boolean, value: unknown) =>
  `must be ${below ? (inclusive ? '≥' : 'more than') : inclusive ? '≤' : 'less than'} ${String(value)}`;

/** Words for the issues no schema-level message covers. */
const errorMap: $ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'number') {
        return typeof issue.input === 'number' ? 'must be a finite number' : 'must be a number';
      }
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'string') return 'must be text';
      if (issue.expected === 'array') return 'must be a list';
      if (issue.expected === 'object' || issue.expected === 'record') return 'must be an object';
      return `must be of type ${issue.expected}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${issue.minimum} entries`;
      return bound(issue.inclusive, true, issue.minimum);
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `must have at most ${issue.maximum} entries`;
      return bound(issue.inclusive, false, issue.maximum);
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_key':
      return 'has an invalid key';
    default:
      return undefined;
  }
};

const fail = (path: string, message: string): ParseResult => ({
  ok: false,
  errors: [{ path, message }],
  reason: 'invalid',
});

/** An offer without a currency is in the document's display currency. */
const fillOfferCurrencies = (raw: Plain): Plain => {
  const settings = isPlainObject(raw.settings) ? raw.settings : {};
  const fallback = typeof settings.currency === 'string' ? settings.currency : 'USD';
  if (!Array.isArray(raw.offers)) return raw;
  return {
    ...raw,
    offers: raw.offers.map((offer: unknown) =>
      isPlainObject(offer) && offer.currency === undefined
        ? { ...offer, currency: fallback }
        : offer,
    ),
  };
};

/** How a warning about an unknown field starts; the field's path follows. */
export const UNKNOWN_FIELD = 'Unknown field dropped: ';

/** Keys present in the input that the schema did not keep: unknown fields. */
const droppedKeys = (input: unknown, output: unknown, path: string, found: string[]) => {
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, i) => droppedKeys(item, output[i], `${path}[${i}]`, found));
  } else if (isPlainObject(input) && isPlainObject(output)) {
    for (const key of Object.keys(input)) {
      const child = path === '' ? key : `${path}.${key}`;
      if (Object.hasOwn(output, key)) droppedKeys(input[key], output[key], child, found);
      else found.push(child);
    }
  }
};

const parseUnsafe = (input: unknown): ParseResult => {
  if (!isPlainObject(input)) return fail('', 'is not a Tradeoff document (expected a JSON object)');
  if (input.format !== FORMAT) {
    return fail('format', `must be "${FORMAT}"; this is not a Tradeoff document`);
  }
  const { version } = input;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('version', 'must be a whole number, 1 or more');
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      errors: [
        {
          path: 'version',
          message: `this data comes from a newer version of Tradeoff (format version ${version}); this app reads up to version ${CURRENT_VERSION}`,
        },
      ],
    };
  }

  const prepared = fillOfferCurrencies(migrate(input, version));
  const result = documentSchema().safeParse(prepared, { error: errorMap });
  if (!result.success) {
    return {
      ok: false,
      reason: 'invalid',
      errors: result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const dropped: string[] = [];
  droppedKeys(prepared, result.data, '', dropped);
  return {
    ok: true,
    document: result.data,
    warnings: dropped.map((path) => `${UNKNOWN_FIELD}${path}`),
  };
};

/**
 * Reads a document from storage or a file: checks format and version,
 * migrates older versions, then validates. Never throws, whatever the input.
 */
export const parseDocument = (input: unknown): ParseResult => {
  try {
    return parseUnsafe(input);
  } catch (error) {
    return fail(
      '',
      `could not be read (${error instanceof Error ? error.message : 'unknown error'})`,
    );
  }
};
