/*
 * What people type (a company, a role) sits inside the app's own sentences.
 * Unicode isolates keep its direction to itself: a name holding a
 * right-to-left override (U+202E) or written in Arabic or Hebrew can no
 * longer reverse or reorder the words around it. `isolate` is the plain-text
 * form of <bdi>; `<Isolated>` (src/components) turns the marks back into
 * <bdi> elements when a sentence is rendered.
 */

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** Isolate marks inside the text would end our isolate early: they are dropped first. */
const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/** `text` as an isolate, for a sentence built as a string. */
export const isolate = (text: string): string =>
  `${FIRST_STRONG_ISOLATE}${text.replace(ISOLATE_MARKS, '')}${POP_DIRECTIONAL_ISOLATE}`;

export type SentencePart = { text: string; isolated: boolean };

/** A sentence split into the app's words and the isolated user texts inside it. */
export const sentenceParts = (sentence: string): SentencePart[] =>
  sentence
    .split(/(\u2068[^\u2069]*\u2069)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith(FIRST_STRONG_ISOLATE)
        ? { text: part.slice(1, -1), isolated: true }
        : { text: part, isolated: false },
    );

/** Every mark that sets or changes the direction of text: overrides, embeddings, isolates. */
const DIRECTION_MARKS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for the clipboard (a chat, an e-mail): with no direction marks at
 * all, neither ours nor any inside a name, so nothing invisible travels with
 * it and no name can reverse the line it sits in.
 */
export const plainText = (text: string): string => text.replace(DIRECTION_MARKS, '');
