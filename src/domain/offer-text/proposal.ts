import type { Figure, Sentence, Span } from './text-numbers';

/** A value for a registry field: a number, a code or words, or a vesting schedule. */
export type ProposedValue = number | string | readonly number[];

export interface Proposal {
  /** The registry path (src/domain/fields/offer-fields.ts), e.g. `compensation.baseSalary`. */
  path: string;
  value: ProposedValue;
  /** The words it came from: offsets into the pasted text. */
  source: Span;
  /** How it was worked out, in words, where it is not written as is ("€6,500 a month × 12"). */
  basis?: string;
  /** The figures it was worked out from, where they differ from the value. */
  from?: readonly number[];
  /** Values that come with it (a bonus amount sets "Bonus as" to an amount). */
  with?: readonly { path: string; value: ProposedValue }[];
}

/** A figure read two ways, or a field read twice with different values: the person chooses. */
export interface Question {
  path: string;
  source: Span;
  why: string;
  choices: readonly Proposal[];
}

/** What one sentence tells, as the rules find it. */
export interface SentenceFacts {
  sentence: Sentence;
  figures: Figure[];
  /** The text of the whole paste, for offsets. */
  text: string;
}

/** What a rule found: proposals and the figures it read (so they are not listed as unused). */
export interface Found {
  proposals: Proposal[];
  questions: Question[];
  used: Set<Figure>;
}

export const spanOf = (...parts: Span[]): Span => ({
  start: Math.min(...parts.map((p) => p.start)),
  end: Math.max(...parts.map((p) => p.end)),
});

/** An amount in words of a basis: "$150.00", "€5,200", "185,000" without a currency. */
export const moneyWords = (value: number, currency?: string): string => {
  if (!currency) return plainNumber(value);
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);
};

/** A whole figure as people write it: "185,000", "1.08". */
export const plainNumber = (value: number): string =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(value);
