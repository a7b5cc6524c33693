import {
  CURRENT_VERSION,
  DEFAULT_WEIGHTS,
  FORMAT,
  type Offer,
  type Settings,
  type TradeoffDocument,
  type Weights,
} from '../domain/document/schema';
import { scoreDocument } from '../domain/scoring/scoring';
import type { TaxRules } from '../domain/tax/rules';
import { derive, keepEqual } from '../lib/derive';
import { rulesInUse, withRanks, type DocumentScores } from './scores';

/*
 * What the selectors that do not depend on the factor weights key on (the
 * charts' factor scores and pay year by year): apart from scores.ts, so the
 * first render does not carry it.
 */

/** Everything scoring reads but the factor weights. */
export interface ScoringBasis {
  offers: readonly Offer[];
  settings: Omit<Settings, 'weights'>;
  rules: TaxRules;
}

type BasisSettings = ScoringBasis['settings'];

const sameSettings = (a: BasisSettings, b: BasisSettings) =>
  (Object.keys(a) as (keyof BasisSettings)[]).every((key) => a[key] === b[key]) &&
  Object.keys(a).length === Object.keys(b).length;

/**
 * Every setting but the factor weights, as one object that keeps its
 * identity while none of them changes: a weight step gives the same object.
 */
const basisSettings = keepEqual(
  ({ weights: _weights, ...rest }: Settings): BasisSettings => rest,
  sameSettings,
);

/**
 * The scoring basis of a document: one object for each distinct set of its
 * parts (offers, every setting but the factor weights, the rules in use), so
 * a weight step gives the same basis and a selector keyed on it is not redone.
 */
export const selectScoringBasis = derive(
  (document: TradeoffDocument, rules: TaxRules) => [
    document.offers,
    basisSettings(document.settings),
    rulesInUse(document, rules),
  ],
  (offers, settings, rules): ScoringBasis => ({ offers, settings, rules }),
);

/** Scores the offers of `basis` with `weights` (factor scores and pay do not depend on them). */
export const scoreBasis = (
  { offers, settings, rules }: ScoringBasis,
  weights: Weights = DEFAULT_WEIGHTS,
): DocumentScores =>
  withRanks(
    scoreDocument(
      {
        format: FORMAT,
        version: CURRENT_VERSION,
        offers: [...offers],
        settings: { ...settings, weights },
      },
      rules,
    ),
  );

/** Factor scores and mean pay of every scored offer, once per basis: a weight step reuses them. */
export const selectBasisScores = derive(
  (basis: ScoringBasis) => [basis],
  (basis) => scoreBasis(basis),
);
