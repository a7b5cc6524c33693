import { breakEvenRaise, type BreakEven, type SalaryMean } from './break-even';
import { completeDocument } from '../document/defaults';
import { TIE_TOLERANCE, rankScored } from '../scoring/ranking';
import type { TradeoffDocument } from '../document/schema';
import { scoreDocument, type ScoreResult, type ScoredOffer } from '../scoring/scoring';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';
import { weightFlips, type WeightFlips } from './weight-flips';
import {
  moneyOutcomes,
  offerMoneySteps,
  type MoneyOf,
  type UnsureMoney,
} from './money-uncertainty';
import { winProbabilitySteps, type WinProbability } from './win-probability';
import { runSteps, type Steps } from '../steps';

export interface InsightOffer {
  offerId: string;
  company: string;
  total: number;
}

export interface DecisionMargin {
  /** First in the ranking (on a tie, first by name as the ranking lists it). */
  leader: InsightOffer;
  /** Second in the ranking; `null` with a single scored offer. */
  runnerUp: InsightOffer | null;
  /** Leader's total minus runner-up's (never negative); `null` without a runner-up. */
  gap: number | null;
  /** Leader and runner-up share first place. */
  tied: boolean;
  /**
   * The "margin of the decision" (scoring.md §7): the smallest move of one
   * raw weight, other weights held, at which another offer ties the leader;
   * `null` when no single weight within 0–100 can do it.
   */
  marginOfDecision: number | null;
}

/** Ways to work out an offer's money that a caller may cache on the offer (see analyzeDecision). */
export interface PayMemo {
  moneyOf?: MoneyOf;
  meanAt?: SalaryMean;
}

export interface DecisionInsights {
  /** `null` when no offer can be scored. */
  margin: DecisionMargin | null;
  flips: WeightFlips;
  /** One entry per scored offer after the leader, in ranking order. */
  breakEven: BreakEven[];
  /** One entry per scored offer, in ranking order; the shares add up to 1. */
  winProbability: WinProbability[];
  /** Companies whose pay the win probability draws too, and in what (exits, share price, bonus). */
  unsureAbout: UnsureMoney[];
  /** Every weight is 0: every total is 0, and the flips are empty. */
  allWeightsZero: boolean;
}

/** The insights but the break-even raises: what the decision charts draw. */
export type DecisionOutline = Omit<DecisionInsights, 'breakEven'>;

/**
 * A document completed, scored with `rules` and ranked: what the outline and
 * the raises start from. A caller that has scored the document already (the
 * app's ranking) may hand it in rather than have it scored again.
 */
export interface ScoredDocument {
  document: TradeoffDocument;
  result: ScoreResult;
  ranked: (ScoredOffer & { rank: number })[];
}

/**
 * The lead, the weight changes that would tie it and how often it stays first
 * when the weights wobble (scoring.md §7): every insight but the break-even
 * raises, which search each offer's pay and take most of the time. A caller
 * that draws the charts first asks for this, then for the raises.
 */
export function* decisionOutlineSteps(
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
  pay: PayMemo = {},
  scored: ScoredDocument = scoredOnce(input, rules),
): Steps<DecisionOutline> {
  return yield* outlineSteps(scored, rules, pay);
}

const scoredOnce = (input: TradeoffDocument, rules: TaxRules): ScoredDocument => {
  const document = completeDocument(input);
  const result = scoreDocument(document, rules);
  return { document, result, ranked: rankScored(result.scored) };
};

function* outlineSteps(
  { document, result, ranked }: ScoredDocument,
  rules: TaxRules,
  { moneyOf }: PayMemo,
): Steps<DecisionOutline> {
  const { settings } = document;
  const [leader, ...others] = ranked;
  const money = yield* moneyOutcomes(
    ranked,
    document.offers,
    moneyOf ?? ((offer) => offerMoneySteps(offer, settings, rules)),
  );
  const winProbability = yield* winProbabilitySteps(ranked, settings.weights, money.pay);
  const { unsureAbout } = money;
  const { allWeightsZero } = result;
  if (leader === undefined)
    return {
      margin: null,
      flips: { all: [], smallest: null },
      winProbability,
      unsureAbout,
      allWeightsZero,
    };

  const summary = ({ offerId, company, total }: InsightOffer): InsightOffer => ({
    offerId,
    company,
    total,
  });
  const runnerUp = others[0];
  const gap = runnerUp === undefined ? null : Math.max(0, leader.total - runnerUp.total);
  const flips = weightFlips(leader, others, settings.weights);
  return {
    margin: {
      leader: summary(leader),
      runnerUp: runnerUp === undefined ? null : summary(runnerUp),
      gap,
      tied: gap !== null && gap <= TIE_TOLERANCE,
      marginOfDecision: flips.smallest?.move ?? null,
    },
    flips,
    winProbability,
    unsureAbout,
    allWeightsZero,
  };
}

/**
 * The raise of base salary at which each offer after the leader would tie it
 * (scoring.md §7), in ranking order; pauses after each. `meanAt` may hand in
 * an offer's pay at another base salary, remembered per offer; `scored`, the
 * document scored already, as for `decisionOutlineSteps`.
 */
export function* breakEvenSteps(
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
  meanAt?: SalaryMean,
  scored: ScoredDocument = scoredOnce(input, rules),
): Steps<BreakEven[]> {
  return yield* raisesSteps(scored, rules, meanAt);
}

function* raisesSteps(
  { document, ranked }: ScoredDocument,
  rules: TaxRules,
  meanAt?: SalaryMean,
): Steps<BreakEven[]> {
  const { settings } = document;
  const [leader, ...others] = ranked;
  const breakEven: BreakEven[] = [];
  if (leader === undefined) return breakEven;
  const offersById = new Map(document.offers.map((offer) => [offer.id, offer]));
  for (const challenger of others) {
    const offer = offersById.get(challenger.offerId)!;
    breakEven.push({
      offerId: challenger.offerId,
      company: challenger.company,
      currency: offer.currency,
      baseSalary: offer.compensation.baseSalary,
      raise: breakEvenRaise({
        leader,
        challenger,
        challengerOffer: offer,
        scored: ranked,
        settings,
        rules,
        meanAt,
      }),
    });
    yield;
  }
  return breakEven;
}

/**
 * How solid the current first place is (scoring.md §7): the lead, the weight
 * changes that would tie it, the raises that would match it and how often it
 * stays first when the weights wobble. Offers that cannot be scored (missing
 * exchange rate) are left out, as in the ranking. Deterministic. After tax
 * with the tax places in `rules`, as the ranking. `pay` may hand in ways to
 * work out an offer's money that remember their answers per offer (they
 * depend on the offer, the pay settings and the rules only): its money in
 * the win probability's draws and its pay at another base salary, so a
 * weight step does not work them out again. The answers are the same either
 * way. Pauses every few draws of an offer's money or of the weightings, and
 * after each break-even raise, so a caller may spread the work over tasks.
 */
export function* decisionSteps(
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
  pay: PayMemo = {},
): Steps<DecisionInsights> {
  const scored = scoredOnce(input, rules);
  const outline = yield* outlineSteps(scored, rules, pay);
  const breakEven = yield* raisesSteps(scored, rules, pay.meanAt);
  return { ...outline, breakEven };
}

/** `decisionSteps` run to the end at once. */
export const analyzeDecision = (...args: Parameters<typeof decisionSteps>): DecisionInsights =>
  runSteps(decisionSteps(...args));
