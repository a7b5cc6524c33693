/**
 * The domain's second entry point: swing weights, money equivalents and check
 * questions (scoring.md §8–10). Only lazily loaded parts use them (the weights
 * guide and Insights), and re-exported from index.ts they were bundled with
 * the first render's domain code, past the 110 kB budget.
 */
export {
  NO_SPREAD,
  factorSwingWeights,
  factorSwings,
  swingWeights,
  wholeShares,
} from './swing-weights';
export type { Swing, SwingInput, SwingResult } from './swing-weights';
export {
  RATING_CRITERIA,
  changedPair,
  moneyEquivalents,
  payCandidates,
  payEquivalent,
} from './money-equivalents';
export type {
  MoneyChange,
  MoneyEquivalents,
  OfferEquivalents,
  PayEquivalent,
  RatingEquivalent,
} from './money-equivalents';
export {
  ADJUST_MARGIN,
  answerAgrees,
  checkQuestion,
  checkQuestions,
  roundDownNicely,
  weightsForAnswer,
} from './check-questions';
export type { CheckAnswer, CheckQuestion, CheckVerdict } from './check-questions';
