import type { Found, Proposal } from './proposal';
import type { Convention, Span } from './text-numbers';

/*
 * Words, not figures: the company and the role from the letter's opening
 * (or its "Company:" and "Role:" lines), and its dates: the decision
 * deadline, and the start date, which has no field and goes to the notes.
 */

const WORD = String.raw`[A-Z][\w&'’\-]*`;
const NAME = String.raw`${WORD}(?:[ \u00a0](?:${WORD}|&|of|for|and|de|la))*`;
const COMPANY_FORMS = String.raw`(?:,?\s(?:Inc\.?|LLC|Ltd\.?|Limited|GmbH|AG|SE|KG|Corp\.?|Pvt\.? Ltd\.?|Private Limited|plc))?`;
const COMPANY = [
  new RegExp(String.raw`^\s*(?:Company|Employer|Firma|Arbeitgeber)\s*:\s*(.{2,80}?)\s*$`, 'm'),
  new RegExp(String.raw`[Oo]n behalf of\s+(${NAME}${COMPANY_FORMS})`),
  new RegExp(
    String.raw`(${NAME}${COMPANY_FORMS})\s+(?:is|are)\s+(?:very\s+)?(?:pleased|delighted|excited|happy|thrilled)\s+to`,
  ),
  new RegExp(String.raw`(?:[Jj]oin|[Jj]oining)\s+(?:us\s+at\s+)?(${NAME}${COMPANY_FORMS})\s+as\b`),
  new RegExp(String.raw`(?:bei\s+(?:der\s+)?)(${NAME}\s(?:GmbH|AG|SE|KG)(?: & Co\. KG)?)`),
  new RegExp(String.raw`\b(${NAME}\s(?:GmbH|AG|SE|Inc\.?|Ltd\.?|LLC|Limited|Pvt\.? Ltd\.?))`),
];
const ROLE = [
  new RegExp(
    String.raw`^\s*(?:Role|Position|Title|Job title|Stelle|Funktion)\s*:\s*(.{2,80}?)\s*$`,
    'm',
  ),
  new RegExp(String.raw`(?:[Pp]osition|[Rr]ole|post) (?:of|as)\s+(?:an?\s+|the\s+)?(${NAME})`),
  new RegExp(String.raw`Position (?:als|des|der)\s+(${NAME}(?:\s\(m/w/d\))?)`),
  new RegExp(String.raw`\bas\s+(?:an?|our|the)\s+(${NAME})`),
  new RegExp(String.raw`\bals\s+(${NAME})`),
];
const NOT_A_ROLE = /^(?:part|Part|such|the|of|I|We|You)$/;
/** Trailing commas and a full stop, but not the one of "Inc.". */
const trim = (value: string) => {
  const bare = value.replace(/[\s,]+$/, '');
  return /\.$/.test(bare) && !/\b(?:Inc|Ltd|Corp|Co)\.$/.test(bare) ? bare.slice(0, -1) : bare;
};

const firstMatch = (text: string, patterns: readonly RegExp[], path: string): Proposal | null => {
  const opening = text.slice(0, 1500);
  for (const pattern of patterns) {
    const match = pattern.exec(opening);
    const value = match?.[1] === undefined ? undefined : trim(match[1]);
    if (!match || !value || NOT_A_ROLE.test(value) || value.length > 80) continue;
    const start = match.index + match[0].indexOf(match[1] as string);
    return { path, value, source: { start, end: start + value.length } };
  }
  return null;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  oktober: 10,
  dezember: 12,
};
const monthOf = (word: string) =>
  MONTHS[word.toLowerCase()] ?? MONTHS[word.toLowerCase().slice(0, 3)] ?? null;
const MONTH = String.raw`(Jan\w*|Feb\w*|M(?:ar|är)\w*|Apr\w*|Ma[iy]|Jun\w*|Jul\w*|Aug\w*|Sep\w*|O[ck]t\w*|Nov\w*|De[cz]\w*)`;
const DATES = [
  {
    re: new RegExp(String.raw`${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, 'g'),
    order: 'mdy',
  },
  {
    re: new RegExp(
      String.raw`(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+)?${MONTH}\.?,?\s+(\d{4})`,
      'g',
    ),
    order: 'dmy',
  },
  { re: /(\d{4})-(\d{2})-(\d{2})/g, order: 'ymd' },
  { re: /(\d{1,2})\.(\d{1,2})\.(\d{4})/g, order: 'dmy#' },
  { re: /(\d{1,2})\/(\d{1,2})\/(\d{4})/g, order: 'slash' },
] as const;

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31
    ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

interface DateFound extends Span {
  /** One date, or two when day and month could be either way round ("04/01/2027"). */
  dates: string[];
}

/** Every date written with its year. */
export const datesIn = (text: string, convention: Convention): DateFound[] => {
  const found: DateFound[] = [];
  for (const { re, order } of DATES) {
    for (const m of text.matchAll(re)) {
      const [a = '', b = '', c = ''] = m.slice(1);
      let dates: (string | null)[] = [];
      if (order === 'mdy') dates = [iso(+c, monthOf(a) ?? 0, +b)];
      else if (order === 'dmy') dates = [iso(+c, monthOf(b) ?? 0, +a)];
      else if (order === 'ymd') dates = [iso(+a, +b, +c)];
      else if (order === 'dmy#') dates = [iso(+c, +b, +a)];
      else {
        const us = iso(+c, +a, +b);
        const uk = iso(+c, +b, +a);
        dates = convention === 'de' ? [uk] : us && uk && us !== uk ? [us, uk] : [us ?? uk];
      }
      const kept = dates.filter((d): d is string => d !== null);
      const start = m.index;
      if (kept.length > 0 && !found.some((f) => start < f.end && start + m[0].length > f.start))
        found.push({ start, end: start + m[0].length, dates: kept });
    }
  }
  return found;
};

const DEADLINE =
  /respond|reply|accept|acceptance|sign and return|countersign|decision|deadline|expire|valid until|open until|let us know|Rückmeldung|gültig bis|bis zum|bis spätestens|Frist|annehmen/i;
const START =
  /start(?:ing)? date|start on|starting on|begin on|commence|joining date|date of joining|Eintrittsdatum|Eintritt|Beginn|Startdatum|Arbeitsbeginn/i;

/** The company, the role and the dates. */
export const readWords = (text: string, convention: Convention, found: Found) => {
  const company = firstMatch(text, COMPANY, 'company');
  if (company) found.proposals.push(company);
  const role = firstMatch(text, ROLE, 'role');
  if (role) found.proposals.push(role);
  for (const date of datesIn(text, convention)) {
    const lineStart =
      Math.max(text.lastIndexOf('\n', date.start), text.lastIndexOf('. ', date.start)) + 1;
    const before = text.slice(Math.max(lineStart, date.start - 120), date.start);
    const isDeadline = DEADLINE.test(before);
    const isStart = !isDeadline && START.test(before);
    if (!isDeadline && !isStart) continue;
    let start = Math.max(lineStart, date.start - 60);
    while (/\s/.test(text.charAt(start))) start += 1;
    const source = { start, end: date.end };
    const proposal = (value: string): Proposal =>
      isDeadline
        ? { path: 'deadline', value, source }
        : { path: 'notes', value: `Start date: ${value}`, source };
    if (date.dates.length === 1) found.proposals.push(proposal(date.dates[0] as string));
    else
      found.questions.push({
        path: isDeadline ? 'deadline' : 'notes',
        source,
        why: `Is ${text.slice(date.start, date.end)} day/month or month/day?`,
        choices: date.dates.map(proposal),
      });
  }
};
