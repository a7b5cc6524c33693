/** Currencies offered for display even before any offer uses them. */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'CHF',
  'JPY',
  'INR',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'NZD',
  'BRL',
  'MXN',
  'HKD',
  'CNY',
  'ILS',
  'AED',
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

/** Every currency the select should list: the common ones plus any in use, sorted. */
export const currencyChoices = (inUse: readonly string[]): string[] =>
  [...new Set([...COMMON_CURRENCIES, ...inUse])].sort();

/** The currencies offers use other than the display currency: each needs a rate. */
export const currenciesNeedingRates = (
  offerCurrencies: readonly string[],
  display: string,
): string[] => [...new Set(offerCurrencies)].filter((c) => c !== display).sort();
