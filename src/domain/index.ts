/** The domain's public face: everything the UI and independent checks use. */
export {
  CRITERIA,
  CURRENT_VERSION,
  DEFAULT_WEIGHTS,
  FACTORS,
  FORMAT,
  MAX_OFFERS,
  MONEY_LIMIT,
  OFFER_STATUSES,
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
  exchangeRateSchema,
  weightSchema,
  workLifeSchema,
} from './schema';
export type {
  Compensation,
  CriterionWeights,
  Equity,
  EquityKind,
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
  initialGrantVesting,
  refresherVesting,
  vestedFraction,
  yearlyCompensation,
} from './compensation';
export type { CompensationPart, CompensationYear } from './compensation';
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
  weeklyCommuteHours,
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
export { EXAMPLE_EXCHANGE_RATES, exampleOffers, withExampleOffers } from './examples';
export { analyzeDecision } from './insights';
export type { DecisionInsights, DecisionMargin, InsightOffer } from './insights';
export type { WeightFlip, WeightFlips } from './weight-flips';
export { RAISE_STEP } from './break-even';
export type { BreakEven } from './break-even';
export { WEIGHT_JITTER, WIN_PROBABILITY_DRAWS } from './win-probability';
export type { WinProbability } from './win-probability';
export { LEAVE_EARLY_MONTHS, leaveEarly } from './leave-early';
export type { LeaveEarly } from './leave-early';
export { CSV_HEADERS, csvCell, documentToCsv, toCsv } from './csv';
export type { CsvValue } from './csv';
export { mergeDocuments } from './merge';
export type { MergeResult } from './merge';
export { mergeThreeWay } from './merge-three-way';
export type { KeptOffer, MergeConflict, ThreeWayMerge } from './merge-three-way';
export { applyMine, describeConflict } from './merge-conflicts';
export { CRITERION_LABELS, EQUITY_KIND_OPTIONS, STATUS_OPTIONS, statusLabel } from './choices';
export {
  OFFER_FIELDS,
  SECTION_TITLES,
  choiceLabel,
  describeOfferPath,
  fieldApplies,
  fieldBounds,
  fieldDefault,
  fieldSchema,
  fieldUnit,
  fieldValue,
  offerField,
  sectionFields,
  setValueAt,
  valueAt,
} from './offer-fields';
export type { Bounds, FieldKind, FieldSection, OfferField } from './offer-fields';
export { revertChange, sameValue } from './revert';
export type { DocumentChange, RevertResult } from './revert';
export { scoreCandidates } from './scoring';
export type { PayCandidate } from './scoring';
