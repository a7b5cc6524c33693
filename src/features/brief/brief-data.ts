/*
 * What the decision brief shows, as plain data: src/app builds it from the ranking, the
 * insights and the side-by-side rows (other features), this folder only lays it out and
 * writes it as text. No number is computed here.
 */

export interface BriefFactor {
  label: string;
  /** Share of the total weight, as shown ("40 %"). */
  share: string;
}

export interface BriefRankedOffer {
  offerId: string;
  rank: number;
  company: string;
  role: string;
  /** Another offer shares this rank. */
  tied: boolean;
  /** Score out of 100, as shown. */
  score: string;
  /** Points each factor adds to the score, in the order of `BriefData.factors`, as shown. */
  split: string[];
  /** The same points as segments of a bar of 100 (start and length), for the drawn split. */
  bar: { start: number; width: number }[];
}

export interface BriefCell {
  text: string;
  /** The best value of its row (marked with a star and the word, never by colour alone). */
  best: boolean;
}

export interface BriefRow {
  key: string;
  label: string;
  cells: BriefCell[];
}

export interface BriefOfferNote {
  offerId: string;
  company: string;
  /** The decision deadline in words, or null when none is set. */
  deadline: string | null;
  notes: string;
}

/** One part of "What the figures are": the basis, rates, tax places, the grants, staying. */
export interface BriefContextLine {
  /** What it is about ("Pay", "Tax", "Equity"). */
  label: string;
  /** One line or more (a grant a line); names wrapped by `isolate`. */
  lines: string[];
}

export interface BriefData {
  /** The day the brief was made, in words. */
  date: string;
  /** What a reader needs to take the figures as they are meant. */
  context: BriefContextLine[];
  factors: BriefFactor[];
  /** True when every weight is 0 (every score is 0). */
  allWeightsZero: boolean;
  ranking: BriefRankedOffer[];
  /** Offers left out of the ranking, and why. */
  unscored: { company: string; reason: string }[];
  insights: {
    headline: string;
    details: string[];
    catchUp: { offerId: string; company: string; text: string }[];
    leftOut: string | null;
  };
  /** Column heads of the table: every offer, in the list's order. */
  offers: { offerId: string; company: string }[];
  rows: BriefRow[];
  notes: BriefOfferNote[];
}
