import type { BriefData } from './brief-data';
import { briefText } from './brief-text';

const empty: BriefData = {
  date: 'December 1, 2026',
  context: [{ label: 'Pay', lines: ['Before tax, a year on average over 4 years, in USD.'] }],
  factors: [
    { label: 'Compensation', share: '0 %' },
    { label: 'Growth', share: '0 %' },
  ],
  allWeightsZero: true,
  ranking: [],
  unscored: [{ company: 'Kontor', reason: 'needs an exchange rate' }],
  insights: {
    headline: 'Every weight is 0, so no offer leads.',
    details: [],
    catchUp: [],
    leftOut: null,
  },
  offers: [{ offerId: 'a', company: 'Kontor' }],
  rows: [],
  notes: [
    { offerId: 'a', company: 'Kontor', deadline: null, notes: '  first line\n second line ' },
  ],
};

describe('the brief as text', () => {
  it('says plainly when nothing can be ranked, and keeps what can be said', () => {
    const text = briefText(empty);
    expect(text.split('\n')[0]).toBe(
      'Decision brief — job offers compared with Tradeoff, December 1, 2026',
    );
    expect(text).toContain('Every weight is 0, so every offer scores 0.');
    expect(text).toContain('No offer can be ranked yet.');
    expect(text).toContain('Not ranked: Kontor — needs an exchange rate');
    expect(text).toContain('Every weight is 0, so no offer leads.');
    // A note's lines stay together on one line of the message.
    expect(text).toContain('- Kontor: first line / second line');
    expect(text).not.toContain('Deadlines');
    expect(text).not.toContain('Side by side');
  });

  it('carries no direction marks, so a name with a right-to-left override cannot reverse a line', () => {
    // U+202E (right-to-left override) in the name; U+2068/U+2069 around names in the sentences.
    const text = briefText({
      ...empty,
      allWeightsZero: false,
      ranking: [
        {
          offerId: 'a',
          rank: 1,
          tied: false,
          company: 'Evil\u202eCo',
          role: '',
          score: '73.7',
          split: ['73.7', '0.0'],
          bar: [],
        },
      ],
      insights: { ...empty.insights, headline: '\u2068Evil\u202eCo\u2069 leads by 1.0 points.' },
    } as BriefData);
    expect(text).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('1. EvilCo: 73.7');
    expect(text).toContain('EvilCo leads by 1.0 points.');
  });
});
