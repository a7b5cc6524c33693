import { parseDocument, type ParseError } from '../domain/document/parse';
import { type TradeoffDocument } from '../domain/document/schema';

/**
 * What the document key holds. The versioned document sits untouched under
 * `document`, so the stored value is still plainly a Tradeoff document; the
 * envelope adds what only storage needs: a revision that grows with every
 * save (tabs never write an older document over a newer one) and the time.
 */
export interface StoredEnvelope {
  revision: number;
  savedAt: string;
  /**
   * The stored values this save grew from, newest first (their
   * `valueIdentity`, at most BASED_ON_LENGTH), so that another tab can find
   * the newest one its own work also grew from: the base of a three-way
   * merge. Absent in values saved before tabs merged, and in files.
   */
  basedOn?: string[];
  document: TradeoffDocument;
}

export type StoredReading =
  | { kind: 'empty' }
  | {
      kind: 'ok';
      document: TradeoffDocument;
      revision: number;
      savedAt?: string;
      basedOn?: string[];
      warnings: string[];
    }
  /** Data from a later Tradeoff: never overwrite it, never half-read it. */
  | { kind: 'newer-version'; raw: string; message: string }
  /** Not JSON, not ours, or invalid: keep it as a backup before any write. */
  | { kind: 'unreadable'; raw: string; errors: ParseError[] };

type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many ancestors a stored value names: enough for tabs that fall a few saves behind. */
export const BASED_ON_LENGTH = 16;

const isIdentityList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * An envelope is an object with a `document` and no `format` of its own; a
 * document saved before envelopes existed (or an exported file) has `format`
 * at the top and is read as revision 0.
 */
export const unwrapEnvelope = (
  value: unknown,
):
  | { document: unknown; revision: number; savedAt?: string; basedOn?: string[] }
  | { error: ParseError } => {
  if (!isPlainObject(value) || Object.hasOwn(value, 'format') || !Object.hasOwn(value, 'document'))
    return { document: value, revision: 0 };
  const { revision } = value;
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
    return { error: { path: 'revision', message: 'must be a whole number, 0 or more' } };
  // Hints for the app, not data: a value of another type is no reason to call the data unreadable.
  const { savedAt, basedOn } = value;
  return {
    document: value.document,
    revision,
    ...(typeof savedAt === 'string' ? { savedAt } : {}),
    ...(isIdentityList(basedOn) ? { basedOn: basedOn.slice(0, BASED_ON_LENGTH) } : {}),
  };
};

/** Reads the raw stored string. Pure: never throws, never writes. */
export const readStoredValue = (raw: string | null): StoredReading => {
  if (raw === null) return { kind: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw, errors: [{ path: '', message: 'is not valid JSON' }] };
  }
  const unwrapped = unwrapEnvelope(value);
  if ('error' in unwrapped) return { kind: 'unreadable', raw, errors: [unwrapped.error] };
  const result = parseDocument(unwrapped.document);
  if (result.ok) {
    return {
      kind: 'ok',
      document: result.document,
      revision: unwrapped.revision,
      ...(unwrapped.savedAt === undefined ? {} : { savedAt: unwrapped.savedAt }),
      ...(unwrapped.basedOn === undefined ? {} : { basedOn: unwrapped.basedOn }),
      warnings: result.warnings,
    };
  }
  if (result.reason === 'newer-version') {
    return { kind: 'newer-version', raw, message: result.errors[0]?.message ?? '' };
  }
  return { kind: 'unreadable', raw, errors: result.errors };
};

/**
 * Revisions count 1, 2, 3, … up to the largest integer a number holds
 * exactly (2^53 − 1), then start again at 1: a revision one past it would not
 * read back (`revision` must be a safe integer), and the stored data would be
 * "unreadable" on the next load.
 */
export const nextRevision = (revision: number): number =>
  revision >= Number.MAX_SAFE_INTEGER || revision < 0 ? 1 : revision + 1;

const HALF_RANGE = 2 ** 52;

/**
 * Whether revision `a` was written after `b`, counting across the wrap: of
 * two revisions, the one less than half the range ahead is the newer (serial
 * number arithmetic, as in RFC 1982). Exact: both are safe integers.
 */
export const isNewerRevision = (a: number, b: number): boolean => {
  const ahead = a - b;
  if (ahead === 0) return false;
  return Math.abs(ahead) < HALF_RANGE ? ahead > 0 : ahead < 0;
};

/** The string stored under the document key. Compact: storage space is scarce. */
export const serializeEnvelope = (envelope: StoredEnvelope): string =>
  JSON.stringify({
    revision: envelope.revision,
    savedAt: envelope.savedAt,
    basedOn: envelope.basedOn,
    document: envelope.document,
  });
