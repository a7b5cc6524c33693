import type { Figure, Sentence } from './text-numbers';

/*
 * What a money or percentage figure is about: the nearest topic word before
 * it in its sentence ("a base salary of $185,000, a target bonus of 15 %"),
 * or, when none comes before, the first one after it ("85.000 € brutto
 * Jahresgehalt"). Topics are tried in this order and a later one never
 * claims words an earlier one holds ("sign-on bonus" is not a bonus).
 */

export type Topic =
  | 'signing'
  | 'relocation'
  | 'other'
  | 'retirement'
  | 'refresher'
  | 'strike'
  | 'common'
  | 'preferred'
  | 'sharePrice'
  | 'rsu'
  | 'options'
  | 'bonus'
  | 'raise'
  | 'base';

const TOPICS: readonly [Topic, RegExp][] = [
  [
    'signing',
    /(?:sign[- ]?on|signing|hiring)(?: bonus(?:es)?)?|joining bonus|welcome bonus|Antrittsprämie|Startprämie|Willkommensbonus|Einmalzahlung/gi,
  ],
  [
    'relocation',
    /relocation(?: bonus| allowance| package| assistance| support| stipend| payment)?|relocate|moving (?:allowance|expenses|costs)|Umzug\w*/gi,
  ],
  [
    'other',
    /allowance|stipend|reimburse\w*|per diem|Zuschuss|Pauschale|insurance|gratuity|meal|phone|internet|gym|learning budget|training budget|Weiterbildungsbudget|equipment|home office/gi,
  ],
  [
    'retirement',
    /401\(?k\)?|pension|retirement|RRSP|superannuation|Altersvorsorge|bAV|Pensionskasse|provident fund|\bPF\b/gi,
  ],
  [
    'refresher',
    /(?:RSUs?\s*\/\s*(?:yr|year)\s*)?refresh(?:er)?s?|evergreen|annual (?:equity|stock) (?:grant|award)s?/gi,
  ],
  ['strike', /strike(?: price)?|exercise price|Ausübungspreis|Basispreis/gi],
  ['common', /409A|fair market value of (?:the )?common/gi],
  ['preferred', /preferred (?:share |stock )?price|price per preferred share|last round/gi],
  ['sharePrice', /share price|stock price|price per share|per share|Aktienkurs|trading at/gi],
  [
    'rsu',
    /\bRSUs?\b|restricted stock(?: units?)?|stock units|equity (?:grant|award)|initial grant|Aktienzuteilung/gi,
  ],
  ['options', /stock options?|\boptions?\b|Optionen|\bESOP\b|\bISOs?\b|\bNSOs?\b/gi],
  [
    'bonus',
    /(?:target |annual |performance |variable )?bonus\w*|variable (?:pay|component|compensation)|Zielbonus|Jahresbonus|Bonus|variable Vergütung|incentive/gi,
  ],
  ['raise', /raise|salary increase|annual increase|merit increase|Gehaltserhöhung/gi],
  [
    'base',
    /annual base salary|base salary|base pay|basic salary|fixed (?:pay|salary|component|compensation)|\bsalary\b|Bruttojahresgehalt|Jahresgrundgehalt|Grundgehalt|Jahresgehalt|Bruttomonatsgehalt|Monatsgehalt|Fixgehalt|\bGehalt\b|\bCTC\b|cost to (?:the )?company|annual compensation|\bpay\b|\bbase\b|\bfixed\b|\bper annum\b|\bLPA\b/gi,
  ],
];

export interface Hit {
  topic: Topic;
  start: number;
  end: number;
  words: string;
}

/** The topic words of a sentence, offsets into the whole text, in reading order. */
export const topicHits = (sentence: Sentence): Hit[] => {
  const hits: Hit[] = [];
  for (const [topic, pattern] of TOPICS) {
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      // "15 % of your base salary" names what a percentage is of, not a salary.
      const lead = sentence.text.slice(Math.max(0, (match.index ?? 0) - 24), match.index);
      if (topic === 'base' && /%\s*of\s+(?:your\s+|the\s+)?(?:annual\s+)?$/i.test(lead)) continue;
      hits.push({ topic, start, end, words: match[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
};

/**
 * The topic a figure belongs to: one written right beside it ("salary of
 * $185,000", "10 % bonus", "28 LPA"), else the nearest one before it, else
 * the first after it.
 */
export const topicOf = (figure: Figure, hits: readonly Hit[], text: string): Hit | undefined => {
  const inside = hits.find((h) => h.start < figure.end && h.end > figure.start);
  if (inside) return inside;
  const before = hits.filter((h) => h.end <= figure.start);
  const nearest = before.at(-1);
  if (
    nearest &&
    /^\s*(?::|of|is|was|will be|=|-|–)?\s*$/i.test(text.slice(nearest.end, figure.start))
  )
    return nearest;
  const next = hits.find((h) => h.start >= figure.end);
  if (next && /^\s*$/.test(text.slice(figure.end, next.start))) return next;
  return nearest ?? next;
};
