import { describe, expect, test } from 'vitest';
import { offerField } from '../fields/offer-fields';
import { OFFER_TEXT_CORPUS } from './offer-text-corpus';
import { OFFER_TEXT_LIMIT, readOfferText } from './read-offer-text';

const read = (text: string) => {
  const reading = readOfferText(text);
  if (!reading.ok) throw new Error('refused');
  return reading;
};

describe('readOfferText on the corpus', () => {
  test('the corpus holds at least 20 texts', () => {
    expect(OFFER_TEXT_CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  test.each(OFFER_TEXT_CORPUS.map((c) => [c.name, c] as const))(
    '%s: every expected field, and none other',
    (_name, corpus) => {
      const reading = read(corpus.text);
      const proposed = Object.fromEntries(reading.proposals.map((p) => [p.path, p.value]));
      expect(proposed).toEqual(corpus.fields);
      expect(reading.questions.map((q) => q.path).sort()).toEqual(
        [...(corpus.questions ?? [])].sort(),
      );
      expect(reading.unclear).toHaveLength(corpus.unclear ?? 0);
      const unused = reading.unused.map((s) => corpus.text.slice(s.start, s.end));
      for (const words of corpus.unused ?? [])
        expect(unused.some((sentence) => sentence.includes(words))).toBe(true);
    },
  );

  test.each(OFFER_TEXT_CORPUS.map((c) => [c.name, c] as const))(
    '%s: every proposal names a registry field and quotes words of the text',
    (_name, corpus) => {
      for (const p of read(corpus.text).proposals) {
        expect(offerField(p.path)).toBeDefined();
        for (const { path } of p.with ?? []) expect(offerField(path)).toBeDefined();
        expect(p.source.end).toBeGreaterThan(p.source.start);
        expect(p.source.end).toBeLessThanOrEqual(corpus.text.length);
      }
    },
  );
});

describe('readOfferText, in detail', () => {
  test('quotes the words of a base salary', () => {
    const text = 'We offer you an annual base salary of $185,000.';
    const [salary] = read(text).proposals;
    expect(salary?.path).toBe('compensation.baseSalary');
    expect(text.slice(salary?.source.start, salary?.source.end)).toBe(
      'annual base salary of $185,000',
    );
  });

  test('says how a monthly salary became a yearly one', () => {
    const salary = read('Your salary is €5,200 per month.').proposals.find(
      (p) => p.path === 'compensation.baseSalary',
    );
    expect(salary).toMatchObject({ value: 62400, basis: '€5,200 a month × 12' });
  });

  test('offers both readings of a salary without a period, and picks none', () => {
    const [question] = read('Your salary will be $9,000.').questions;
    expect(question?.why).toBe('Is $9,000 the salary for a year or for a month?');
    expect(question?.choices.map((c) => c.value)).toEqual([9000, 108000]);
  });

  test('refuses a text over the limit in words the form can show', () => {
    const reading = readOfferText('a'.repeat(1024 * 1024));
    expect(reading).toEqual({
      ok: false,
      reason: 'too-long',
      length: 1024 * 1024,
      limit: OFFER_TEXT_LIMIT,
    });
  });

  test('reads "1.080" two ways when the text does not settle its convention', () => {
    const reading = read('Base 95.000,00 EUR and 12.5 % bonus. Strike 1.080 per option.');
    expect(reading.unclear[0]?.readings).toEqual([1.08, 1080]);
  });

  test('the person may settle the convention', () => {
    const reading = readOfferText('Strike 1.080 per option.', { convention: 'de' });
    expect(reading.ok && reading.unclear).toEqual([]);
  });
});
