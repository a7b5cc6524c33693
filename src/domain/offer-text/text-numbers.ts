import { readNumber, type NumberKind } from '../../lib/number-reader';

/*
 * The figures of a pasted text: its sentences, the numbers in each with the
 * currency and multiplier written beside them, read by the one number reader
 * with the convention the text itself uses ("85.000 €" is German, "$185,000"
 * English). Where the text does not settle the convention and the two
 * readings differ, the figure is left open and asked about.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

export type Convention = 'en' | 'de' | 'unknown';

export interface Figure extends Span {
  /** The number as read (after "k", "million", "lakh"); null when it reads two ways. */
  value: number | null;
  /** Both readings when the convention is unknown and they differ. */
  readings?: readonly [number, number];
  /** ISO code written beside it ("$" → USD, "lakh" → INR), if any. */
  currency?: string;
  percent: boolean;
  /** A count of something ("1,200 RSUs"): no currency, no percent. */
  plain: boolean;
}

const LOCALES: Record<Exclude<Convention, 'unknown'>, string> = { en: 'en-US', de: 'de-DE' };

/** Sentences: cut at line ends, bullets and at ". " (a decimal point is never followed by a space). */
export const sentences = (text: string): Sentence[] => {
  const found: Sentence[] = [];
  const cut = /[^\n•;]+?(?:[.!?](?=\s|$)|(?=[\n•;])|$)/g;
  for (const match of text.matchAll(cut)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = (match.index ?? 0) + lead;
    found.push({ start, end: start + body.length, text: body });
  }
  return found;
};

const CURRENCY_WORDS: readonly [RegExp, string][] = [
  [/^(?:CA\$|C\$|CAD)$/i, 'CAD'],
  [/^(?:US\$|USD|\$|dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?)$/i, 'GBP'],
  [/^(?:₹|INR|Rs\.?|rupees?|lakhs?|lacs?|LPA|crores?|cr)$/i, 'INR'],
  [/^(?:CHF|SEK|NOK|DKK|AUD|NZD|SGD|JPY|PLN)$/, ''],
];

/** "$" → USD, "CHF" → CHF, "lakh" → INR; undefined for anything else. */
export const currencyOf = (word: string): string | undefined => {
  for (const [pattern, code] of CURRENCY_WORDS) if (pattern.test(word)) return code || word;
  return undefined;
};

const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(?:k|K)$/, 1e3],
  [/^(?:m|M|mn|million|Mio\.?|Millionen)$/, 1e6],
  [/^(?:lakhs?|lacs?|L|LPA)$/i, 1e5],
  [/^(?:crores?|cr)$/i, 1e7],
];

const PREFIX = String.raw`(?:(CA\$|C\$|US\$|\$|€|£|₹|Rs\.?|INR|USD|EUR|GBP|CAD|CHF)\s?)?`;
const DIGITS = String.raw`\d{1,3}(?:[,.’'\u00a0\u202f]\d{2,3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const SUFFIX = String.raw`(?:\s?(%|k\b|K\b|mn\b|m\b|M\b|million\b|Mio\.?|Millionen\b|lakhs?\b|lacs?\b|L\b|LPA\b|crores?\b|cr\b))?`;
const AFTER = String.raw`(?:\s?(€|EUR\b|euros?\b|Euro\b|USD\b|GBP\b|CAD\b|INR\b|CHF\b|dollars?\b|pounds?\b|rupees?\b|LPA\b))?`;
const FIGURE = new RegExp(`${PREFIX}(${DIGITS})${SUFFIX}${AFTER}`, 'g');

/** Which convention the text's own figures and words use, when they agree. */
export const conventionOf = (text: string): Convention => {
  let en = 0;
  let de = 0;
  for (const [, digits] of text.matchAll(new RegExp(`(${DIGITS})`, 'g'))) {
    if (!digits) continue;
    if (/\.\d{3},\d{1,2}$|^\d+,\d{1,2}$|\d\.\d{3}\.\d{3}/.test(digits)) de += 1;
    else if (/,\d{3}\.\d{1,2}$|^\d+\.\d{1,2}$|\d,\d{3},\d{3}/.test(digits)) en += 1;
  }
  if (en > 0 && de > 0) return 'unknown';
  if (de > 0) return 'de';
  if (en > 0) return 'en';
  if (/\b(?:und|wir|Ihnen|Gehalt|Jahr|Urlaub)\b/.test(text)) return 'de';
  if (/\b(?:the|you|your|salary|and)\b/i.test(text)) return 'en';
  return 'unknown';
};

const readWith = (digits: string, kind: NumberKind, convention: Convention) => {
  const one = (c: Exclude<Convention, 'unknown'>) => {
    const reading = readNumber(digits, kind, LOCALES[c]);
    return reading.ok ? reading.value : null;
  };
  if (convention !== 'unknown') return { value: one(convention) };
  const [en, de] = [one('en'), one('de')];
  if (en !== null && de !== null && en !== de) return { value: null, readings: [en, de] as const };
  return { value: en ?? de };
};

/**
 * Every figure in `sentence` (offsets into the whole text). Amounts (with a
 * currency) read as amounts; percentages and counts as plain numbers.
 */
export const figuresIn = (sentence: Sentence, convention: Convention): Figure[] => {
  const figures: Figure[] = [];
  for (const match of sentence.text.matchAll(FIGURE)) {
    const [whole, before, digits = '', suffix, after] = match;
    const index = match.index ?? 0;
    // Part of a word or a code ("401(k)", "Q3", "H1B"): not a figure of its own.
    const prev = sentence.text.charAt(index - 1);
    if (/[\p{L}\d]/u.test(prev) && !before) continue;
    // "409A", "2nd": a name, not a figure.
    if (!suffix && !after && /\p{L}/u.test(sentence.text.charAt(index + whole.length))) continue;
    if (/^401\(?k/i.test(sentence.text.slice(index))) continue;
    const percent = suffix === '%';
    const multiplier = MULTIPLIERS.find(([pattern]) => suffix && pattern.test(suffix))?.[1] ?? 1;
    const currency =
      currencyOf(before ?? '') ??
      currencyOf(after ?? '') ??
      (suffix && /lakh|lac|LPA|crore|cr/i.test(suffix) ? 'INR' : undefined);
    const kind: NumberKind = currency && !percent ? 'amount' : 'number';
    const read = readWith(digits.replace(/[\u00a0\u202f’']/g, ' '), kind, convention);
    const scale = (v: number) => Math.round(v * multiplier * 1e6) / 1e6;
    const start = sentence.start + index;
    figures.push({
      start,
      end: start + whole.trimEnd().length,
      value: read.value === null ? null : scale(read.value),
      ...(read.readings
        ? { readings: [scale(read.readings[0]), scale(read.readings[1])] as const }
        : {}),
      ...(currency ? { currency } : {}),
      percent,
      plain: !currency && !percent && multiplier === 1,
    });
  }
  return figures;
};

/** Number words people write for small counts ("four years", "a one-year cliff"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  ein: 1,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
};

/** "4", "four", "vier" → 4; null for anything else. */
export const smallNumber = (word: string): number | null => {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
};
