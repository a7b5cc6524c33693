import type { Settings } from '../document/schema';

export type RateLookup =
  { ok: true; rate: number } | { ok: false; currency: string; reason: string };

/**
 * How many units of the display currency one unit of `currency` buys. An
 * offer in a currency without a rate is never scored at 1:1 (scoring.md §3).
 */
export const exchangeRate = (
  currency: string,
  settings: Pick<Settings, 'currency' | 'exchangeRates'>,
): RateLookup => {
  if (currency === settings.currency) return { ok: true, rate: 1 };
  const rate = Object.hasOwn(settings.exchangeRates, currency)
    ? settings.exchangeRates[currency]
    : undefined;
  if (rate === undefined) {
    return {
      ok: false,
      currency,
      reason: `Missing exchange rate: how many ${settings.currency} does 1 ${currency} buy?`,
    };
  }
  return { ok: true, rate };
};
