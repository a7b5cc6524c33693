import { compressToEncodedURIComponent } from 'lz-string';
import type { ParseError } from '../domain/document/parse';
import type { TradeoffDocument } from '../domain/document/schema';
import { MAX_IMPORT_BYTES, parseDocumentText } from './document-text';
import { decompressUriComponent } from './lz-decompress';
import { SHARE_FRAGMENT_PREFIX as PREFIX, hasSharedData } from './share-fragment';

/** Longer links break in chat apps and some browsers; such data belongs in a file. */
export const MAX_SHARE_LINK_LENGTH = 100_000;

/** A link's data may unpack to as much as a file may hold (one character is at least one byte). */
export const MAX_IMPORT_CHARACTERS = MAX_IMPORT_BYTES;

export type ShareLinkResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * A link that carries the whole document in its fragment (`#data=…`). The
 * fragment never reaches a server: the data stays between the two people.
 */
export const createShareLink = (document: TradeoffDocument, pageUrl: string): ShareLinkResult => {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  const url = `${base}${PREFIX}${compressToEncodedURIComponent(JSON.stringify(document))}`;
  if (url.length > MAX_SHARE_LINK_LENGTH) {
    return {
      ok: false,
      message: `These offers are too many for a link (${url.length.toLocaleString('en-US')} characters; the limit is ${MAX_SHARE_LINK_LENGTH.toLocaleString('en-US')}). Use Export JSON and send the file instead.`,
    };
  }
  return { ok: true, url };
};

export type SharedData =
  | { kind: 'none' }
  | { kind: 'ok'; document: TradeoffDocument; warnings: string[] }
  | { kind: 'error'; errors: ParseError[] };

const broken = (message: string): SharedData => ({
  kind: 'error',
  errors: [{ path: '', message }],
});

/** Reads `location.hash`. Never throws; a damaged or foreign link is an error, not a crash. */
export const readSharedData = (hash: string): SharedData => {
  if (!hasSharedData(hash)) return { kind: 'none' };
  if (hash.length > MAX_SHARE_LINK_LENGTH) {
    return broken('This link is too long to be a Tradeoff link.');
  }
  // Unpacking stops at the import limit: a small link can hold a "zip bomb" of hundreds of megabytes.
  const unpacked = decompressUriComponent(hash.slice(PREFIX.length), MAX_IMPORT_CHARACTERS);
  if (!unpacked.ok && unpacked.reason === 'too-long') {
    return broken(
      'This link unpacks to more than 5 MB of data, more than Tradeoff imports; it was not read.',
    );
  }
  if (!unpacked.ok || unpacked.text === '') {
    return broken('This link is damaged: its data could not be unpacked.');
  }
  const text = unpacked.text;
  const reading = parseDocumentText(text);
  if (!reading.ok) {
    return reading.notJson
      ? broken('This link is damaged: its data is not valid JSON.')
      : { kind: 'error', errors: reading.errors };
  }
  return { kind: 'ok', document: reading.document, warnings: reading.warnings };
};
