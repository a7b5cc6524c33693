/**
 * Every localStorage key Tradeoff uses, in one place.
 *
 * `document` holds the envelope
 * `{"revision":N,"savedAt":"…","basedOn":["…"],"document":{"format":"tradeoff","version":N,…}}`
 * (see envelope.ts; `basedOn` names the stored values the save grew from, for tabs to merge). `backup` receives a stored value that could not be read,
 * or that lost unknown fields when it was read, before anything overwrites
 * it; when it already holds a different backup,
 * the new one goes to `backup + ':' + <milliseconds since 1970>` instead.
 */
export const STORAGE_KEYS = {
  document: 'tradeoff:document',
  backup: 'tradeoff:document-backup',
  theme: 'tradeoff:theme',
} as const;
