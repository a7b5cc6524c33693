import { CRITERION_LABELS } from '../../domain/fields/choices';
import { FACTORS, type Factor, type Weights } from '../../domain/document/schema';
import { weightShares, type ScoredOffer } from '../../domain/scoring/scoring';
import { factorSwings } from '../../domain/trade-offs/swing-weights';
import { type CheckQuestion, type CheckVerdict } from '../../domain/trade-offs/check-questions';
import { FACTOR_LABELS } from '../../components/palette';
import { formatMoney, formatNumber, formatPercent } from '../../lib/format';

/*
 * The words of the weights guide, from the scored offers. Pure: the dialog
 * only renders what these return.
 */

export interface SwingLine {
  factor: Factor;
  label: string;
  /** "from $80,000 to $100,000 a year" or "from 33 to 67 points of 100". */
  range: string;
}

export interface GuideSwings {
  /** Factors on which the offers differ, in the usual order. */
  rated: SwingLine[];
  /** Factors on which every offer is equal, each with why it is left out. */
  skipped: { factor: Factor; text: string }[];
}

const points = (score: number) => formatNumber(score, 0);

/** Each factor from the worst to the best of the scored offers, in the person's own terms. */
export const guideSwings = (
  scored: readonly ScoredOffer[],
  weights: Weights,
  currency: string,
): GuideSwings => {
  const swings = factorSwings(scored);
  const shares = weightShares(weights);
  const pay = scored.map((s) => s.meanCompensation);
  const rated: SwingLine[] = [];
  const skipped: GuideSwings['skipped'] = [];
  for (const factor of FACTORS) {
    const { worst, best, spread } = swings[factor];
    const label = FACTOR_LABELS[factor];
    if (spread > 1e-9) {
      rated.push({
        factor,
        label,
        range:
          factor === 'compensation'
            ? `from ${formatMoney(Math.min(...pay), currency)} to ${formatMoney(Math.max(...pay), currency)} a year`
            : `from ${points(worst)} to ${points(best)} points of 100`,
      });
    } else if (scored.length > 0) {
      skipped.push({
        factor,
        text: `${label} is left out: every offer scores the same on it (${points(best)}), so no weight on it could change their order. It keeps its share (${formatPercent(shares[factor])}).`,
      });
    }
  }
  return { rated, skipped };
};

export const questionText = ({ criterion, amount }: CheckQuestion, currency: string): string =>
  `Would you rather have ${formatMoney(amount, currency)} more a year, or a ${(
    CRITERION_LABELS[criterion] ?? criterion
  ).toLowerCase()} rating one step better?`;

const worth = (verdict: CheckVerdict, currency: string): string =>
  verdict.equivalent.amount === null
    ? 'no amount of pay makes up for one step'
    : `one step is worth about ${formatMoney(verdict.equivalent.amount, currency)} a year`;

/** Whether an answer agrees with the weights, in words. */
export const verdictText = (
  verdict: CheckVerdict,
  question: CheckQuestion,
  agrees: boolean,
  currency: string,
): string => {
  const amount = formatMoney(question.amount, currency);
  if (agrees) return `That agrees with your weights: under them ${worth(verdict, currency)}.`;
  const side = verdict.weightsPrefer === 'money' ? `less than ${amount}` : `more than ${amount}`;
  return `Your weights say otherwise: under them ${worth(verdict, currency)}, ${side}.`;
};

/** "Culture 15 % → 24 %, Compensation 40 % → 31 %": the factors whose share moves. */
export const shareChanges = (before: Weights, after: Weights): string => {
  const a = weightShares(before);
  const b = weightShares(after);
  return FACTORS.filter((f) => Math.round(a[f]) !== Math.round(b[f]))
    .map((f) => `${FACTOR_LABELS[f]} ${formatPercent(a[f])} → ${formatPercent(b[f])}`)
    .join(', ');
};
