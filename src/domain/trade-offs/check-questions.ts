import { completeDocument } from '../document/defaults';
import {
  RATING_CRITERIA,
  payCandidates,
  payEquivalent,
  changedPair,
  type PayEquivalent,
} from './money-equivalents';
import type { RatedFactor, TradeoffDocument, Weights } from '../document/schema';
import { TIE_TOLERANCE } from '../scoring/ranking';
import {
  criterionUtilities,
  scoreCandidates,
  type PayCandidate,
  type ScoredOffer,
} from '../scoring/scoring';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';

/** "Would you rather have `amount` more a year, or one step better in `criterion`?" */
export interface CheckQuestion {
  factor: RatedFactor;
  criterion: string;
  /** Yearly pay in the display currency: a difference between two of the person's offers, rounded down. */
  amount: number;
}

export type CheckAnswer = 'money' | 'step';

export interface CheckVerdict {
  /** What the current weights make one step worth (as in the Insights panel). */
  equivalent: PayEquivalent;
  /** What the current weights prefer; `either` when both count the same. */
  weightsPrefer: CheckAnswer | 'either';
}

const references = (document: TradeoffDocument, rules: TaxRules) => {
  const candidates = payCandidates(document, rules);
  if (candidates.length === 0) return null;
  const best = candidates.reduce((b, c) => (c.mean > b.mean ? c : b));
  const low = candidates.reduce((l, c) => (c.mean < l.mean ? c : l));
  return { candidates, best, low };
};

/**
 * What the current weights say about a check question (scoring.md §10),
 * through the model: two copies of the lowest-paid offer beside the best-paid
 * one, one with the step, the other with the amount; the higher total wins.
 * `null` when no offer can be scored.
 */
export const checkQuestion = (
  input: TradeoffDocument,
  { factor, criterion, amount }: CheckQuestion,
  rules: TaxRules = NO_TAX_RULES,
): CheckVerdict | null => {
  const document = completeDocument(input);
  const refs = references(document, rules);
  if (refs === null) return null;
  const { best, low } = refs;
  const change = { kind: 'rating', factor, criterion } as const;
  const pair = changedPair(low.offer, change);
  if (pair === null) return null;
  const candidates: PayCandidate[] = [
    { offer: pair.better, mean: low.mean },
    { offer: pair.worse, mean: low.mean + amount },
    best,
  ];
  const [step, money] = scoreCandidates(candidates, document.settings) as [
    ScoredOffer,
    ScoredOffer,
  ];
  const diff = money.total - step.total;
  return {
    equivalent: payEquivalent(low.offer, low.mean, best, document.settings, change),
    weightsPrefer: diff > TIE_TOLERANCE ? 'money' : diff < -TIE_TOLERANCE ? 'step' : 'either',
  };
};

/** An answer agrees with the weights when they prefer the same thing, or count both the same. */
export const answerAgrees = (verdict: CheckVerdict, answer: CheckAnswer): boolean =>
  verdict.weightsPrefer === answer || verdict.weightsPrefer === 'either';

/** Down to two significant digits: 12,345 → 12,000; 870 → 870. Never up, so never past `x`. */
export const roundDownNicely = (x: number): number => {
  if (!(x > 0)) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 1);
  return Math.floor(x / unit) * unit;
};

/** How far apart the offers' rated utilities are; 0 with fewer than two rated. */
const spreadOf = (values: readonly number[]) =>
  values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);

/**
 * The pay gap nearest to what a step is worth, on a ratio scale (the largest
 * when money cannot match it), rounded down; among the amounts not `used` by
 * an earlier question while any is left, so the questions ask different sums.
 */
const nearestAmount = (
  sortedGaps: readonly number[],
  worth: number | null,
  used: ReadonlySet<number>,
): number => {
  const fresh = sortedGaps.filter((g) => !used.has(roundDownNicely(g)));
  const pool = fresh.length > 0 ? fresh : sortedGaps;
  if (worth === null) return roundDownNicely(pool[pool.length - 1]!);
  const distance = (g: number) => Math.abs(Math.log(g / Math.max(worth, 1e-9)));
  return roundDownNicely(pool.reduce((near, g) => (distance(g) < distance(near) ? g : near)));
};

/**
 * Two or three check questions, one per rated factor (growth, culture,
 * work-life balance: flexibility): in each, the rating the offers differ on
 * most (among criteria that count and that the lowest-paid offer has rated,
 * since the weights judge a step there), and an amount taken from the
 * person's own offers: the difference in yearly pay between two of them
 * closest to what the weights make the step worth, rounded down to two
 * significant digits, and not asked already while another is left. So every
 * amount lies between 1 and the gap from the lowest to the highest pay. None
 * when fewer than two offers differ in pay by at least 1.
 */
export const checkQuestions = (
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): CheckQuestion[] => {
  const document = completeDocument(input);
  const refs = references(document, rules);
  if (refs === null) return [];
  const means = refs.candidates.map((c) => c.mean);
  const gaps = new Set<number>();
  for (const a of means) for (const b of means) if (a - b >= 1) gaps.add(a - b);
  if (gaps.size === 0) return [];
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const utilities = refs.candidates.map((c) => criterionUtilities(c.offer));
  const weights = document.settings.criterionWeights;

  const questions: CheckQuestion[] = [];
  const used = new Set<number>();
  for (const factor of ['growth', 'culture', 'workLife'] as const) {
    // Only what the weights can judge: a rating that counts and that the lowest-paid offer has.
    const options = RATING_CRITERIA.filter(
      (c) =>
        c.factor === factor &&
        ((weights[factor] as Record<string, number>)[c.criterion] ?? 0) > 0 &&
        changedPair(refs.low.offer, { kind: 'rating', factor, criterion: c.criterion }) !== null,
    );
    if (options.length === 0) continue;
    const spread = (criterion: string) =>
      spreadOf(
        utilities
          .map((u) => (u[factor] as Record<string, number | null>)[criterion] ?? null)
          .filter((u) => u !== null),
      );
    const { criterion } = options.reduce((top, c) =>
      spread(c.criterion) > spread(top.criterion) ? c : top,
    );
    const verdict = checkQuestion(document, { factor, criterion, amount: 1 }, rules);
    const amount = nearestAmount(sortedGaps, verdict?.equivalent.amount ?? null, used);
    used.add(amount);
    questions.push({ factor, criterion, amount });
  }
  return questions;
};

/** How far past the point of indifference an adjustment goes: the step is worth 10 % more (or less) than the amount. */
export const ADJUST_MARGIN = 1.1;

/**
 * The smallest whole-number change of two weights (the question's factor and
 * compensation, moved in opposite directions) after which the weights clearly
 * agree with `answer`: the step is then worth at least 10 % more than the
 * amount (answer `step`) or at most 1/1.1 of it (answer `money`). `null` when
 * the weights already agree, or no offer can be scored.
 */
export const weightsForAnswer = (
  input: TradeoffDocument,
  question: CheckQuestion,
  answer: CheckAnswer,
  rules: TaxRules = NO_TAX_RULES,
): Weights | null => {
  const document = completeDocument(input);
  const now = checkQuestion(document, question, rules);
  if (now === null || answerAgrees(now, answer)) return null;
  const { weights } = document.settings;
  const f = question.factor;
  const target =
    answer === 'step' ? question.amount * ADJUST_MARGIN : question.amount / ADJUST_MARGIN;
  for (let n = 1; n <= 100; n += 1) {
    const t = n / 100;
    const next: Weights =
      answer === 'step'
        ? {
            ...weights,
            [f]: Math.ceil(weights[f] + t * (100 - weights[f])),
            compensation: Math.floor(weights.compensation * (1 - t)),
          }
        : {
            ...weights,
            [f]: Math.floor(weights[f] * (1 - t)),
            compensation: Math.ceil(weights.compensation + t * (100 - weights.compensation)),
          };
    const moved = { ...document, settings: { ...document.settings, weights: next } };
    const verdict = checkQuestion(moved, { ...question, amount: target }, rules);
    if (verdict !== null && verdict.weightsPrefer === answer) return next;
  }
  // At the far end (factor 100 and compensation 0, or the reverse) the answer always agrees.
  return answer === 'step'
    ? { ...weights, [f]: 100, compensation: 0 }
    : { ...weights, [f]: 0, compensation: 100 };
};
