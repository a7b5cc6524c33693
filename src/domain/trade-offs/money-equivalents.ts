import { completeDocument } from '../document/defaults';
import { CRITERIA, type Offer, type RatedFactor, type Settings } from '../document/schema';
import type { TradeoffDocument } from '../document/schema';
import {
  meanCompensation,
  payScore,
  scoreCandidates,
  totalScore,
  weightSum,
  type PayCandidate,
  type ScoredOffer,
} from '../scoring/scoring';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';
import { runSteps, type Steps } from '../steps';

/** One change of one input, in the direction that raises the score. */
export type MoneyChange =
  | { kind: 'rating'; factor: RatedFactor; criterion: string }
  /** One more day of paid time off. */
  | { kind: 'ptoDay' }
  /** One fewer office day a week (less commuting). */
  | { kind: 'officeDay' }
  /** One hour less a week. */
  | { kind: 'hour' };

export type PayEquivalent =
  | { amount: number }
  | {
      amount: null;
      /**
       * `unreachable`: no yearly pay makes up for the change (money does not
       * count, or counts too little); `not-possible`: the offer cannot take the
       * change (a rating already at 5 has no step up… see `changedPair`).
       */
      why: 'unreachable' | 'not-possible';
    };

type Ratings = Record<string, number | null>;

const withValue = (offer: Offer, section: RatedFactor, key: string, value: number): Offer => ({
  ...offer,
  [section]: { ...(offer[section] as Ratings), [key]: value },
});

/**
 * The offer without and with the change. A rating at 5 is priced as the step
 * from 4 to 5 (ratings score linearly, so every step counts the same).
 */
export const changedPair = (
  offer: Offer,
  change: MoneyChange,
): { worse: Offer; better: Offer } | null => {
  const { workLife } = offer;
  switch (change.kind) {
    case 'rating': {
      const r = (offer[change.factor] as Ratings)[change.criterion];
      // A rating not rated has no step to price.
      if (r === undefined || r === null) return null;
      const from = r < 5 ? r : 4;
      return {
        worse: withValue(offer, change.factor, change.criterion, from),
        better: withValue(offer, change.factor, change.criterion, from + 1),
      };
    }
    case 'ptoDay':
      return workLife.ptoDays + 1 > 365
        ? null
        : { worse: offer, better: withValue(offer, 'workLife', 'ptoDays', workLife.ptoDays + 1) };
    case 'officeDay':
      return workLife.officeDaysPerWeek < 1
        ? null
        : {
            worse: offer,
            better: withValue(
              offer,
              'workLife',
              'officeDaysPerWeek',
              workLife.officeDaysPerWeek - 1,
            ),
          };
    case 'hour':
      return workLife.hoursPerWeek < 1
        ? null
        : {
            worse: offer,
            better: withValue(offer, 'workLife', 'hoursPerWeek', workLife.hoursPerWeek - 1),
          };
  }
};

/** Totals this close count as a tie when searching for the amount. */
const SEARCH_TOLERANCE = 1e-9;

/**
 * The yearly pay that counts as much as `change` at `offer` (scoring.md §9):
 * two copies of the offer stand beside the person's offers, one with the
 * change, the other paid `X` more a year (mean over the horizon, cost-of-living
 * adjusted, display currency); `X` is where their totals tie. Both copies are
 * scored by the model itself (`scoreCandidates`) next to the best-paid offer,
 * since the compensation score is relative to the best pay: while the paid
 * copy stays at or under the best pay, `X` is the plain exchange rate of
 * points for money; past it, the raise moves the benchmark and `X` grows.
 */
export const payEquivalent = (
  offer: Offer,
  mean: number,
  best: PayCandidate | null,
  settings: Settings,
  change: MoneyChange,
): PayEquivalent => {
  const pair = changedPair(offer, change);
  if (pair === null) return { amount: null, why: 'not-possible' };
  // Scored once: only the pay score moves with `extra`, and as scoreCandidates works it out.
  const [better, worse] = scoreCandidates(
    [
      { offer: pair.better, mean },
      { offer: pair.worse, mean },
    ],
    settings,
  ) as [ScoredOffer, ScoredOffer];
  const total = ({ factors }: ScoredOffer, pay: number, maxMean: number) =>
    totalScore({ ...factors, compensation: payScore(pay, maxMean) }, settings.weights);
  const gap = (extra: number): number => {
    const maxMean = Math.max(0, mean, mean + extra, best?.mean ?? 0);
    return total(worse, mean + extra, maxMean) - total(better, mean, maxMean);
  };
  const step = -gap(0);
  if (step <= SEARCH_TOLERANCE) return { amount: 0 };
  // No raise adds more than money's whole effect (its pay score going from 0 to 100): a step
  // worth that much or more has no price.
  const wholeMoney = (settings.weights.compensation / weightSum(settings.weights)) * 100;
  if (wholeMoney - step <= SEARCH_TOLERANCE) return { amount: null, why: 'unreachable' };

  // Grow the bracket until the pay makes up for the change, or give up.
  let hi = Math.max(1, best?.mean ?? 0, mean);
  while (gap(hi) < 0) {
    hi *= 2;
    if (hi > 1e300) return { amount: null, why: 'unreachable' };
  }
  let lo = 0;
  for (let i = 0; i < 200; i += 1) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (gap(mid) < 0) lo = mid;
    else hi = mid;
  }
  return { amount: Math.abs(gap(lo)) < Math.abs(gap(hi)) ? lo : hi };
};

export interface RatingEquivalent {
  factor: RatedFactor;
  criterion: string;
  equivalent: PayEquivalent;
}

export interface OfferEquivalents {
  offerId: string;
  company: string;
  ptoDay: PayEquivalent;
  officeDay: PayEquivalent;
  hour: PayEquivalent;
}

export interface MoneyEquivalents {
  /**
   * `counts`: the figures below; `no-money`: the compensation weight is 0, so
   * money does not count; `all-zero`: every weight is 0; `no-offers`: nothing
   * can be scored.
   */
  status: 'counts' | 'no-money' | 'all-zero' | 'no-offers';
  /** The display currency: every amount is in it. */
  currency: string;
  /** The offer the rating steps are priced at: the lowest paid (see §9). */
  reference: { offerId: string; company: string } | null;
  /** One step up of each rating, in the order of CRITERIA (work-life: flexibility). */
  ratings: RatingEquivalent[];
  /** Days and hours score by where an offer stands (35 days and more all score 100…), so per offer. */
  offers: OfferEquivalents[];
}

export const RATING_CRITERIA: readonly { factor: RatedFactor; criterion: string }[] = (
  Object.keys(CRITERIA) as RatedFactor[]
).flatMap((factor) =>
  (CRITERIA[factor] as readonly string[])
    .filter((criterion) => factor !== 'workLife' || criterion === 'flexibility')
    .map((criterion) => ({ factor, criterion })),
);

/** The scored offers with their mean yearly pay, as `scoreDocument` sees them (declined ones left out). */
export const payCandidates = (document: TradeoffDocument, rules: TaxRules): PayCandidate[] =>
  document.offers.flatMap((offer) => {
    if (offer.status === 'declined') return [];
    const mean = meanCompensation(offer, document.settings, rules);
    return mean === null ? [] : [{ offer, mean }];
  });

const bestPaid = (candidates: readonly PayCandidate[]): PayCandidate | null =>
  candidates.reduce<PayCandidate | null>((b, c) => (b === null || c.mean > b.mean ? c : b), null);

/**
 * What the current weights make one step of each rating, one more day off,
 * one fewer office day and one hour less a week worth in yearly pay
 * (scoring.md §9), after tax with the tax places in `rules` when the
 * settings compare after tax. Deterministic; pure. Pauses after each amount
 * found.
 */
export function* moneyEquivalentSteps(
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): Steps<MoneyEquivalents> {
  const document = completeDocument(input);
  const { settings } = document;
  const candidates = payCandidates(document, rules);
  const empty = (status: MoneyEquivalents['status']): MoneyEquivalents => ({
    status,
    currency: settings.currency,
    reference: null,
    ratings: [],
    offers: [],
  });
  if (candidates.length === 0) return empty('no-offers');
  if (weightSum(settings.weights) === 0) return empty('all-zero');
  if (settings.weights.compensation === 0) return empty('no-money');

  const best = bestPaid(candidates);
  // The lowest paid: a raise there stays under the best pay the longest (first on a tie).
  const reference = candidates.reduce((low, c) => (c.mean < low.mean ? c : low));
  const price = ({ offer, mean }: PayCandidate, change: MoneyChange) =>
    payEquivalent(offer, mean, best, settings, change);

  const ratings: RatingEquivalent[] = [];
  for (const { factor, criterion } of RATING_CRITERIA) {
    ratings.push({
      factor,
      criterion,
      equivalent: price(reference, { kind: 'rating', factor, criterion }),
    });
    yield;
  }
  const offers: OfferEquivalents[] = [];
  for (const candidate of candidates) {
    const ptoDay = price(candidate, { kind: 'ptoDay' });
    yield;
    const officeDay = price(candidate, { kind: 'officeDay' });
    yield;
    const hour = price(candidate, { kind: 'hour' });
    yield;
    offers.push({
      offerId: candidate.offer.id,
      company: candidate.offer.company,
      ptoDay,
      officeDay,
      hour,
    });
  }
  return {
    status: 'counts',
    currency: settings.currency,
    reference: { offerId: reference.offer.id, company: reference.offer.company },
    ratings,
    offers,
  };
}

/** `moneyEquivalentSteps` run to the end at once. */
export const moneyEquivalents = (
  ...args: Parameters<typeof moneyEquivalentSteps>
): MoneyEquivalents => runSteps(moneyEquivalentSteps(...args));
