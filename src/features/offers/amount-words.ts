/** Amounts from this size up are echoed in words under their field. */
export const WORDS_FROM = 1_000_000;

const COMPACT = {
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
} as const;
const formatters = new Map<string, { word: Intl.NumberFormat; money: Intl.NumberFormat } | null>();

/** The two formats for a locale and currency, made once; null for a currency Intl does not know. */
const formatsFor = (currency: string, locale?: string) => {
  const key = `${locale ?? ''}:${currency}`;
  if (!formatters.has(key)) {
    try {
      formatters.set(key, {
        word: new Intl.NumberFormat(locale, { ...COMPACT, compactDisplay: 'long' }),
        money: new Intl.NumberFormat(locale, { ...COMPACT, style: 'currency', currency }),
      });
    } catch {
      formatters.set(key, null);
    }
  }
  return formatters.get(key) ?? null;
};

/**
 * A large amount in words, so a wrong order of magnitude shows however
 * narrow the field: 1e9 → "= $1 billion", 2.5e6 → "= $2.5 million"
 * ("= 1,2 Milliarden €" in German). Null below a million.
 */
export const amountInWords = (amount: number, currency: string, locale?: string): string | null => {
  const formats = Math.abs(amount) >= WORDS_FROM ? formatsFor(currency, locale) : null;
  if (!formats) return null;
  const word = formats.word.formatToParts(amount).find((part) => part.type === 'compact')?.value;
  const parts = formats.money.formatToParts(amount);
  const text = parts
    .map((part, i) =>
      part.type === 'compact' && word
        ? `${parts[i - 1]?.type === 'literal' ? '' : ' '}${word}`
        : part.value,
    )
    .join('');
  return `= ${text}`;
};
