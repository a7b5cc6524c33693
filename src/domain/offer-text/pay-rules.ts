import { moneyWords, spanOf, type Found, type Proposal, type SentenceFacts } from './proposal';
import type { Figure } from './text-numbers';
import { topicOf, type Hit } from './topics';

/*
 * Salary, bonus, signing bonuses, relocation and retirement: each money or
 * percentage figure goes to its topic (topics.ts); a salary stated per month
 * or per pay period is converted to a year and says so.
 */

const MONTHLY =
  /per month|a month|monthly|\/\s?mo(?:nth)?\b|pro Monat|monatlich|Monatsgehalt|Bruttomonatsgehalt/i;
const BIWEEKLY =
  /bi-?weekly|every two weeks|fortnightly|per pay period|each pay period|per paycheck/i;
const SEMIMONTHLY = /semi-?monthly|twice a month/i;
const HOURLY = /per hour|an hour|hourly|\/\s?h(?:ou)?r\b|pro Stunde|Stundenlohn/i;
const YEARLY =
  /per annum|p\.\s?a\.|annual|annually|per year|a year|yearly|\/\s?y(?:ea)?r\b|jährlich|pro Jahr|Jahres|\bLPA\b|\bCTC\b/i;
const SALARIES =
  /(\d{2})(?:th)?[- ](?:Monatsgehälter|Gehälter|salaries|monthly salaries|monthly payments)/i;
const YEAR_TWO =
  /second year|year two|year 2|\b2nd year|first anniversary|one-year anniversary|after (?:12 months|one year|your first year)|zweiten Jahr|nach 12 Monaten/i;
const UP_TO = /up to\s*$|bis zu\s*$|maximum of\s*$|max\.?\s*$/i;
/** A money figure without a currency is money still when it is large ("salary of 185,000"). */
const isMoney = (f: Figure) => !f.percent && (f.currency !== undefined || (f.value ?? 0) >= 1000);
const money = (f: Figure) => moneyWords(f.value ?? 0, f.currency);

/** The words between a figure's end and the next figure (or 40 characters). */
const after = (facts: SentenceFacts, figure: Figure): string => {
  const next = facts.figures.find((f) => f.start >= figure.end)?.start ?? facts.sentence.end;
  return facts.text.slice(figure.end, Math.min(next, figure.end + 40));
};
const before = (facts: SentenceFacts, figure: Figure, width = 24) =>
  facts.text.slice(Math.max(facts.sentence.start, figure.start - width), figure.start);

const baseSalary = (facts: SentenceFacts, hit: Hit, figure: Figure, found: Found) => {
  const value = figure.value as number;
  const salaries = SALARIES.exec(facts.sentence.text);
  const perYear = salaries ? Number(salaries[1]) : 12;
  const paid = salaries && {
    start: facts.sentence.start + salaries.index,
    end: facts.sentence.start + salaries.index + salaries[0].length,
  };
  const source = paid ? spanOf(hit, figure, paid) : spanOf(hit, figure);
  const around = `${hit.words} ${after(facts, figure)}`;
  const proposal = (annual: number, basis?: string, from?: number[]): Proposal => ({
    path: 'compensation.baseSalary',
    value: annual,
    source,
    ...(basis ? { basis, from } : {}),
  });
  if (HOURLY.test(after(facts, figure))) return;
  if (YEARLY.test(`${hit.words} ${after(facts, figure)}`)) {
    found.proposals.push(proposal(value));
  } else if (MONTHLY.test(around)) {
    found.proposals.push(
      proposal(
        value * perYear,
        `${money(figure)} a month × ${perYear}`,
        perYear === 12 ? [value] : [value, perYear],
      ),
    );
  } else if (BIWEEKLY.test(around)) {
    found.proposals.push(proposal(value * 26, `${money(figure)} every two weeks × 26`, [value]));
  } else if (SEMIMONTHLY.test(around)) {
    found.proposals.push(proposal(value * 24, `${money(figure)} twice a month × 24`, [value]));
  } else if (!YEARLY.test(facts.sentence.text) && value < 20_000 && figure.currency !== 'INR') {
    // Too small for a year, yet said of no period: asked, never guessed.
    found.questions.push({
      path: 'compensation.baseSalary',
      source,
      why: `Is ${money(figure)} the salary for a year or for a month?`,
      choices: [
        proposal(value, 'for a year'),
        proposal(value * 12, `${money(figure)} a month × 12`, [value]),
      ],
    });
  } else {
    found.proposals.push(proposal(value));
  }
  if (figure.currency)
    found.proposals.push({
      path: 'currency',
      value: figure.currency,
      source: { start: figure.start, end: figure.end },
    });
  found.used.add(figure);
};

const bonus = (facts: SentenceFacts, hit: Hit, figure: Figure, found: Found) => {
  const upTo = UP_TO.test(before(facts, figure));
  const basis = upTo ? '“up to”: the most it can pay' : undefined;
  const source = spanOf(hit, figure);
  const [path, as] = figure.percent
    ? ['compensation.bonusTargetPct', 'percent']
    : ['compensation.bonusAmount', 'amount'];
  found.proposals.push({
    path,
    value: figure.value as number,
    source,
    ...(basis ? { basis } : {}),
    with: [{ path: 'compensation.bonusAs', value: as }],
  });
  found.used.add(figure);
};

const retirement = (facts: SentenceFacts, hit: Hit, figure: Figure, found: Found) => {
  const text = facts.sentence.text;
  const source = spanOf(hit, figure);
  const value = figure.value as number;
  // "12 % of basic": of a part of pay the form does not hold.
  if (/^\s*of (?:the )?basic/i.test(facts.text.slice(figure.end, figure.end + 12))) return;
  if (!figure.percent) {
    if (/up to|capped|maximum|bis zu/i.test(before(facts, figure, 30))) {
      found.proposals.push({ path: 'compensation.retirementMatchCap', value, source });
      found.used.add(figure);
    }
    return;
  }
  if (/match/i.test(text)) {
    const upTo = /up to|of the first|on the first|first|bis zu/i.test(before(facts, figure, 16));
    if (upTo) {
      found.proposals.push({ path: 'compensation.matchUpToPctOfSalary', value, source });
      const rate = facts.figures.some(
        (f) => f.percent && f.end <= figure.start && f.start >= hit.start,
      );
      const full = /dollar[- ]for[- ]dollar|matches your|match your|fully match/i.test(text);
      if (!rate && full) {
        found.proposals.push({
          path: 'compensation.employerMatchPct',
          value: 100,
          source: spanOf(hit, figure),
          basis: 'matches your contributions one for one: 100 %',
          from: [],
        });
      }
    } else {
      found.proposals.push({ path: 'compensation.employerMatchPct', value, source });
    }
  } else if (!/\b(?:you|your|employee)\b[^%]{0,20}$/i.test(before(facts, figure, 30))) {
    found.proposals.push({ path: 'compensation.employerBaseContributionPct', value, source });
  } else return;
  found.used.add(figure);
};

/** Signing bonuses: a figure followed by "in year two" (or after the anniversary) is the second. */
const signing = (facts: SentenceFacts, hit: Hit, figure: Figure, found: Found) => {
  const amounts = facts.figures.filter(isMoney);
  const others = amounts.filter((f) => f !== figure).map((f) => f.value ?? 0);
  // "$50,000 in total: $30,000 … and $20,000 …": the total is no bonus of its own.
  if (others.length >= 2 && others.reduce((a, b) => a + b, 0) === figure.value) {
    found.used.add(figure);
    return;
  }
  const second = YEAR_TWO.test(after(facts, figure)) || YEAR_TWO.test(before(facts, figure, 30));
  found.proposals.push({
    path: second ? 'compensation.signingBonusYear2' : 'compensation.signingBonus',
    value: figure.value as number,
    source: spanOf(hit, figure),
  });
  found.used.add(figure);
};

/** The money and percentages of one sentence, each by its topic. */
export const readPay = (facts: SentenceFacts, hits: readonly Hit[], found: Found) => {
  for (const figure of facts.figures) {
    if (figure.value === null) continue;
    const hit = topicOf(figure, hits, facts.text);
    if (!hit) continue;
    const source = spanOf(hit, figure);
    const value = figure.value;
    if (hit.topic === 'base' && isMoney(figure)) baseSalary(facts, hit, figure, found);
    else if (hit.topic === 'bonus' && (figure.percent || isMoney(figure)))
      bonus(facts, hit, figure, found);
    else if (hit.topic === 'retirement') retirement(facts, hit, figure, found);
    else if (hit.topic === 'signing' && isMoney(figure)) signing(facts, hit, figure, found);
    else if (hit.topic === 'relocation' && isMoney(figure)) {
      found.proposals.push({ path: 'compensation.relocation', value, source });
      found.used.add(figure);
    } else if (hit.topic === 'raise' && figure.percent) {
      found.proposals.push({ path: 'compensation.annualRaisePct', value, source });
      found.used.add(figure);
    }
  }
};
