import { bench, describe } from 'vitest';
import { readOfferText } from '../src/domain';
import { OFFER_TEXT_CORPUS } from '../src/domain/offer-text/offer-text-corpus';
import { medianTable } from './median';

// Budget from the issue: a 20,000-character letter read in well under 100 ms (median).
const LETTER_LENGTH = 20_000;

/** The corpus's letters one after another until the text is 20,000 characters long. */
const longLetter = (): string => {
  let text = '';
  for (let i = 0; text.length < LETTER_LENGTH; i += 1)
    text += `${OFFER_TEXT_CORPUS[i % OFFER_TEXT_CORPUS.length]?.text ?? ''}\n\n`;
  return text.slice(0, LETTER_LENGTH);
};

const medians = medianTable('readOfferText', 1);

describe('readOfferText', () => {
  const letter = longLetter();
  bench(
    'a 20,000-character letter',
    () => {
      readOfferText(letter);
    },
    medians.options({ budgetMs: 100, iterations: 30 }),
  );
});
