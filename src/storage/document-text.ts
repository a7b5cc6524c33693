import { parseDocument, type ParseError } from '../domain/document/parse';
import { type TradeoffDocument } from '../domain/document/schema';
import { unwrapEnvelope } from './envelope';
import { checkJsonShape } from './json-shape';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type DocumentReading =
  | { ok: true; document: TradeoffDocument; warnings: string[] }
  /** `notJson`: the text is not JSON at all, so the errors say nothing about paths. */
  | { ok: false; errors: ParseError[]; notJson?: true };

const failure = (message: string): Extract<DocumentReading, { ok: false }> => ({
  ok: false,
  errors: [{ path: '', message }],
});

/**
 * Text of an exported file (or of a share link) to a document, through the
 * same parse → migrate → validate pipeline as storage. A UTF-8 byte-order
 * mark is fine; so is a stored envelope (a downloaded backup). Never throws,
 * and never takes long: see JSON_SHAPE_LIMITS.
 */
export const parseDocumentText = (text: string): DocumentReading => {
  // Before parsing: text far bigger than any document would block the page while it is read.
  const shape = checkJsonShape(text);
  if (shape) return failure(shape);
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ...failure('The file is not valid JSON.'), notJson: true };
  }
  const unwrapped = unwrapEnvelope(value);
  if ('error' in unwrapped) return { ok: false, errors: [unwrapped.error] };
  const result = parseDocument(unwrapped.document);
  return result.ok
    ? { ok: true, document: result.document, warnings: result.warnings }
    : { ok: false, errors: result.errors };
};

/** A first line of comma-separated headers, like the CSV export's. */
const looksLikeCsv = (text: string) => /^\uFEFF?[^{[\n]*,[^\n]*\r?\n/.test(text);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Reads a chosen file: at most 5 MB of UTF-8 JSON. Never throws. */
export const readDocumentFile = async (file: Blob): Promise<DocumentReading> => {
  if (file.size > MAX_IMPORT_BYTES) {
    return failure(`The file is ${megabytes(file.size)}; Tradeoff imports files up to 5 MB.`);
  }
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 are refused instead of becoming "�" in a company name.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return failure('The file could not be read as UTF-8 text.');
  }
  const reading = parseDocumentText(text);
  // A spreadsheet (Export CSV, or one of the person's own) is the likeliest wrong file: say so.
  const name = 'name' in file && typeof file.name === 'string' ? file.name : '';
  if (!reading.ok && reading.notJson && (/\.csv$/i.test(name) || looksLikeCsv(text))) {
    return {
      ...failure(
        'This looks like a CSV file. Tradeoff imports the JSON file that Export JSON saves; the CSV export is for spreadsheets and cannot be read back.',
      ),
      notJson: true,
    };
  }
  return reading;
};
