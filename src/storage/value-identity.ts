import type { TradeoffDocument } from '../domain/document/schema';

/**
 * A short name for a stored value: a 53-bit hash of its text (cyrb53), or
 * `empty` when nothing is stored. Every tab computes the same name for the
 * same value, so a save can say which value it started from (`basedOn`)
 * without any id being handed out.
 */
export const valueIdentity = (raw: string | null): string => {
  if (raw === null) return 'empty';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** How many recent stored documents a tab remembers as possible bases for a merge. */
const REMEMBERED = 32;

/**
 * The documents this tab read or wrote lately, by value identity: when
 * another tab's save says which value it started from, this finds the
 * common base of the two tabs' work.
 */
export const createDocumentHistory = () => {
  const documents = new Map<string, TradeoffDocument>();
  return {
    add(identity: string, document: TradeoffDocument) {
      documents.delete(identity);
      documents.set(identity, document);
      if (documents.size > REMEMBERED) documents.delete(documents.keys().next().value!);
    },
    get: (identity: string) => documents.get(identity) ?? null,
  };
};
