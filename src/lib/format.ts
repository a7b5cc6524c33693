/** Number and money formatting shared by every feature (Intl, cached). */

const cache = new Map<string, Intl.NumberFormat>();

const formatter = (key: string, make: () => Intl.NumberFormat) => {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
};

/** `150000, 'EUR'` → `€150,000`. Whole units: offers are compared in thousands. */
export const formatMoney = (amount: number, currency: string, locale?: string): string => {
  try {
    return formatter(
      `money:${currency}:${locale ?? ''}`,
      () =>
        new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
    ).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
};

/** Compact money for chart axes: `€150K`. */
export const formatMoneyCompact = (amount: number, currency: string, locale?: string): string => {
  try {
    return formatter(
      `compact:${currency}:${locale ?? ''}`,
      () =>
        new Intl.NumberFormat(locale, {
          style: 'currency',
          currency,
          notation: 'compact',
          maximumFractionDigits: 1,
        }),
    ).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
};

export const formatNumber = (value: number, maximumFractionDigits = 0, locale?: string): string =>
  formatter(
    `number:${maximumFractionDigits}:${locale ?? ''}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(value);

/** Scores are shown with one decimal everywhere (`78.4`); ranking never uses the rounded value. */
export const formatScore = (score: number): string => score.toFixed(1);

export const formatPercent = (value: number, maximumFractionDigits = 0): string =>
  `${formatNumber(value, maximumFractionDigits)} %`;
