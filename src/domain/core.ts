/**
 * What the first render needs of the domain, and everything else that is
 * not only for lazily loaded panels. The app imports this file; index.ts is
 * the domain's whole public face (this plus the decision insights), for
 * checks of docs/scoring.md and the tests. Bundlers place every module a
 * barrel reaches in the barrel's chunk, so the insights' code reachable from
 * here would load before the first render.
 */
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
} from './schema';
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
} from './schema';
export { parseDocument, describeError, formatPath } from './parse';
export type { ParseError, ParseResult } from './parse';
export { MIGRATIONS, migrate } from './migrations';
export type { Migration } from './migrations';
export {
  COMPENSATION_PARTS,
  adjustForCostOfLiving,
  employerRetirement,
  expectedBonus,
  initialGrantVesting,
  refresherVesting,
  vestedFraction,
  yearlyCompensation,
} from './compensation';
export type { CompensationPart, CompensationYear, OfferPay } from './compensation';
export { exitPayoff, grantShares, ownershipAt } from './private-equity';
export { exchangeRate } from './currency';
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
} from './scoring';
export type {
  CriterionUtilities,
  FactorScores,
  ScoreResult,
  ScoredOffer,
  UnscoredOffer,
} from './scoring';
export { TIE_TOLERANCE, rankOffers, rankScoreResult, rankScored } from './ranking';
export type { RankedOffer, Ranking } from './ranking';
export { createDocument, createOffer, createSettings } from './factory';
export type { NewOfferInit } from './factory';
export type { DecisionInsights, DecisionMargin, InsightOffer } from './insights';
export type { WeightFlip, WeightFlips } from './weight-flips';
export type { BreakEven } from './break-even';
export type { WinProbability } from './win-probability';
export type { LeaveEarly, LeavingNow } from './leave-early';
export { currentJob, keepOneCurrentJob } from './current-job';
export type { AgainstStaying, StayingComparison } from './staying';
export { mergeDocuments, twinsOf } from './merge';
export type { MergeResult, TwinChoice } from './merge';
export { mergeThreeWay } from './merge-three-way';
export type { KeptOffer, MergeConflict, ThreeWayMerge } from './merge-three-way';
export {
  BONUS_AS_OPTIONS,
  CRITERION_LABELS,
  EQUITY_KIND_OPTIONS,
  EQUITY_MARKET_OPTIONS,
  STATUS_OPTIONS,
  statusLabel,
} from './choices';
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
} from './offer-fields';
export type { FieldKind, FieldSection, OfferField } from './offer-fields';
export { revertChange, sameValue } from './revert';
export type { DocumentChange, RevertResult } from './revert';
export { scoreCandidates } from './scoring';
export type { PayCandidate } from './scoring';
export { TAX_RULES_LOADING, installNetCalculator, taxRulesVersion } from './tax-registry';
export type { NetCalculator, NetPay } from './tax-registry';
