import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OFFER_TEXT_CORPUS } from './offer-text-corpus';
import type { Proposal } from './proposal';
import { readOfferText } from './read-offer-text';

/*
 * The reader invents nothing: every number it proposes, or works one out
 * from, is written in the words it quotes, in some form people write
 * numbers in. The forms are listed here loosely and on their own (both
 * decimal marks, k / million / lakh / crore, small number words), so this
 * is no second copy of the reader.
 */

const WORDS: Record<string, number> = {
  a: 1,
  first: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
};
const SCALES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  mio: 1e6,
  lakh: 1e5,
  lakhs: 1e5,
  lpa: 1e5,
  l: 1e5,
  crore: 1e7,
  cr: 1e7,
};

/** Every value the words could be read as. */
const writtenNumbers = (words: string): Set<number> => {
  const values = new Set<number>();
  for (const [, raw = '', unit = ''] of words.matchAll(
    /(\d[\d.,'’\u00a0\u202f]*\d|\d)\s?([A-Za-z]+)?/g,
  )) {
    const scale = SCALES[unit.toLowerCase()] ?? 1;
    const bare = raw.replace(/[’'\u00a0\u202f]/g, '');
    const readings = [
      bare.replace(/,/g, ''),
      bare.replace(/\./g, '').replace(',', '.'),
      bare.replace(/[.,]/g, ''),
    ];
    for (const reading of readings) {
      const n = Number(reading);
      if (Number.isFinite(n)) {
        values.add(n);
        values.add(Math.round(n * scale * 1e6) / 1e6);
      }
    }
  }
  for (const word of words.toLowerCase().split(/[^\p{L}]+/u))
    if (word in WORDS) values.add(WORDS[word] as number);
  return values;
};

const numbersOf = (p: Proposal): number[] =>
  p.from
    ? [...p.from]
    : typeof p.value === 'number'
      ? [p.value]
      : Array.isArray(p.value)
        ? [...(p.value as number[])]
        : [];

const assertInvented = (text: string) => {
  const reading = readOfferText(text);
  if (!reading.ok) return;
  const proposals = [...reading.proposals, ...reading.questions.flatMap((q) => q.choices)];
  for (const p of proposals) {
    const quoted = text.slice(p.source.start, p.source.end);
    const written = writtenNumbers(quoted);
    for (const n of numbersOf(p)) {
      expect(
        [...written].some((w) => Math.abs(w - n) < 1e-6),
        `${n} in “${quoted}”`,
      ).toBe(true);
    }
  }
};

const PHRASES = [
  'base salary of',
  'annual salary',
  'per month',
  'target bonus of',
  'sign-on bonus of',
  'in year two',
  'relocation',
  'repay if you leave within',
  'RSUs',
  'at $',
  'per share',
  'options',
  'strike price',
  '401(k) match of',
  'up to',
  'pension contribution',
  'days of paid time off',
  'hours per week',
  'days in the office',
  'vesting over',
  'years',
  'months',
  'cliff',
  'Bruttojahresgehalt',
  'Urlaubstage',
  'LPA',
  'lakhs',
  'CTC',
  '€',
  '£',
  '%',
  '.',
  ',',
  '\n',
];

const numberText = fc.oneof(
  fc.integer({ min: 0, max: 5_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 5_000_000 }).map((n) => n.toLocaleString('de-DE')),
  fc.integer({ min: 0, max: 5_000_000 }).map((n) => n.toLocaleString('en-IN')),
  fc.integer({ min: 0, max: 999 }).map((n) => `${n}k`),
  fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => n.toFixed(2)),
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.constantFrom('one', 'four', 'three', 'twelve'),
);

describe('readOfferText invents nothing', () => {
  test('on every corpus text', () => {
    for (const corpus of OFFER_TEXT_CORPUS) assertInvented(corpus.text);
  });

  test('on any mix of offer words and numbers', () => {
    const piece = fc.oneof(fc.constantFrom(...PHRASES), numberText, fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        assertInvented(pieces.join(' '));
      }),
      { numRuns: 300 },
    );
  });
});
