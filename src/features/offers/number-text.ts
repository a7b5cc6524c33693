/**
 * Reading numbers the way people type them into a form: "150,000", "150k",
 * "€120.000", "1.5m", "3,5 %". Both "," and "." may be a thousands separator
 * or the decimal mark; a separator followed by exactly three digits (after a
 * leading group of one to three digits) is read as thousands, anything else
 * as the decimal mark. That reading also round-trips what Intl.NumberFormat
 * writes in any common locale, so a formatted field can be saved unchanged.
 */

export type NumberText = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

const EMPTY = { ok: false, reason: 'empty' } as const;
const INVALID = { ok: false, reason: 'invalid' } as const;

const MINUS = /^[-−–]/;
/** Spaces of every width, and the apostrophes Swiss formats group with. */
const GROUPING_NOISE = /[\s'’]/gu;

/** "1.234.567,89" → { int: "1234567", frac: "89" }, or null when it is not a number. */
const splitDigits = (
  body: string,
  loneDotIsDecimal = false,
): { int: string; frac: string } | null => {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return null;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const hasBoth = lastDot >= 0 && lastComma >= 0;
  const lastSep = Math.max(lastDot, lastComma);
  if (lastSep < 0) return { int: body, frac: '' };

  const sep = body.charAt(lastSep);
  const other = sep === '.' ? ',' : '.';
  const tail = body.slice(lastSep + 1);
  const head = body.slice(0, lastSep);
  const sepCount = body.split(sep).length - 1;

  // The last separator is a decimal mark when the other kind groups the
  // thousands before it ("1.234,5"), or when it stands alone and is not a
  // thousands group ("1,5", "0.125", "12.50").
  const looksLikeGroup = /^\d{3}$/.test(tail) && /^[1-9]\d{0,2}$/.test(head.split(other)[0] ?? '');
  const loneDot = sep === '.' && sepCount === 1 && loneDotIsDecimal;
  const isDecimal = hasBoth || loneDot || (sepCount === 1 && !looksLikeGroup);
  const intPart = isDecimal ? head : body;
  const frac = isDecimal ? tail : '';
  if (isDecimal && (frac === '' || head.includes(sep))) return null;

  // Thousands separators: every group after the first has three digits,
  // except Indian lakh grouping ("1,50,000"), which has two before the last.
  const groups = intPart.split(/[.,]/);
  if (groups.length > 1) {
    if (groups.some((g) => g === '')) return null;
    if (groups.at(-1)?.length !== 3) return null;
    if (groups.slice(1, -1).some((g) => g.length !== 2 && g.length !== 3)) return null;
  }
  return { int: groups.join(''), frac };
};

/** Moves the decimal point `shift` places right without floating-point error. */
const toNumber = (negative: boolean, int: string, frac: string, shift: number): number => {
  const padded = frac.padEnd(shift, '0');
  const digits = `${int}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`;
  const value = Number(digits);
  return negative ? -value : value;
};

const finish = (
  negative: boolean,
  body: string,
  shift: number,
  loneDotIsDecimal = false,
): NumberText => {
  const parts = splitDigits(body, loneDotIsDecimal);
  if (!parts) return INVALID;
  const value = toNumber(negative, parts.int === '' ? '0' : parts.int, parts.frac, shift);
  return Number.isFinite(value) ? { ok: true, value: value + 0 } : INVALID;
};

const splitSign = (text: string) =>
  MINUS.test(text)
    ? { negative: true, rest: text.slice(1) }
    : { negative: false, rest: text.replace(/^\+/, '') };

/**
 * A plain number, optionally with a trailing "%": "3", "-2.5", "3,5 %", "1,000".
 * A lone dot is always the decimal mark here ("37.125" hours), so what
 * `formatNumberText` writes reads back exactly.
 */
export const parseNumberText = (text: string): NumberText => {
  const trimmed = text.trim();
  if (trimmed === '') return EMPTY;
  const compact = trimmed.replace(/%$/, '').replace(GROUPING_NOISE, '');
  const { negative, rest } = splitSign(compact);
  return finish(negative, rest, 0, true);
};

const SIGNS = /[-−–+]/g;
const WORD = '[\\p{L}.]{1,4}';
const LEADING_WORD = new RegExp(`^(${WORD})(\\s*)`, 'u');
const TRAILING_WORD = new RegExp(`(\\s*)(${WORD})$`, 'u');
/** Uppercase two- or three-letter codes may touch the digits: "USD150000", "CHF-1'234". */
const isCode = (word: string) => /^[A-Z]{2,3}$/.test(word);

/**
 * An amount of money: what `parseNumberText` reads plus currency symbols and
 * codes around it ("€", "USD", "CA$", "kr") and k/m for thousands/millions.
 */
export const parseMoneyText = (text: string): NumberText => {
  let rest = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '') // bidi marks some locales put around amounts
    .replace(/\p{Sc}+/gu, ' ')
    .trim();
  if (text.trim() === '') return EMPTY;

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
    const trailing = TRAILING_WORD.exec(rest);
    if (!trailing) break;
    const [whole, space = '', word = ''] = trailing;
    if (shift === 0 && /^[kKmM]$/.test(word)) {
      shift = /^[kK]$/.test(word) ? 3 : 6;
    } else if (space === '' && !isCode(word)) {
      return INVALID;
    }
    rest = rest.slice(0, rest.length - whole.length);
  }
  return finish(negative, rest.replace(GROUPING_NOISE, ''), shift);
};

/**
 * An amount in the offer's currency for a form field: whole amounts without
 * decimals ("$150,000"), anything else to the cent ("$1,234.50").
 */
export const formatMoneyText = (value: number, currency: string, locale?: string): string => {
  const whole = Number.isInteger(value);
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  };
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...options }).format(value);
  } catch {
    // An unknown code: plain digits still parse back.
    return new Intl.NumberFormat(locale, options).format(value);
  }
};

/** A plain number for a form field: no grouping, a dot for decimals, no exponent ("1e-7"). */
export const formatNumberText = (value: number): string => {
  const text = String(value + 0);
  return text.includes('e') ? value.toFixed(100).replace(/\.?0+$/, '') : text;
};
