import type { Household } from '../document/schema';

/** Where a figure was read: the publication, its address and the day it was read. */
export interface Source {
  what: string;
  url: string;
  read: string;
}

/** A rate (in %) from `from` upwards, up to the next bracket's `from`. */
export interface Bracket {
  from: number;
  ratePct: number;
}

/** A year's ordinary income and what the person puts into retirement before tax. */
export interface TaxInput {
  /** Salary, bonus, one-time payments and equity at vest: taxed as ordinary income. */
  wages: number;
  /** The person's own retirement contributions, before any limit of the place. */
  ownRetirement: number;
}

/**
 * What social contributions pay for, as side by side splits them: the
 * employee's share for a pension, for health (and long-term care)
 * insurance, for unemployment insurance. What a place does not name, or
 * that buys something else (disability, family leave, accident), is "other".
 */
export interface SocialParts {
  pension: number;
  health: number;
  unemployment: number;
}

export interface TaxDue {
  incomeTax: number;
  /** Social contributions: Social Security and Medicare, National Insurance, … */
  social: number;
  /** The parts of `social` a place can name; the rest of it is other contributions. */
  socialParts?: Partial<SocialParts>;
}

/** One tax year's rules of a place. */
export interface YearRules {
  /** The tax year (the UK's 2026 is 6 April 2026 to 5 April 2027). */
  year: number;
  /** What the label says, e.g. "2026" or "2026–27". */
  yearLabel: string;
  sources: readonly Source[];
  /** Every bracket table of the year, by name, for the checks that they are ordered. */
  brackets: Readonly<Record<string, readonly Bracket[]>>;
  tax: (input: TaxInput, household: Household) => TaxDue;
}

export interface PlaceRules {
  place: string;
  /** What the label names: "US federal + WA". */
  name: string;
  currency: string;
  /** Whether single and married filing jointly are taxed differently. */
  householdMatters: boolean;
  /** Whether the person's health costs are paid before tax (US premiums through a cafeteria plan). */
  healthPreTax?: boolean;
  /** Oldest first. */
  years: readonly YearRules[];
}

/** Tax on `income` over brackets whose first starts at 0. */
export const bracketTax = (brackets: readonly Bracket[], income: number): number => {
  let tax = 0;
  for (let i = 0; i < brackets.length; i++) {
    const bracket = brackets[i] as Bracket;
    if (income <= bracket.from) break;
    const top = brackets[i + 1]?.from ?? Infinity;
    tax += ((Math.min(income, top) - bracket.from) * bracket.ratePct) / 100;
  }
  return tax;
};
