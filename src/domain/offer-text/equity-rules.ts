import { moneyWords, plainNumber, spanOf, type Found, type SentenceFacts } from './proposal';
import { smallNumber, type Figure } from './text-numbers';
import { topicOf, type Hit } from './topics';

/*
 * Equity: an RSU grant's value (or its units times a share price), options
 * and their strike, a private company's 409A and preferred prices, yearly
 * refreshers, and the vesting schedule and cliff.
 */

const COUNTED =
  /^\s*(?:restricted stock units?|RSUs?|units|stock options?|options?|shares|Optionen|Aktien)\b/i;
const PER_SHARE = /^\s*(?:per|a|\/)\s*(?:share|unit|Aktie)/i;

const isCount = (facts: SentenceFacts, f: Figure) =>
  f.plain && COUNTED.test(facts.text.slice(f.end, f.end + 30));

const kindWith = (kind: 'rsu' | 'options', facts: SentenceFacts) => [
  { path: 'compensation.equity.kind', value: kind },
  ...(/409A|private company|privately held|preferred|startup|start-up/i.test(facts.text)
    ? [{ path: 'compensation.equity.market', value: 'private' }]
    : []),
];

const rsu = (facts: SentenceFacts, hit: Hit, found: Found) => {
  const figures = facts.figures.filter((f) => f.value !== null && f.start >= hit.start - 40);
  const count = figures.find((f) => isCount(facts, f));
  const price = figures.find(
    (f) => f !== count && !f.percent && PER_SHARE.test(facts.text.slice(f.end, f.end + 12)),
  );
  const value = figures.find((f) => f !== count && f !== price && !f.percent && !f.plain);
  const source = spanOf(hit, ...[count, price, value].filter((f) => f !== undefined));
  if (value) {
    found.proposals.push({
      path: 'compensation.equity.grantValue',
      value: value.value as number,
      source,
      with: kindWith('rsu', facts),
    });
  } else if (count && price) {
    const [units, each] = [count.value as number, price.value as number];
    found.proposals.push({
      path: 'compensation.equity.grantValue',
      value: Math.round(units * each * 100) / 100,
      source,
      basis: `${plainNumber(units)} units × ${moneyWords(each, price.currency)}`,
      from: [units, each],
      with: kindWith('rsu', facts),
    });
  } else return;
  for (const f of [count, price, value]) if (f) found.used.add(f);
};

const options = (facts: SentenceFacts, hit: Hit, found: Found) => {
  const count = facts.figures.find((f) => f.value !== null && isCount(facts, f));
  if (!count) return;
  found.proposals.push({
    path: 'compensation.equity.shares',
    value: count.value as number,
    source: spanOf(hit, count),
    with: kindWith('options', facts),
  });
  found.used.add(count);
};

const PRICE_PATHS = {
  strike: 'compensation.equity.strikePrice',
  common: 'compensation.equity.private.commonPrice',
  preferred: 'compensation.equity.private.preferredPrice',
  sharePrice: 'compensation.equity.sharePrice',
  refresher: 'compensation.equity.annualRefresher',
} as const;

/** The equity figures of one sentence. */
export const readEquity = (facts: SentenceFacts, hits: readonly Hit[], found: Found) => {
  const rsuHit = hits.find((h) => h.topic === 'rsu');
  if (rsuHit && !hits.some((h) => h.topic === 'refresher')) rsu(facts, rsuHit, found);
  const optionsHit = hits.find((h) => h.topic === 'options');
  if (optionsHit && !rsuHit) options(facts, optionsHit, found);
  for (const figure of facts.figures) {
    if (figure.value === null || figure.percent || found.used.has(figure)) continue;
    const hit = topicOf(figure, hits, facts.text);
    if (!hit || !(hit.topic in PRICE_PATHS) || isCount(facts, figure)) continue;
    if (hit.topic === 'sharePrice' && rsuHit) continue;
    found.proposals.push({
      path: PRICE_PATHS[hit.topic as keyof typeof PRICE_PATHS],
      value: figure.value,
      source: spanOf(hit, figure),
    });
    found.used.add(figure);
  }
  const diluted = /fully[- ]diluted|shares outstanding|outstanding shares/i.exec(
    facts.sentence.text,
  );
  const total = facts.figures.find((f) => f.plain && f.value !== null && (f.value ?? 0) >= 100_000);
  if (diluted && total && !found.used.has(total)) {
    found.proposals.push({
      path: 'compensation.equity.private.fullyDilutedShares',
      value: total.value as number,
      source: spanOf(total, { start: facts.sentence.start + diluted.index, end: total.end }),
    });
    found.used.add(total);
  }
};

const WORD = String.raw`(\d+|one|two|three|four|five|six|ein|zwei|drei|vier|fünf)`;
const YEARS = new RegExp(
  String.raw`(?:over|across|during|über)\s+(?:a\s+(?:period\s+of\s+)?)?${WORD}[- ]?(?:years?|Jahre)|${WORD}[- ](?:year|jährige)\w*\s+(?:vesting|schedule|period|Vesting)`,
  'i',
);
const CLIFF = new RegExp(
  String.raw`${WORD}[- ](year|month|jährige|monatige)\w*\s+cliff|cliff\s+(?:of|von)\s+${WORD}\s+(years?|months?|Jahr\w*|Monat\w*)|(no|without|ohne)\s+(?:a\s+)?cliff`,
  'i',
);

/** Equal yearly shares that add up to 100 (the last takes the rounding). */
const equalSchedule = (years: number): number[] => {
  const each = Math.floor((100 / years) * 100) / 100;
  const head = Array.from({ length: years - 1 }, () => each);
  return [...head, Math.round((100 - each * (years - 1)) * 100) / 100];
};

/** The vesting schedule and cliff a sentence states, if any. */
export const readVesting = (facts: SentenceFacts, found: Found) => {
  const { sentence } = facts;
  if (!/vest|cliff|Vesting|unverfallbar/i.test(sentence.text)) return;
  const at = (index: number, length: number) => ({
    start: sentence.start + index,
    end: sentence.start + index + length,
  });
  const percents = facts.figures.filter((f) => f.percent && f.value !== null);
  const list = /\b(\d{1,2}(?:\s*\/\s*\d{1,2}){1,5})\b/.exec(sentence.text);
  const listed = list?.[1]?.split('/').map((p) => Number(p.trim()));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const years = YEARS.exec(sentence.text);
  const yearCount = years ? smallNumber(years[1] ?? years[2] ?? '') : null;
  let schedule: {
    value: number[];
    span: { start: number; end: number };
    basis?: string;
    from?: number[];
  } | null = null;
  if (listed && list && sum(listed) === 100) {
    schedule = { value: listed, span: at(list.index, list[0].length) };
  } else if (percents.length >= 2 && sum(percents.map((f) => f.value as number)) === 100) {
    schedule = { value: percents.map((f) => f.value as number), span: spanOf(...percents) };
  } else if (
    percents.length === 1 &&
    /per year|each year|annually|every year|jährlich|pro Jahr/i.test(sentence.text)
  ) {
    const share = percents[0]?.value as number;
    const n = 100 / share;
    if (Number.isInteger(n) && n <= 6)
      schedule = {
        value: equalSchedule(n),
        span: spanOf(percents[0] as Figure),
        basis: `${plainNumber(share)} % a year: ${n} years`,
        from: [share],
      };
  } else if (years && yearCount !== null && yearCount >= 1 && yearCount <= 6) {
    schedule = {
      value: equalSchedule(yearCount),
      span: at(years.index, years[0].length),
      basis: `equal parts over ${yearCount} years`,
      from: [yearCount],
    };
  }
  if (schedule) {
    found.proposals.push({
      path: 'compensation.equity.vestingSchedule',
      value: schedule.value,
      source: schedule.span,
      ...(schedule.basis ? { basis: schedule.basis, from: schedule.from } : {}),
    });
    for (const f of facts.figures)
      if (f.start >= schedule.span.start && f.end <= schedule.span.end) found.used.add(f);
  }
  const cliff = CLIFF.exec(sentence.text);
  if (cliff) {
    const none = cliff[5] !== undefined;
    const n = none ? 0 : (smallNumber(cliff[1] ?? cliff[3] ?? '') ?? 0);
    const inYears = /^(?:year|jährige|Jahr)/i.test(cliff[2] ?? cliff[4] ?? '');
    const months = inYears ? n * 12 : n;
    found.proposals.push({
      path: 'compensation.equity.cliffMonths',
      value: months,
      source: at(cliff.index, cliff[0].length),
      ...(inYears ? { basis: `${n} × 12 months`, from: [n] } : {}),
      ...(none ? { basis: 'no cliff: 0 months', from: [] } : {}),
    });
    const span = at(cliff.index, cliff[0].length);
    for (const f of facts.figures)
      if (f.start >= span.start && f.end <= span.end) found.used.add(f);
  }
};
