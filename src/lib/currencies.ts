/** Currencies offered in every currency list, before any offer uses them (ISO 4217). */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'JPY',
  'CNY',
  'HKD',
  'SGD',
  'KRW',
  'INR',
  'AED',
  'ILS',
  'BRL',
  'MXN',
  'ZAR',
] as const;

let names: Intl.DisplayNames | null | undefined;

/** "EUR" → "Euro", or the code itself when the browser has no name for it. */
export const currencyName = (code: string): string => {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(undefined, { type: 'currency' });
    } catch {
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
};
