import { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from '../../domain/trade-offs/win-probability';
import { type UnsureMoney } from '../../domain/trade-offs/money-uncertainty';
import { weightShareAt, type UnscoredOffer } from '../../domain/scoring/scoring';
import { type BreakEven } from '../../domain/trade-offs/break-even';
import { TAX_RULES_LOADING } from '../../domain/tax/net';
import { type DecisionInsights } from '../../domain/trade-offs/insights';
import { type WeightFlip } from '../../domain/trade-offs/weight-flips';
import { type Weights } from '../../domain/document/schema';
import { type WinProbability } from '../../domain/trade-offs/win-probability';
import { FACTOR_LABELS } from '../../components/palette';
import { formatMoney, formatNumber, formatPercent, formatScore } from '../../lib/format';
import { isolate } from '../../lib/isolate';
import { listOf } from '../../lib/list';
import { moneyWords, wholePercents } from './insight-rows';

/** A lead under this many points is a close call. */
export const CLOSE_CALL_POINTS = 2;

export type InsightTone = 'clear' | 'close' | 'tie' | 'neutral';

export interface CatchUpLine {
  offerId: string;
  company: string;
  /** The sentence after the company's name. */
  text: string;
}

export interface InsightText {
  tone: InsightTone;
  headline: string;
  details: string[];
  /** What a raise would do for each offer behind the leader, in ranking order. */
  catchUp: CatchUpLine[];
  /** Offers the insights leave out, and why; `null` when none. */
  leftOut: string | null;
}

export interface InsightTextInput {
  insights: DecisionInsights;
  /** Companies sharing first place (rank 1), in ranking order. */
  firstPlace: readonly string[];
  unscored: readonly Pick<UnscoredOffer, 'company' | 'currency' | 'reason'>[];
  displayCurrency: string;
  /** The weights now: a flip is named as the share of them the sliders show. */
  weights: Weights;
}

/** Companies in a sentence, each isolated so its writing direction stays its own. */
const companiesOf = (names: readonly string[]): string => listOf(names.map(isolate));

const points = (gap: number): string =>
  gap < 0.05 ? 'less than 0.1 points' : `${formatScore(gap)} ${gap === 1 ? 'point' : 'points'}`;

/**
 * The weight named in a flip sentence, as the share of all weights the
 * sliders show ("goes above 24.5 %"), rounded to one decimal toward the
 * leader's side so the sentence stays true at the figure it names.
 */
export const flipSentence = (
  { factor, to, from, company }: WeightFlip,
  weights: Weights,
): string => {
  const name = `the ${FACTOR_LABELS[factor]} weight`;
  const share = weightShareAt(weights, factor, to);
  const who = isolate(company);
  if (to > from) {
    const bound = Math.floor(share * 10 + 1e-9) / 10;
    if (bound >= 100) return `It stays on top unless ${name} reaches 100 % (${who} would tie).`;
    return `It stays on top unless ${name} goes above ${formatNumber(bound, 1)} % (${who} would lead).`;
  }
  const bound = Math.ceil(share * 10 - 1e-9) / 10;
  if (bound <= 0) return `It stays on top unless ${name} drops to 0 % (${who} would tie).`;
  return `It stays on top unless ${name} drops below ${formatNumber(bound, 1)} % (${who} would lead).`;
};

// Written when a sentence needs them, not when the module loads (the panels load while the page
// is idle, and a browser's first number format loads its locale data: ~100 ms on a phone).
const nudge = () => formatPercent((WEIGHT_JITTER.max - 1) * 100);
const tries = () => `${formatNumber(WIN_PROBABILITY_DRAWS)} tries`;

/** A chance as the win chart writes it (whole percents adding up to 100); never 0 or 100 when it is not. */
const share = (probability: number, shown: number): string =>
  probability < 1 && shown >= 100
    ? 'over 99 %'
    : probability > 0 && shown <= 0
      ? 'under 1 %'
      : formatPercent(shown);

/**
 * How often the leader comes first; when the draws take the money too (a
 * private company's exit scenarios), the sentence says whose money.
 */
const leaderOdds = (
  { company, probability }: WinProbability,
  shown: number,
  unsureAbout: readonly UnsureMoney[],
) =>
  unsureAbout.length > 0
    ? `With your uncertainty about ${moneyWords(unsureAbout, isolate)}, ${isolate(company)} comes first in ${probability === 1 ? 'all' : share(probability, shown)} of ${tries()} (every weight nudged by up to ±${nudge()} as well).`
    : probability === 1
      ? `With every weight nudged by up to ±${nudge()}, ${isolate(company)} still comes first in all ${tries()}.`
      : `With every weight nudged by up to ±${nudge()}, ${isolate(company)} comes first in ${share(probability, shown)} of ${tries()}.`;

const tiedOdds = (shares: readonly WinProbability[], tied: readonly string[]): string => {
  const whole = wholePercents(shares);
  const among = shares.filter((s) => tied.includes(s.company));
  const first = among[0]?.probability ?? 0;
  // Equal shares: the offers tie in every draw, as they score the same wherever weight lies.
  if (among.every((s) => Math.abs(s.probability - first) < 1e-9))
    return `Nudging every weight by up to ±${nudge()} does not separate them.`;
  const parts = among.map(
    (s) => `${isolate(s.company)} ${share(s.probability, whole.get(s.offerId) ?? 0)}`,
  );
  return `With every weight nudged by up to ±${nudge()}, first place over ${tries()} goes ${listOf(parts)}.`;
};

export const catchUpText = ({ raise, currency, baseSalary }: BreakEven): string => {
  if (raise === null) return 'would not catch up: the lead is not reachable by salary alone.';
  if (raise === 0) return 'already ties at its current base salary.';
  return `would tie with a base salary ${formatMoney(raise, currency)} higher (${formatMoney(
    baseSalary + raise,
    currency,
  )}).`;
};

/** Why an offer is left out, in the words of the sentence naming it. */
const leftOutCause = (reason: string): string => {
  if (reason.startsWith('Needs a tax place')) return 'until given a tax place or your own tax rate';
  if (reason === TAX_RULES_LOADING) return 'while their tax rules load';
  return `(${reason.replace(/\.$/, '').replace(/^\w/, (c) => c.toLowerCase())})`;
};

/** One sentence per cause: a missing rate names the rates, any other cause its own words. */
const leftOutText = (
  unscored: InsightTextInput['unscored'],
  displayCurrency: string,
): string | null => {
  if (unscored.length === 0) return null;
  const sentences: string[] = [];
  const missingRate = unscored.filter((u) => u.reason.startsWith('Missing exchange rate'));
  if (missingRate.length > 0) {
    const currencies = [...new Set(missingRate.map((u) => u.currency))];
    const rates = listOf(currencies.map((c) => `${c} → ${displayCurrency}`));
    sentences.push(
      `Left out until an exchange rate is set (${rates}): ${companiesOf(missingRate.map((u) => u.company))}.`,
    );
  }
  const others = unscored.filter((u) => !missingRate.includes(u));
  for (const reason of new Set(others.map((u) => u.reason))) {
    const companies = others.filter((u) => u.reason === reason).map((u) => u.company);
    sentences.push(`Left out ${leftOutCause(reason)}: ${companiesOf(companies)}.`);
  }
  return sentences.join(' ');
};

/**
 * The insights in plain sentences. Says nothing that could mislead: no
 * leader when every weight is 0, no margin with a single offer, no "leads"
 * when the top is shared.
 */
export const insightText = ({
  insights,
  firstPlace,
  unscored,
  displayCurrency,
  weights,
}: InsightTextInput): InsightText => {
  const leftOut = leftOutText(unscored, displayCurrency);
  const { margin, flips, breakEven, winProbability, unsureAbout, allWeightsZero } = insights;
  const text = (tone: InsightTone, headline: string, details: string[] = []): InsightText => ({
    tone,
    headline,
    details,
    catchUp: [],
    leftOut,
  });

  if (allWeightsZero)
    return text('neutral', 'Every weight is 0, so no offer leads.', [
      'Raise at least one weight to see how sure the choice is and what would change it.',
    ]);
  if (margin === null) return text('neutral', 'No offer can be compared yet.');
  if (margin.runnerUp === null || margin.gap === null)
    return text('neutral', `${isolate(margin.leader.company)} is the only offer compared so far.`, [
      'Add another offer to see how sure the choice is and what would change it.',
    ]);

  const catchUp = breakEven.map((b) => ({
    offerId: b.offerId,
    company: b.company,
    text: catchUpText(b),
  }));

  if (margin.tied) {
    const tied =
      firstPlace.length >= 2 ? firstPlace : [margin.leader.company, margin.runnerUp.company];
    return {
      ...text(
        'tie',
        `${companiesOf(tied)} are tied at the top with ${formatScore(margin.leader.total)} points.`,
        [tiedOdds(winProbability, tied)],
      ),
      catchUp,
    };
  }

  const close = margin.gap < CLOSE_CALL_POINTS;
  const lead = `${isolate(margin.leader.company)} leads by ${points(margin.gap)}.`;
  const details = [
    flips.smallest === null
      ? 'No single weight, moved anywhere from 0 to 100, would put another offer on top.'
      : flipSentence(flips.smallest, weights),
  ];
  const leaderShare = winProbability.find((w) => w.offerId === margin.leader.offerId);
  if (leaderShare)
    details.push(
      leaderOdds(
        leaderShare,
        wholePercents(winProbability).get(leaderShare.offerId) ?? 0,
        unsureAbout,
      ),
    );
  return {
    ...text(close ? 'close' : 'clear', close ? `Close call: ${lead}` : lead, details),
    catchUp,
  };
};
