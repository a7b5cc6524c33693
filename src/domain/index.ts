/**
 * The domain's public face, for the tests and the independent check of
 * docs/scoring.md. The app imports each module it uses directly, so that a
 * bundler keeps what only lazily loaded panels need out of the first load.
 */
// What the first render uses.
export {
  CRITERIA,
  CURRENT_VERSION,
  DEFAULT_WEIGHTS,
  FACTORS,
  FORMAT,
  MAX_OFFERS,
  MONEY_LIMIT,
  OFFER_STATUSES,
  BONUS_AS,
  EQUITY_MARKETS,
  compensationSchema,
  cultureSchema,
  documentSchema,
  equitySchema,
  growthSchema,
  offerSchema,
  settingsSchema,
  vestingScheduleSchema,
  withoutDefault,
  COMPANY_MAX_LENGTH,
  COMPARE_ON,
  HOUSEHOLDS,
  taxSchema,
  exchangeRateSchema,
  rangeIssue,
  weightSchema,
  workLifeSchema,
} from './document/schema';
export type {
  BonusAs,
  CompareOn,
  Compensation,
  Household,
  OfferTax,
  CriterionWeights,
  Equity,
  EquityKind,
  ExitScenario,
  PrivateEquity,
  Factor,
  Offer,
  OfferInput,
  OfferStatus,
  RatedFactor,
  Settings,
  TradeoffDocument,
  Weights,
} from './document/schema';
export { parseDocument, describeError, formatPath } from './document/parse';
export type { ParseError, ParseResult } from './document/parse';
export { MIGRATIONS, migrate } from './document/migrations';
export type { Migration } from './document/migrations';
export {
  COMPENSATION_PARTS,
  adjustForCostOfLiving,
  employerRetirement,
  expectedBonus,
  initialGrantVesting,
  refresherVesting,
  vestedFraction,
  yearlyCompensation,
} from './pay/compensation';
export type { CompensationPart, CompensationYear, OfferPay } from './pay/compensation';
export {
  commonShares,
  exitPayoff,
  exitValuePerShare,
  grantShares,
  laterRounds,
  ownershipAt,
  preferenceAt,
  stackAt,
} from './pay/private-equity';
export { commonValuePerShare, exitSplit, type StackSeries } from './pay/waterfall';
export { exchangeRate } from './pay/currency';
export {
  commuteUtility,
  criterionUtilities,
  factorScore,
  hoursUtility,
  meanCompensation,
  ratingUtility,
  scoreDocument,
  timeOffUtility,
  totalScore,
  UNRATED_FACTOR_SCORE,
  unratedCriteria,
  weeklyCommuteHours,
  weightShareAt,
  weightShares,
  weightSum,
} from './scoring/scoring';
export type {
  CriterionUtilities,
  FactorScores,
  ScoreResult,
  ScoredOffer,
  UnscoredOffer,
} from './scoring/scoring';
export { TIE_TOLERANCE, rankOffers, rankScoreResult, rankScored } from './scoring/ranking';
export type { RankedOffer, Ranking } from './scoring/ranking';
export { createDocument, createOffer, createSettings } from './document/factory';
export type { NewOfferInit } from './document/factory';
export type { DecisionInsights, DecisionMargin, InsightOffer } from './trade-offs/insights';
export type { WeightFlip, WeightFlips } from './trade-offs/weight-flips';
export type { BreakEven } from './trade-offs/break-even';
export type { WinProbability } from './trade-offs/win-probability';
export type { LeaveEarly, LeavingNow } from './pay/leave-early';
export { currentJob, keepOneCurrentJob } from './document/current-job';
export type { AgainstStaying, StayingComparison } from './trade-offs/staying';
export { mergeDocuments, twinsOf } from './history/merge';
export type { MergeResult, TwinChoice } from './history/merge';
export { mergeThreeWay } from './history/merge-three-way';
export type { KeptOffer, MergeConflict, ThreeWayMerge } from './history/merge-three-way';
export {
  BONUS_AS_OPTIONS,
  CRITERION_LABELS,
  EQUITY_KIND_OPTIONS,
  EQUITY_MARKET_OPTIONS,
  STATUS_OPTIONS,
  statusLabel,
} from './fields/choices';
export {
  OFFER_FIELDS,
  SECTION_TITLES,
  choiceLabel,
  describeOfferPath,
  fieldApplies,
  fieldUnit,
  fieldValue,
  offerField,
  sectionFields,
  setValueAt,
  valueAt,
} from './fields/offer-fields';
export type { FieldKind, FieldSection, OfferField } from './fields/offer-fields';
export { revertChange, sameValue } from './history/revert';
export type { DocumentChange, RevertResult } from './history/revert';
export { scoreCandidates } from './scoring/scoring';
export type { PayCandidate } from './scoring/scoring';
// What only lazily loaded panels use.
export { analyzeDecision } from './trade-offs/insights';
export { RAISE_STEP } from './trade-offs/break-even';
export { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from './trade-offs/win-probability';
export { LEAVE_EARLY_MONTHS, clawbackAt, leaveEarly, leavingNow } from './pay/leave-early';
export { LEVEL_POINTS, compareWithStaying } from './trade-offs/staying';
export {
  NO_SPREAD,
  factorSwingWeights,
  factorSwings,
  swingWeights,
  wholeShares,
} from './trade-offs/swing-weights';
export type { Swing, SwingInput, SwingResult } from './trade-offs/swing-weights';
export {
  RATING_CRITERIA,
  changedPair,
  moneyEquivalents,
  payCandidates,
  payEquivalent,
} from './trade-offs/money-equivalents';
export type {
  MoneyChange,
  MoneyEquivalents,
  OfferEquivalents,
  PayEquivalent,
  RatingEquivalent,
} from './trade-offs/money-equivalents';
export {
  ADJUST_MARGIN,
  answerAgrees,
  checkQuestion,
  checkQuestions,
  roundDownNicely,
  weightsForAnswer,
} from './trade-offs/check-questions';
export type { CheckAnswer, CheckQuestion, CheckVerdict } from './trade-offs/check-questions';

export { EXAMPLE_EXCHANGE_RATES, exampleOffers, withExampleOffers } from './document/examples';
export { offerQuestions, recruiterQuestions } from './trade-offs/recruiter-questions';
export type {
  OfferQuestions,
  QuestionTopic,
  RecruiterQuestion,
} from './trade-offs/recruiter-questions';
export { moneyOutcomes, offerMoney, triangleQuantile } from './trade-offs/money-uncertainty';
export type {
  MoneyOf,
  MoneyOutcome,
  MoneyOutcomes,
  OfferMoney,
  UnsureMoney,
  UnsureOf,
} from './trade-offs/money-uncertainty';
export { yearlyBand } from './pay/money-band';
export type { Triangle, YearBand } from './pay/money-band';
// The words for a merge's conflicts load when a merge has one (storage/merge-notices.ts).
export { applyMine, describeConflict } from './history/merge-conflicts';
// The schema's view of each field loads with the offer form.
export { fieldBounds, fieldDefault, fieldSchema } from './fields/offer-field-schema';
export type { Bounds } from './fields/offer-field-schema';
// A private grant's outlook loads with the offer form.
export { privateOutlook } from './pay/equity-outlook';
export type { ExitOutcome, PrivateOutlook } from './pay/equity-outlook';
// The CSV writer loads on its own when Export CSV is chosen (export-files.ts).
export { CSV_HEADERS, csvCell, documentToCsv, toCsv } from './fields/csv';
export type { CsvValue } from './fields/csv';
export { ALL_TAX_PLACES, ALL_TAX_RULES, netCompensation, taxPlaces } from './tax/all';
export type { TaxPlaceInfo } from './tax/all';
export { TAX_RULES_LOADING, netPay, netYears, rulesFor, taxChoice } from './tax/net';
export type { NetPay, NetYear } from './tax/net';
export { netCompensationWith } from './tax/net-compensation';
export type { NetCompensation } from './tax/net-compensation';
export { NO_TAX_RULES, hasTaxPlaces, placeRules, withTaxPlaces } from './tax/rules';
export type { TaxRules } from './tax/rules';
export { loadTaxPlaces } from './tax/load';
export { TAX_PLACE_OPTIONS, taxPlaceLabel } from './tax/places';
export { bracketTax } from './tax/types';
export type { Bracket, PlaceRules, Source, YearRules } from './tax/types';
// The offer-text reader loads with the paste panel of the offer form.
export { OFFER_TEXT_LIMIT, readOfferText } from './offer-text/read-offer-text';
export type { OfferTextOptions, OfferTextReading } from './offer-text/read-offer-text';
export type { Proposal, ProposedValue, Question } from './offer-text/proposal';
