import { spanOf, type Found, type SentenceFacts } from './proposal';
import { smallNumber, type Figure } from './text-numbers';
import type { Hit } from './topics';

/*
 * Counts of time: paid days off, hours a week, office days, and the months
 * inside which a signing bonus or relocation is paid back.
 */

const N = String.raw`(\d+(?:[.,]\d)?|one|two|three|four|five|six|zwei|drei|vier|fünf)`;
const PTO_WORDS = /vacation|holiday|paid time off|\bPTO\b|annual leave|paid leave|leave|Urlaub\w*/i;
const PTO = new RegExp(
  String.raw`${N}\s*(?:working |business |paid |vacation |holiday |PTO |Arbeits)?(days?|weeks?|Tage?n?|Urlaubstage|Wochen)\b`,
  'gi',
);
const HOURS = new RegExp(String.raw`${N}[- ]?(?:hours?|hrs?|h|Stunden|Std\.?)\b`, 'gi');
const OFFICE = new RegExp(
  String.raw`${N}\s*(?:days?|Tage?n?)\s*(?:a week |per week |each week |pro Woche |die Woche )?(?:in|at|im|vor Ort|on[- ]site|from)\b[^.;]{0,20}?(?:office|on[- ]site|Büro)|${N}\s*(?:office days|in-office days|Bürotage|Präsenztage)|(?:in|at|im) (?:the |our )?(?:office|Büro) ${N} (?:days?|Tage)`,
  'i',
);
const REPAY =
  /repa(?:y|id)|pa(?:y|id) (?:it |this |the \w+ )?back|returned|return (?:it|the|this)|clawback|claw back|refund|zurückzahl|Rückzahlung|zurückzuzahlen/i;
const WITHIN = new RegExp(
  String.raw`${N}[- ](months?|years?|Monat\w*|Jahr\w*)|(first|one) year|(?:a|ein(?:em|es)?) (year|Jahr)`,
  'gi',
);

const spanIn = (facts: SentenceFacts, index: number, length: number) => ({
  start: facts.sentence.start + index,
  end: facts.sentence.start + index + length,
});

const markInside = (facts: SentenceFacts, found: Found, span: { start: number; end: number }) => {
  for (const f of facts.figures) if (f.start >= span.start && f.end <= span.end) found.used.add(f);
};

const count = (word: string) =>
  smallNumber(word.replace(',', '.')) ?? Number(word.replace(',', '.'));

const readPto = (facts: SentenceFacts, found: Found) => {
  const text = facts.sentence.text;
  if (!PTO_WORDS.test(text) || /office|Büro|sick|Krank|parental|notice|Kündigung/i.test(text))
    return;
  for (const match of text.matchAll(PTO)) {
    const rest = text.slice(match.index + match[0].length);
    if (/^\W*(?:of\s+)?(?:bank|public|gesetzlich)/i.test(rest)) continue;
    const n = count(match[1] ?? '');
    const weeks = /^(?:weeks?|Wochen)$/i.test(match[2] ?? '');
    const span = spanIn(facts, match.index, match[0].length);
    found.proposals.push({
      path: 'workLife.ptoDays',
      value: weeks ? n * 5 : n,
      source: span,
      ...(weeks ? { basis: `${n} weeks × 5 working days`, from: [n] } : {}),
    });
    markInside(facts, found, span);
    return;
  }
};

const readHours = (facts: SentenceFacts, found: Found) => {
  const text = facts.sentence.text;
  if (!/week|Woche|wöchentlich|Wochenarbeitszeit/i.test(text)) return;
  for (const match of text.matchAll(HOURS)) {
    const n = count(match[1] ?? '');
    if (!(n > 0 && n <= 100)) continue;
    const span = spanIn(facts, match.index, match[0].length);
    found.proposals.push({ path: 'workLife.hoursPerWeek', value: n, source: span });
    markInside(facts, found, span);
    return;
  }
};

const readOffice = (facts: SentenceFacts, found: Found) => {
  const match = OFFICE.exec(facts.sentence.text);
  if (!match) return;
  const n = count(match[1] ?? match[2] ?? match[3] ?? '');
  if (!(n >= 0 && n <= 7)) return;
  const span = spanIn(facts, match.index, match[0].length);
  found.proposals.push({ path: 'workLife.officeDaysPerWeek', value: n, source: span });
  markInside(facts, found, span);
};

export type ClawbackTopic = 'signing' | 'signing2' | 'relocation';

const CLAWBACK_PATHS: Record<ClawbackTopic, string> = {
  signing: 'compensation.signingBonusClawbackMonths',
  signing2: 'compensation.signingBonusYear2ClawbackMonths',
  relocation: 'compensation.relocationClawbackMonths',
};

/**
 * "Repay … if you leave within 12 months": the months go to what the
 * sentence names (signing bonus, relocation, or both), or else to what the
 * sentence before it was about.
 */
const readClawback = (
  facts: SentenceFacts,
  hits: readonly Hit[],
  previous: readonly ClawbackTopic[],
  found: Found,
) => {
  const text = facts.sentence.text;
  if (!REPAY.test(text)) return;
  const named: ClawbackTopic[] = [];
  if (hits.some((h) => h.topic === 'signing'))
    named.push(/second|year two|year 2|both|each/i.test(text) ? 'signing2' : 'signing');
  if (/both|each of|these bonuses|beide/i.test(text) && named.includes('signing'))
    named.push('signing2');
  if (hits.some((h) => h.topic === 'relocation')) named.push('relocation');
  // "repay the first payment": of two signing bonuses, the one it names.
  const which = /first (?:payment|instal)/i.test(text)
    ? ['signing']
    : /second (?:payment|instal)/i.test(text)
      ? ['signing2']
      : null;
  const topics =
    named.length > 0 ? named : previous.filter((t) => which === null || which.includes(t));
  if (topics.length === 0) return;
  const within = [...text.matchAll(WITHIN)];
  const last = within.at(-1);
  if (!last) return;
  const n = last[1] ? count(last[1]) : 1;
  const inYears = /^(?:years?|Jahr)/i.test(last[2] ?? last[4] ?? 'year') || last[3] !== undefined;
  const months = last[1] && !inYears ? n : n * 12;
  const span = spanIn(facts, last.index, last[0].length);
  // Quoted from "repay" (or "leave") to the months: "repay it if you leave within 12 months".
  const repay = REPAY.exec(text);
  const from = repay && repay.index < last.index ? spanIn(facts, repay.index, 0) : span;
  for (const topic of topics) {
    found.proposals.push({
      path: CLAWBACK_PATHS[topic],
      value: months,
      source: spanOf(from, span),
      ...(inYears ? { basis: `${n} × 12 months`, from: [n] } : {}),
    });
  }
  markInside(facts, found, span);
};

/** The counts of time in one sentence. */
export const readTime = (
  facts: SentenceFacts,
  hits: readonly Hit[],
  previous: readonly ClawbackTopic[],
  found: Found,
) => {
  readClawback(facts, hits, previous, found);
  readOffice(facts, found);
  readHours(facts, found);
  readPto(facts, found);
};

/** What a clawback in the next sentence would be about. */
export const clawbackTopics = (facts: SentenceFacts, hits: readonly Hit[], found: Found) => {
  const topics: ClawbackTopic[] = [];
  for (const p of found.proposals) {
    if (p.source.start < facts.sentence.start) continue;
    if (p.path === 'compensation.signingBonus') topics.push('signing');
    if (p.path === 'compensation.signingBonusYear2') topics.push('signing2');
    if (p.path === 'compensation.relocation') topics.push('relocation');
  }
  return topics.length > 0 || hits.length > 0 ? topics : null;
};

export type { Figure };
