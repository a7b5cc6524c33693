import { COST_OF_LIVING_RANGE, CURRENT_VERSION, EXCHANGE_RATE_RANGE } from './schema';

type RawDocument = Record<string, unknown>;

/**
 * One step of the data format's history: turns a document of version `from`
 * into one of version `from + 1`. Steps are append-only and each is tested
 * with a stored fixture of its `from` version (test/fixtures/).
 */
export interface Migration {
  id: string;
  from: number;
  up: (document: RawDocument) => RawDocument;
}

const isPlainObject = (value: unknown): value is RawDocument =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 knew no clawback: every offer's signing bonus was kept whenever
 * the person left. Anything that is not shaped like an offer is passed on
 * untouched so that validation, not the migration, names the problem.
 */
const addSigningBonusClawback = (document: RawDocument): RawDocument => {
  if (!Array.isArray(document.offers)) return document;
  return {
    ...document,
    offers: document.offers.map((offer: unknown) => {
      if (!isPlainObject(offer)) return offer;
      const { compensation } = offer;
      if (!isPlainObject(compensation) || Object.hasOwn(compensation, 'signingBonusClawbackMonths'))
        return offer;
      return { ...offer, compensation: { ...compensation, signingBonusClawbackMonths: 0 } };
    }),
  };
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * Version 2 took any cost of living index above 0 and any rate above 0, which
 * let a figure like 5e-324 turn pay into Infinity. Version 3 keeps them to
 * what a real offer can have: an index outside 10–1000 is brought to the
 * nearest bound, and a rate outside a millionth to a million is dropped, so
 * its offers ask for the rate again instead of being ranked on nonsense.
 */
const boundCostOfLivingAndRates = (document: RawDocument): RawDocument => {
  const offers = Array.isArray(document.offers)
    ? document.offers.map((offer: unknown) => {
        if (!isPlainObject(offer) || !isPlainObject(offer.compensation)) return offer;
        const index = offer.compensation.costOfLivingIndex;
        if (typeof index !== 'number' || !Number.isFinite(index)) return offer;
        const bounded = clamp(index, COST_OF_LIVING_RANGE.min, COST_OF_LIVING_RANGE.max);
        if (bounded === index) return offer;
        return { ...offer, compensation: { ...offer.compensation, costOfLivingIndex: bounded } };
      })
    : document.offers;
  const { settings } = document;
  if (!isPlainObject(settings) || !isPlainObject(settings.exchangeRates)) {
    return { ...document, offers };
  }
  const exchangeRates = Object.fromEntries(
    Object.entries(settings.exchangeRates).filter(
      ([, rate]) =>
        typeof rate !== 'number' ||
        (rate >= EXCHANGE_RATE_RANGE.min && rate < EXCHANGE_RATE_RANGE.below),
    ),
  );
  return { ...document, offers, settings: { ...settings, exchangeRates } };
};

/**
 * Version 3 had one retirement figure, `retirementMatchPct`: the employer adds
 * that % of base salary. Version 4 says how offer letters say it (a match on
 * the person's contributions up to a share of salary, plus a contribution
 * paid whatever they put in), so the old figure becomes the contribution and
 * the match stays 0: the same money every year, the same scores. A value
 * that is not a number is moved unchanged, so validation names it at its new
 * path. Every other version 4 field takes its default (a bonus as a share of
 * base paid out in full, no second-year bonus, no clawback on relocation, no
 * current job), which is what version 3 meant.
 */
const splitRetirementMatch = (document: RawDocument): RawDocument => {
  if (!Array.isArray(document.offers)) return document;
  return {
    ...document,
    offers: document.offers.map((offer: unknown) => {
      if (!isPlainObject(offer) || !isPlainObject(offer.compensation)) return offer;
      if (!Object.hasOwn(offer.compensation, 'retirementMatchPct')) return offer;
      const { retirementMatchPct, ...compensation } = offer.compensation;
      return {
        ...offer,
        compensation: { ...compensation, employerBaseContributionPct: retirementMatchPct },
      };
    }),
  };
};

/**
 * Version 4 knew no tax: every offer was compared before tax. Version 5's
 * settings take their defaults (compare on gross, single, tax year 2026) and
 * offers carry no `tax`, which is exactly what version 4 meant, so nothing is
 * converted.
 */
const compareBeforeTax = (document: RawDocument): RawDocument => document;

/**
 * Version 5 knew only listed companies' equity. Version 6's new fields take their defaults (a listed company, no
 * private-company figures, a 90-day exercise window that changes no score), which
 * is exactly what version 5 meant: nothing is converted.
 */
const privateEquityAndRanges = (document: RawDocument): RawDocument => document;

/**
 * Version 6 knew the money only as one expected figure. Version 7's ranges
 * (a low and high share price, a low and high bonus payout) read as not
 * given (`null`): no uncertainty, which is exactly what version 6 meant, so
 * nothing is converted.
 */
const moneyRanges = (document: RawDocument): RawDocument => document;

/** The ratings of each group; a group or rating missing before version 8 read as 3. */
const RATINGS: Record<string, readonly string[]> = {
  growth: ['learning', 'careerProgression', 'mentorship', 'companyOutlook'],
  culture: ['manager', 'team', 'values'],
  workLife: ['flexibility'],
};

/**
 * Before version 8 a rating left out read as 3, and a new offer started at 3
 * everywhere; from version 8 a rating left out is not rated (`null`), which
 * the scores leave out. A rating missing from an older document is written as
 * the 3 it meant, so its scores do not move. Ratings given, and anything not
 * shaped like an offer, pass on untouched for validation to judge.
 */
const ratingsOnceThree = (document: RawDocument): RawDocument => {
  if (!Array.isArray(document.offers)) return document;
  return {
    ...document,
    offers: document.offers.map((offer: unknown) => {
      if (!isPlainObject(offer)) return offer;
      const filled: RawDocument = { ...offer };
      for (const [group, keys] of Object.entries(RATINGS)) {
        const ratings = offer[group] ?? {};
        if (!isPlainObject(ratings)) continue;
        const missing = keys.filter((key) => ratings[key] === undefined);
        if (missing.length > 0)
          filled[group] = { ...ratings, ...Object.fromEntries(missing.map((key) => [key, 3])) };
      }
      return filled;
    }),
  };
};

/**
 * Version 8 knew one preference total, taken as 1× non-participating but
 * paid out as if participating, later rounds with no preference, every exit
 * as an acquisition, and the risk discount on top of the exit chances.
 * Version 9 reads that total as one series bought at the preferred price,
 * and its new fields take their defaults (no series listed, later rounds at
 * the preferred price, an acquisition, unvested shares vesting on), so
 * nothing is converted. What moves is what format 9 is for (data-format.md
 * names it): a private grant whose preference fits the share count pays as
 * the waterfall pays (common gets more than before, later rounds take their
 * preference first), and a private grant's risk discount is no longer
 * counted on top of its chances. Every other figure stays as it was.
 */
const preferenceStack = (document: RawDocument): RawDocument => document;

/**
 * Version 10 adds the kind of a private company's options, not given (null)
 * in every older document: taxed as non-qualified options when bought after
 * leaving, which only Leave early counts. No figure of the ranking moves.
 */
const optionType = (document: RawDocument): RawDocument => document;

/**
 * Version 11 adds your own health costs (0), where an accepted cost of
 * living index came from (none: every older index reads as typed), the
 * place prices are compared from (not chosen) and the share of pension
 * contributions counted as savings (0 %). Each default is what version 10
 * meant, so nothing is converted and no figure moves.
 */
const healthPricesAndPensions = (document: RawDocument): RawDocument => document;

/** Ordered, append-only: never edit or reorder a step once released. */
export const MIGRATIONS: readonly Migration[] = [
  { id: '2026-12-signing-bonus-clawback', from: 1, up: addSigningBonusClawback },
  { id: '2026-12-real-bounds', from: 2, up: boundCostOfLivingAndRates },
  { id: '2026-12-offers-as-written', from: 3, up: splitRetirementMatch },
  { id: '2026-12-after-tax', from: 4, up: compareBeforeTax },
  { id: '2026-12-private-equity', from: 5, up: privateEquityAndRanges },
  { id: '2026-12-money-ranges', from: 6, up: moneyRanges },
  { id: '2026-12-not-rated', from: 7, up: ratingsOnceThree },
  { id: '2026-12-preference-stack', from: 8, up: preferenceStack },
  { id: '2026-12-option-type', from: 9, up: optionType },
  { id: '2026-12-health-prices-pensions', from: 10, up: healthPricesAndPensions },
];

/**
 * Brings a raw document of an older version up to CURRENT_VERSION. Steps
 * return new objects; the input is never mutated. Validation comes after.
 */
export const migrate = (document: RawDocument, version: number): RawDocument => {
  let current = document;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`No migration from version ${v}`);
    current = { ...step.up(current), version: v + 1 };
  }
  return current;
};
