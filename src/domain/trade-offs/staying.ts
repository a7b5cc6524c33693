import { completeDocument } from '../document/defaults';
import { rankScored } from '../scoring/ranking';
import { FACTORS, type Factor, type TradeoffDocument } from '../document/schema';
import { scoreDocument } from '../scoring/scoring';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';

/** Factor scores closer than this are level: neither side "wins" on it. */
export const LEVEL_POINTS = 0.05;

export interface AgainstStaying {
  offerId: string;
  company: string;
  /**
   * Mean yearly pay over the horizon minus the current job's (scoring.md §4:
   * cost of living adjusted, in the display currency); positive when the
   * offer pays more.
   */
  payDifference: number;
  /** Factors on which the offer scores higher than staying, in factor order. */
  aheadOn: Factor[];
  /** Factors on which staying scores higher. */
  behindOn: Factor[];
}

export interface StayingComparison {
  current: { offerId: string; company: string };
  /** Every other ranked offer, in ranking order. */
  offers: AgainstStaying[];
}

/**
 * Each ranked offer against the current job (scoring.md §7, "Against
 * staying"); `null` when no current job is ranked (none marked, declined, or
 * waiting for an exchange rate).
 */
export const compareWithStaying = (
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): StayingComparison | null => {
  const document = completeDocument(input);
  const currentId = document.offers.find((offer) => offer.current)?.id;
  const ranked = rankScored(scoreDocument(document, rules).scored);
  const current = ranked.find((offer) => offer.offerId === currentId);
  if (!current) return null;
  return {
    current: { offerId: current.offerId, company: current.company },
    offers: ranked
      .filter((offer) => offer !== current)
      .map((offer) => ({
        offerId: offer.offerId,
        company: offer.company,
        payDifference: offer.meanCompensation - current.meanCompensation,
        aheadOn: FACTORS.filter((f) => offer.factors[f] - current.factors[f] >= LEVEL_POINTS),
        behindOn: FACTORS.filter((f) => current.factors[f] - offer.factors[f] >= LEVEL_POINTS),
      })),
  };
};
