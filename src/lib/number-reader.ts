/**
 * The one reader of numbers people type, used by every input that takes a
 * number: money, counts, rates, percentages, hours, weights.
 *
 * It reads with the decimal mark and grouping separator of the person's
 * locale (from `Intl.NumberFormat().formatToParts`), and with the structure
 * of what was typed where that settles it:
 *
 * - both "." and "," present: the last one is the decimal mark ("1.234,5",
 *   "1,234.5");
 * - one kind, several times: grouping ("1,234,567", Indian "1,50,000");
 * - one separator, not followed by exactly three digits: the decimal mark
 *   ("1.08", "0,92", "2,5");
 * - one separator followed by exactly three digits ("1,080", "150.000"):
 *   for amounts (money, share counts) grouping, since no salary is written
 *   to a tenth of a cent; for other numbers the locale decides ("1,080" is
 *   1080 in en-US and 1.08 in de-DE), and when the separator is neither the
 *   locale's decimal mark nor its grouping mark (a "." in fr-FR) the reading
 *   is ambiguous and the person is asked which they meant.
 *
 * Spaces of every width and apostrophes always group ("150 000", "120’000").
 * Amounts also take currency symbols and codes ("€", "USD", "CA$") and
 * thousands, millions and billions in letters or words ("150k", "2.5m",
 * "1bn", "1.2 billion", "1,2 Mrd."). Digits are Latin (0–9).
 */

import { formatMoney } from './format';

export type NumberKind = 'amount' | 'number';

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'invalid' }
  | { ok: false; reason: 'ambiguous'; readings: readonly [number, number] }
  /** Written with an exponent ("1e-5"): people are shown the plain way to write it. */
  | { ok: false; reason: 'exponent'; value: number };

export interface Separators {
  decimal: string;
  group: string;
}

const separatorCache = new Map<string, Separators>();

/** The decimal and grouping marks `Intl` writes for `locale` (the runtime's when undefined). */
export const localeSeparators = (locale?: string): Separators => {
  const key = locale ?? '';
  let found = separatorCache.get(key);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    found = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
    separatorCache.set(key, found);
  }
  return found;
};

const EMPTY = { ok: false, reason: 'empty' } as const;
const INVALID = { ok: false, reason: 'invalid' } as const;

/** Spaces of every width, and the apostrophes Swiss formats group with. */
const GROUPING_NOISE = /[\s'’]/gu;
const SIGNS = /[-−–+]/g;

/** Moves the decimal point `shift` places right without floating-point error. */
const toNumber = (negative: boolean, int: string, frac: string, shift: number): number => {
  const padded = frac.padEnd(shift, '0');
  const value = Number(`${int || '0'}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`);
  return (negative ? -value : value) + 0;
};

/** Groups after the first have three digits, except Indian lakh grouping ("1,50,000"). */
const validGroups = (groups: string[]) =>
  groups.length === 1 ||
  (/^\d{1,3}$/.test(groups[0] ?? '') &&
    groups.at(-1)?.length === 3 &&
    groups.slice(1, -1).every((g) => g.length === 2 || g.length === 3));

type Split = { int: string; frac: string } | { ambiguous: [Split, Split] } | null;

/** "1.234.567,89" → { int: "1234567", frac: "89" }; null when it is not a number. */
const splitDigits = (body: string, kind: NumberKind, marks: Separators): Split => {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const lastSep = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  if (lastSep < 0) return { int: body, frac: '' };
  const sep = body.charAt(lastSep);
  const other = sep === '.' ? ',' : '.';
  const head = body.slice(0, lastSep);
  const tail = body.slice(lastSep + 1);

  const asDecimal = (): Split => {
    if (tail === '' || head.includes(sep)) return null;
    const groups = head === '' ? [''] : head.split(other);
    return validGroups(groups) ? { int: groups.join(''), frac: tail } : null;
  };
  const asGroups = (): Split => {
    const groups = body.split(sep);
    return validGroups(groups) ? { int: groups.join(''), frac: '' } : null;
  };

  if (head.includes(other) || head.includes(sep)) {
    // Two kinds: the last is the decimal mark. One kind, several times: grouping.
    return head.includes(other) ? asDecimal() : asGroups();
  }
  // One separator. It can only group when three digits follow a first group of 1–3.
  if (!/^\d{3}$/.test(tail) || !/^[1-9]\d{0,2}$/.test(head)) return asDecimal();
  if (kind === 'amount' || sep === marks.group) return asGroups();
  if (sep === marks.decimal) return asDecimal();
  const decimal = asDecimal();
  const grouped = asGroups();
  return decimal && grouped ? { ambiguous: [grouped, decimal] } : null;
};

const finish = (
  negative: boolean,
  body: string,
  kind: NumberKind,
  shift: number,
  marks: Separators,
): NumberReading => {
  const split = splitDigits(body, kind, marks);
  if (!split) return INVALID;
  if ('ambiguous' in split) {
    const [a, b] = split.ambiguous.map((s) =>
      s && 'int' in s ? toNumber(negative, s.int, s.frac, shift) : Number.NaN,
    ) as [number, number];
    return { ok: false, reason: 'ambiguous', readings: [a, b] };
  }
  const value = toNumber(negative, split.int, split.frac, shift);
  return Number.isFinite(value) ? { ok: true, value } : INVALID;
};

const WORD = '[\\p{L}.]{1,4}';
const LEADING_WORD = new RegExp(`^(${WORD})(\\s*)`, 'u');
const TRAILING_WORD = new RegExp(`(\\s*)(${WORD})$`, 'u');
/**
 * Thousands, millions and billions as people say them after a number:
 * "150k", "2.5 million", "1bn", "$1B", "1,2 Mrd.", "3 Mio.", "1 milliard".
 */
const SCALE =
  /(?<=[\d.,])\s*(k|thousand|tausend|tsd\.?|m|mm|mn|mio\.?|millions?|millionen|b|bn|billions?|mrd\.?|mds?|milliards?|milliarden?|trillions?)$/iu;
const scaleOf = (word: string): number => {
  const w = word.toLowerCase();
  if (/^(k|th|ta|ts)/.test(w)) return 3;
  if (/^(b|mrd|md|milliard)/.test(w)) return 9;
  return w.startsWith('tr') ? 12 : 6;
};

/** Uppercase two- or three-letter codes may touch the digits: "USD150000", "CHF-1'234". */
const isCode = (word: string) => /^[A-Z]{2,3}$/.test(word);

const readPlain = (text: string, marks: Separators): NumberReading => {
  const compact = text.replace(/%$/, '').replace(GROUPING_NOISE, '');
  const negative = /^[-−–]/.test(compact);
  const rest = negative ? compact.slice(1) : compact.replace(/^\+/, '');
  return finish(negative, rest, 'number', 0, marks);
};

const readAmount = (text: string, marks: Separators): NumberReading => {
  let rest = text.replace(/\p{Sc}+/gu, ' ').trim();

  // One sign, before the first digit ("-$5", "CHF-5", "−5 kr").
  const signs = [...rest.matchAll(SIGNS)];
  if (signs.length > 1) return INVALID;
  const sign = signs[0];
  const firstDigit = rest.search(/\d/);
  if (sign && (firstDigit < 0 || (sign.index ?? 0) > firstDigit)) return INVALID;
  const negative = sign !== undefined && sign[0] !== '+';
  if (sign) rest = rest.replace(SIGNS, ' ').trim();

  // A currency word is stripped when a space separates it from the number
  // ("150 000 kr", "R$ 1.234"), or when it is an uppercase code.
  let shift = 0;
  const leading = LEADING_WORD.exec(rest);
  if (leading && (leading[2] !== '' || isCode(leading[1] ?? ''))) {
    rest = rest.slice(leading[0].length);
  }
  for (let pass = 0; pass < 2; pass += 1) {
    const scale = shift === 0 ? SCALE.exec(rest) : null;
    if (scale) {
      shift = scaleOf(scale[1] ?? '');
      rest = rest.slice(0, scale.index);
      continue;
    }
    const trailing = TRAILING_WORD.exec(rest);
    if (!trailing) break;
    const [whole, space = '', word = ''] = trailing;
    if (space === '' && !isCode(word)) return INVALID;
    rest = rest.slice(0, rest.length - whole.length);
  }
  // With a scale, "1.234m" is a decimal where "." is the decimal mark: the locale decides.
  const kind = shift === 0 ? 'amount' : 'number';
  return finish(negative, rest.replace(GROUPING_NOISE, ''), kind, shift, marks);
};

/**
 * Reads `text` as a number of `kind`: an `amount` (money or a share count,
 * with symbols, codes and k/m) or a plain `number` (a trailing "%" allowed).
 */
export const readNumber = (text: string, kind: NumberKind, locale?: string): NumberReading => {
  const cleaned = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '') // bidi marks some locales put around numbers
    .trim();
  if (cleaned === '') return EMPTY;
  const exponent = /^([-−]?\d+(?:[.,]\d+)?)[eE]([-+−]?\d{1,3})$/.exec(cleaned);
  if (exponent) {
    const value = Number(
      `${exponent[1]?.replace(/[−,]/g, (c) => (c === ',' ? '.' : '-'))}e${exponent[2]?.replace('−', '-')}`,
    );
    return Number.isFinite(value) ? { ok: false, reason: 'exponent', value } : INVALID;
  }
  const marks = localeSeparators(locale);
  return kind === 'amount' ? readAmount(cleaned, marks) : readPlain(cleaned, marks);
};

/**
 * A list of numbers ("25, 25, 25, 25", "5 15 40 40", "40/30/20/10"). Commas
 * separate entries unless they are the locale's decimal mark, where a comma
 * separates only when a space follows it ("33,33, 33,33, 33,34").
 */
export const readNumberList = (text: string, locale?: string): number[] | null => {
  const commaIsDecimal = localeSeparators(locale).decimal === ',';
  const parts = text.split(commaIsDecimal ? /[\s;/]+|,(?=\s|$)/ : /[\s,;/]+/).filter(Boolean);
  const values = parts.map((part) => readNumber(part, 'number', locale));
  return values.every((v) => v.ok) ? values.map((v) => (v.ok ? v.value : 0)) : null;
};

/** A number as a field shows it: the locale's decimal mark, no grouping, no exponent. */
export const formatNumberInput = (value: number, locale?: string): string => {
  const text = String(value + 0);
  const plain = text.includes('e') ? value.toFixed(100).replace(/\.?0+$/, '') : text;
  return plain.replace('.', localeSeparators(locale).decimal);
};

/**
 * An amount for a form field: whole amounts without decimals ("$150,000"),
 * anything else to the cent or finer, as it is ("$1,234.50", "$0.000001");
 * always read back by `readNumber` to the same amount.
 */
export const formatMoneyInput = (value: number, currency: string, locale?: string): string =>
  formatMoney(value, currency, locale, 'asTyped');

/** A count for a field ("10,000 options"), up to four decimals. */
export const formatCountInput = (value: number, locale?: string): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);

const example = (value: number, locale?: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

/**
 * Why a reading failed, in words: `empty` and `invalid` messages name an
 * example in the person's own notation; an ambiguous reading names both.
 */
export const readingMessage = (
  reading: Exclude<NumberReading, { ok: true }>,
  kind: NumberKind,
  text: string,
  locale?: string,
  /** A field's own words for an empty field or one that holds no number. */
  own: { empty?: string; invalid?: string } = {},
): string => {
  if (reading.reason === 'empty' && own.empty) return own.empty;
  if (reading.reason === 'invalid' && own.invalid) return own.invalid;
  if (reading.reason === 'exponent') {
    return `Write “${text.trim()}” without an exponent, as ${formatNumberInput(reading.value, locale)}`;
  }
  if (reading.reason === 'ambiguous') {
    const [a, b] = reading.readings.map((v) => formatNumberInput(v, locale));
    return `Is “${text.trim()}” ${a} or ${b}? Type the one you mean`;
  }
  if (kind === 'amount') {
    return reading.reason === 'empty'
      ? 'Enter an amount'
      : `Enter an amount like ${example(150000, locale)} or 150k`;
  }
  return reading.reason === 'empty'
    ? 'Enter a number'
    : `Enter a number like 3 or ${formatNumberInput(2.5, locale)}`;
};
