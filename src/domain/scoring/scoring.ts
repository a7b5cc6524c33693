import { adjustForCostOfLiving, eachYear } from '../pay/compensation';
import { completeDocument } from '../document/defaults';
import { exchangeRate } from '../pay/currency';
import { netPay } from '../tax/net';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';
import {
  CRITERIA,
  FACTORS,
  type CriterionWeights,
  type Factor,
  type Offer,
  type RatedFactor,
  type Settings,
  type TradeoffDocument,
  type Weights,
} from '../document/schema';

export type FactorScores = Record<Factor, number>;
/** Each criterion's 0..100 utility; `null` for a rating the person left "not rated". */
export type CriterionUtilities = {
  [F in RatedFactor]: Record<(typeof CRITERIA)[F][number], number | null>;
};

export interface ScoredOffer {
  offerId: string;
  company: string;
  /** Mean yearly compensation over the horizon, cost-of-living adjusted, in the display currency. */
  meanCompensation: number;
  criteria: CriterionUtilities;
  factors: FactorScores;
  total: number;
}

export interface UnscoredOffer {
  offerId: string;
  company: string;
  currency: string;
  reason: string;
}

export interface ScoreResult {
  scored: ScoredOffer[];
  unscored: UnscoredOffer[];
  /** Offers the person declined: shown apart, never scored or ranked (version 4). */
  declined: { offerId: string; company: string }[];
  /** Every factor weight is 0: every total is 0 and the UI must say so. */
  allWeightsZero: boolean;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A 1..5 rating as a 0..100 utility. */
export const ratingUtility = (r: number) => ((r - 1) / 4) * 100;

/** A rating's utility, or null when it is not rated (version 8). */
const rated = (r: number | null) => (r === null ? null : ratingUtility(r));

/** A factor's score when none of its weighted criteria is rated: the middle of the scale. */
export const UNRATED_FACTOR_SCORE = 50;

/** 35 hours a week or less is 100, 65 or more is 0. */
export const hoursUtility = (hoursPerWeek: number) => 100 * clamp01((65 - hoursPerWeek) / 30);

/** 35 days of paid time off or more is 100. */
export const timeOffUtility = (ptoDays: number) => 100 * clamp01(ptoDays / 35);

/** Weekly commute hours; 10 hours a week or more is 0. */
export const weeklyCommuteHours = (commuteMinutes: number, officeDaysPerWeek: number) =>
  (2 * commuteMinutes * officeDaysPerWeek) / 60;

export const commuteUtility = (commuteMinutes: number, officeDaysPerWeek: number) =>
  100 * clamp01(1 - weeklyCommuteHours(commuteMinutes, officeDaysPerWeek) / 10);

export const criterionUtilities = (offer: Offer): CriterionUtilities => ({
  growth: {
    learning: rated(offer.growth.learning),
    careerProgression: rated(offer.growth.careerProgression),
    mentorship: rated(offer.growth.mentorship),
    companyOutlook: rated(offer.growth.companyOutlook),
  },
  culture: {
    manager: rated(offer.culture.manager),
    team: rated(offer.culture.team),
    values: rated(offer.culture.values),
  },
  workLife: {
    hours: hoursUtility(offer.workLife.hoursPerWeek),
    timeOff: timeOffUtility(offer.workLife.ptoDays),
    commute: commuteUtility(offer.workLife.commuteMinutes, offer.workLife.officeDaysPerWeek),
    flexibility: rated(offer.workLife.flexibility),
  },
});

/** Rounding can put a weighted mean of scores up to 100 a hair above 100 (100.00000000000001). */
const atMost100 = (score: number) => Math.min(100, score);

/**
 * Weighted mean of a factor's rated criterion utilities: a criterion not
 * rated is left out, the others' weights shared among them. When no weighted
 * criterion is rated the factor takes the middle of the scale
 * (UNRATED_FACTOR_SCORE), and the offer's card says so; 0 when every weight
 * is 0.
 */
export const factorScore = <F extends RatedFactor>(
  factor: F,
  utilities: CriterionUtilities[F],
  weights: CriterionWeights[F],
): number => {
  let weighted = 0;
  let sum = 0;
  let unrated = 0;
  for (const criterion of CRITERIA[factor]) {
    const w = (weights as Record<string, number>)[criterion] ?? 0;
    const u = (utilities as Record<string, number | null>)[criterion] ?? null;
    if (u === null) unrated += w;
    else {
      weighted += w * u;
      sum += w;
    }
  }
  if (sum === 0) return unrated > 0 ? UNRATED_FACTOR_SCORE : 0;
  return atMost100(weighted / sum);
};

/** The ratings an offer leaves "not rated", by path ("growth.mentorship"), in the form's order. */
export const unratedCriteria = (offer: Offer): string[] =>
  (
    [
      ['growth', offer.growth],
      ['culture', offer.culture],
      ['workLife', { flexibility: offer.workLife.flexibility }],
    ] as const
  ).flatMap(([group, ratings]) =>
    Object.entries(ratings)
      .filter(([, r]) => r === null)
      .map(([key]) => `${group}.${key}`),
  );

export const weightSum = (weights: Weights) =>
  FACTORS.reduce((sum, factor) => sum + weights[factor], 0);

/** Weighted mean of the four factor scores; 0 when every weight is 0. */
export const totalScore = (factors: FactorScores, weights: Weights): number => {
  const sum = weightSum(weights);
  if (sum === 0) return 0;
  let weighted = 0;
  for (const factor of FACTORS) weighted += weights[factor] * factors[factor];
  return atMost100(weighted / sum);
};

/**
 * The share (0–100 %) a factor would have if its raw weight were `raw`, the
 * other weights held: how a person reads a weight on the sliders.
 */
export const weightShareAt = (weights: Weights, factor: Factor, raw: number): number => {
  const total = weightSum(weights) - weights[factor] + raw;
  return total === 0 ? 0 : (raw / total) * 100;
};

/** Each factor's share of the total weight, as a percent (0 everywhere when all are 0). */
export const weightShares = (weights: Weights): FactorScores => {
  const sum = weightSum(weights);
  const share = (f: Factor) => (sum === 0 ? 0 : (weights[f] / sum) * 100);
  return {
    compensation: share('compensation'),
    growth: share('growth'),
    culture: share('culture'),
    workLife: share('workLife'),
  };
};

/** The settings that move an offer's pay `M`: a weight step changes none of them. */
export type PaySettings = Pick<
  Settings,
  | 'horizonYears'
  | 'currency'
  | 'exchangeRates'
  | 'compareOn'
  | 'household'
  | 'taxYear'
  | 'pensionAsSavingsPct'
>;

/**
 * The number compared across offers for the compensation factor: the mean
 * over the horizon of cost-of-living adjusted yearly totals (after tax when
 * the settings compare on net), converted to the display currency. `null`
 * when the offer's exchange rate is missing or its pay after tax unknown.
 */
export const meanCompensation = (
  offer: Offer,
  settings: PaySettings,
  rules: TaxRules,
): number | null => {
  const lookup = exchangeRate(offer.currency, settings);
  if (!lookup.ok) return null;
  const compared = comparedTotals(offer, settings, rules);
  return compared.ok ? convertedMean(offer, settings, lookup.rate, compared.totals) : null;
};

/**
 * Year 1's pay counted as `meanCompensation` counts each year (before or
 * after tax as the settings compare, cost-of-living adjusted, in the display
 * currency); `null` when that mean is. The offer must be complete.
 */
export const firstYearCompensation = (
  offer: Offer,
  settings: PaySettings,
  rules: TaxRules,
): number | null => {
  const lookup = exchangeRate(offer.currency, settings);
  if (!lookup.ok) return null;
  const compared = comparedTotals(offer, settings, rules);
  if (!compared.ok) return null;
  let first = compared.totals?.[0];
  if (!compared.totals)
    eachYear(offer, settings, (year, ...parts) => {
      if (year === 1) first = parts[parts.length - 1];
    });
  if (first === undefined) return null;
  const adjusted = adjustForCostOfLiving(first, offer.compensation.costOfLivingIndex);
  return Math.min(adjusted * lookup.rate, Number.MAX_VALUE);
};

const convertedMean = (
  offer: Offer,
  settings: PaySettings,
  rate: number,
  totals?: readonly number[],
): number => {
  const index = offer.compensation.costOfLivingIndex;
  let sum = 0;
  let years = 0;
  if (totals) {
    for (const total of totals) sum += adjustForCostOfLiving(total, index);
    years = totals.length;
  } else {
    eachYear(offer, settings, (_year, _b, _bo, _o, _r, _be, _e, _h, total) => {
      sum += adjustForCostOfLiving(total, index);
      years++;
    });
  }
  // An index close to 0 (the schema only asks for > 0) can overflow to
  // Infinity, and Infinity / Infinity would turn every score into NaN.
  return Math.min((sum / years) * rate, Number.MAX_VALUE);
};

/** Compared before tax: the model's own yearly totals. */
const GROSS = { ok: true } as const;

/**
 * The yearly totals compensation is compared on: gross, or after tax when
 * the settings say so (§11). After tax, an offer without a tax place or own
 * rate, or whose place's rules are not loaded yet, gets a reason instead:
 * it is never ranked on gross pay among net figures.
 */
const comparedTotals = (
  offer: Offer,
  settings: PaySettings,
  rules: TaxRules,
): { ok: true; totals?: readonly number[] } | { ok: false; reason: string } => {
  if (settings.compareOn !== 'net') return GROSS;
  const net = netPay(offer, settings, rules);
  return net.ok ? { ok: true, totals: net.years } : net;
};

/** An offer that can be scored, with its mean yearly pay in the display currency (`meanCompensation`). */
export interface PayCandidate {
  offer: Offer;
  mean: number;
}

/**
 * The compensation utility (§4): an offer's mean yearly pay as a share of the
 * best mean, 0 to 100. Dividing first keeps the best offer at exactly 100 and
 * cannot overflow. Pay below 0 (health costs above it) scores 0, as no pay does.
 */
export const payScore = (mean: number, maxMean: number): number =>
  maxMean === 0 ? 0 : 100 * (Math.max(0, mean) / maxMean);

/**
 * §4–5 for offers whose mean yearly pay is known: the compensation utility is
 * relative to the best mean among `candidates`, so the set matters. The one
 * place that turns pay and inputs into totals; `scoreDocument` and the money
 * equivalents (which ask "what if this offer were paid X more?") both use it.
 * `settings` must be complete (see completeDocument).
 */
export const scoreCandidates = (
  candidates: readonly PayCandidate[],
  settings: Settings,
): ScoredOffer[] => {
  const maxMean = candidates.reduce((max, c) => Math.max(max, c.mean), 0);
  return candidates.map(({ offer, mean }): ScoredOffer => {
    const criteria = criterionUtilities(offer);
    const factors: FactorScores = {
      compensation: payScore(mean, maxMean),
      growth: factorScore('growth', criteria.growth, settings.criterionWeights.growth),
      culture: factorScore('culture', criteria.culture, settings.criterionWeights.culture),
      workLife: factorScore('workLife', criteria.workLife, settings.criterionWeights.workLife),
    };
    return {
      offerId: offer.id,
      company: offer.company,
      meanCompensation: mean,
      criteria,
      factors,
      total: totalScore(factors, settings.weights),
    };
  });
};

/**
 * Scores every offer that can be scored (scoring.md §4–5). Declined offers
 * are set apart first: they neither rank nor set the best pay the others
 * are scored against. After tax, `rules` are the tax places at hand: an
 * offer whose place is not among them is listed with a reason, never ranked
 * on gross pay; before tax they are not read.
 */
export const scoreDocument = (
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): ScoreResult => {
  const document = completeDocument(input);
  const { settings } = document;
  const unscored: UnscoredOffer[] = [];
  const declined: ScoreResult['declined'] = [];
  const candidates: PayCandidate[] = [];
  for (const offer of document.offers) {
    if (offer.status === 'declined') {
      declined.push({ offerId: offer.id, company: offer.company });
      continue;
    }
    const lookup = exchangeRate(offer.currency, settings);
    if (!lookup.ok) {
      const { id: offerId, company, currency } = offer;
      unscored.push({ offerId, company, currency, reason: lookup.reason });
      continue;
    }
    const compared = comparedTotals(offer, settings, rules);
    if (!compared.ok) {
      const { id: offerId, company, currency } = offer;
      unscored.push({ offerId, company, currency, reason: compared.reason });
      continue;
    }
    candidates.push({ offer, mean: convertedMean(offer, settings, lookup.rate, compared.totals) });
  }

  const scored = scoreCandidates(candidates, settings);

  return { scored, unscored, declined, allWeightsZero: weightSum(settings.weights) === 0 };
};
