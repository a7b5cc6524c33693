import type { Offer, Settings } from './schema';

/**
 * What the core (scoring) knows of tax: a calculator the lazily loaded tax
 * module installs once it has loaded the rules of some places
 * (src/domain/tax/). Scoring after tax stays synchronous: it asks the
 * installed calculator, and an offer whose rules are not loaded yet is not
 * ranked, with a reason, never scored on gross pay instead. This holds code
 * and published tables, never a person's data, like the module loader's own
 * cache; `taxRulesVersion` changes on every install so that derived results
 * know to recompute.
 */

/** Each horizon year's pay after tax in the offer's currency, or why it cannot be known. */
export type NetPay = { ok: true; years: readonly number[] } | { ok: false; reason: string };
export type NetCalculator = (offer: Offer, settings: Settings) => NetPay;

const installed: { calculator: NetCalculator | null; version: number } = {
  calculator: null,
  version: 0,
};

export const installNetCalculator = (calculator: NetCalculator): void => {
  installed.calculator = calculator;
  installed.version += 1;
};

export const netCalculator = (): NetCalculator | null => installed.calculator;

/** Changes whenever the loaded tax rules change. */
export const taxRulesVersion = (): number => installed.version;

export const TAX_RULES_LOADING = 'Its tax rules are still loading.';
