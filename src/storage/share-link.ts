import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ParseError, TradeoffDocument } from '../domain';
import { parseDocumentText } from './document-text';
import { SHARE_FRAGMENT_PREFIX as PREFIX, hasSharedData } from './share-fragment';

/** Longer links break in chat apps and some browsers; such data belongs in a file. */
export const MAX_SHARE_LINK_LENGTH = 100_000;

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
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
  } catch {
    text = null;
  }
  if (!text) return broken('This link is damaged: its data could not be unpacked.');
  const reading = parseDocumentText(text);
  if (!reading.ok) {
    return reading.notJson
      ? broken('This link is damaged: its data is not valid JSON.')
      : { kind: 'error', errors: reading.errors };
  }
  return { kind: 'ok', document: reading.document, warnings: reading.warnings };
};
