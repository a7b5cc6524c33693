import { readEquity, readVesting } from './equity-rules';
import { readPay } from './pay-rules';
import type { Found, Proposal, Question, SentenceFacts } from './proposal';
import { conventionOf, figuresIn, sentences, type Convention, type Span } from './text-numbers';
import { clawbackTopics, readTime, type ClawbackTopic } from './time-rules';
import { topicHits } from './topics';
import { datesIn, readWords } from './words-rules';

/*
 * Reads a pasted offer letter, e-mail or equity summary into proposed field
 * values, by rules (docs/offer-text.md): each value names the words it came
 * from, a figure read two ways or a field read twice with different values is
 * asked about, and sentences with figures no rule placed are listed. Nothing
 * here keeps the text.
 */

/** Longer than any letter (a long one is 20,000 characters): refused in words by the form. */
export const OFFER_TEXT_LIMIT = 100_000;

export interface OfferTextOptions {
  /** The text's number convention, when the person knows it better than the text shows. */
  convention?: Convention;
}

export type OfferTextReading =
  | {
      ok: true;
      /** One value per field path, in reading order. */
      proposals: Proposal[];
      /** Fields read two ways: the person chooses. */
      questions: Question[];
      /** Sentences holding figures no rule placed. */
      unused: Span[];
      /** Figures the number reader reads two ways in this text ("1.080"): never used, asked about. */
      unclear: { source: Span; readings: readonly [number, number] }[];
      convention: Convention;
    }
  | { ok: false; reason: 'too-long'; length: number; limit: number };

const sameValue = (a: Proposal['value'], b: Proposal['value']) =>
  JSON.stringify(a) === JSON.stringify(b);

/** One proposal per path; a path read with different values becomes a question. */
const settle = (found: Found): { proposals: Proposal[]; questions: Question[] } => {
  const asked = new Set(found.questions.map((q) => q.path));
  const byPath = new Map<string, Proposal[]>();
  for (const p of found.proposals) {
    if (asked.has(p.path)) continue;
    const list = byPath.get(p.path) ?? [];
    if (!list.some((other) => sameValue(other.value, p.value))) list.push(p);
    byPath.set(p.path, list);
  }
  const proposals: Proposal[] = [];
  const questions = [...found.questions];
  for (const [path, list] of byPath) {
    if (list.length === 1 || path === 'notes')
      proposals.push(...list.slice(0, path === 'notes' ? 3 : 1));
    else
      questions.push({
        path,
        source: list[0]?.source as Span,
        why: 'The text gives this more than once, with different values: which is it?',
        choices: list,
      });
  }
  return { proposals, questions };
};

/** A year standing alone ("2027"), a date's parts or a list's numbering are no offer figures. */
const isNoise = (facts: SentenceFacts, start: number, end: number, value: number | null) => {
  const digits = facts.text.slice(start, end);
  return (
    (/^\d{4}$/.test(digits) && value !== null && value >= 1900 && value <= 2100) ||
    /^\s*[.)]\s/.test(facts.text.slice(end, end + 2)) ||
    (/\(k\)|k\b/i.test(facts.text.slice(end, end + 3)) && digits === '401')
  );
};

export const readOfferText = (text: string, options: OfferTextOptions = {}): OfferTextReading => {
  if (text.length > OFFER_TEXT_LIMIT)
    return { ok: false, reason: 'too-long', length: text.length, limit: OFFER_TEXT_LIMIT };
  const convention = options.convention ?? conventionOf(text);
  const found: Found = { proposals: [], questions: [], used: new Set() };
  const dates = datesIn(text, convention);
  const unused: Span[] = [];
  const unclear: { source: Span; readings: readonly [number, number] }[] = [];
  let previous: readonly ClawbackTopic[] = [];
  for (const sentence of sentences(text)) {
    const facts: SentenceFacts = { sentence, text, figures: figuresIn(sentence, convention) };
    const hits = topicHits(sentence);
    for (const figure of facts.figures) {
      if (figure.value !== null || !figure.readings) continue;
      // Read two ways by the number reader's rules: asked, never guessed.
      unclear.push({ source: { start: figure.start, end: figure.end }, readings: figure.readings });
      found.used.add(figure);
    }
    readPay(facts, hits, found);
    readEquity(facts, hits, found);
    readVesting(facts, found);
    readTime(facts, hits, previous, found);
    previous = clawbackTopics(facts, hits, found) ?? previous;
    const left = facts.figures.filter(
      (f) =>
        !found.used.has(f) &&
        !dates.some((d) => f.start >= d.start && f.end <= d.end) &&
        !isNoise(facts, f.start, f.end, f.value),
    );
    if (left.length > 0) unused.push({ start: sentence.start, end: sentence.end });
  }
  readWords(text, convention, found);
  // No salary named the currency: the first figure read with one does.
  const priced = [...found.used].filter((f) => f.currency).sort((a, b) => a.start - b.start)[0];
  if (priced?.currency && !found.proposals.some((p) => p.path === 'currency'))
    found.proposals.push({ path: 'currency', value: priced.currency, source: priced });
  return { ok: true, ...settle(found), unused, unclear, convention };
};
