import { COMMON_CURRENCIES } from '../../lib/currencies';

export { currencyName } from '../../lib/currencies';

/** Every currency the select should list: the common ones plus any in use, sorted. */
export const currencyChoices = (inUse: readonly string[]): string[] =>
  [...new Set([...COMMON_CURRENCIES, ...inUse])].sort();

/** The currencies offers use other than the display currency: each needs a rate. */
export const currenciesNeedingRates = (
  offerCurrencies: readonly string[],
  display: string,
): string[] => [...new Set(offerCurrencies)].filter((c) => c !== display).sort();
