/**
 * The domain's second entry point: what only lazily loaded panels use (the
 * weights guide and Insights): swing weights, money equivalents and check
 * questions (scoring.md §8–10), the decision insights, leaving early and the
 * comparison with staying (§7). Imported through index.ts by the app, they
 * were bundled with the first render's domain code, past the 110 kB budget;
 * index.ts exports all of it too, for checks of scoring.md and the tests.
 */
export { analyzeDecision } from './insights';
export { RAISE_STEP } from './break-even';
export { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from './win-probability';
export { LEAVE_EARLY_MONTHS, clawbackAt, leaveEarly, leavingNow } from './leave-early';
export { LEVEL_POINTS, compareWithStaying } from './staying';
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

export { EXAMPLE_EXCHANGE_RATES, exampleOffers, withExampleOffers } from './examples';
export { offerQuestions, recruiterQuestions } from './recruiter-questions';
export type { OfferQuestions, QuestionTopic, RecruiterQuestion } from './recruiter-questions';
export { moneyOutcomes, compensationDraw, triangleQuantile } from './money-uncertainty';
export type { MoneyOutcome, MoneyOutcomes, UnsureMoney, UnsureOf } from './money-uncertainty';
export { yearlyBand } from './money-band';
export type { Triangle, YearBand } from './money-band';
