import type { BriefData } from './brief-data';
import { briefText } from './brief-text';

const empty: BriefData = {
  date: 'December 1, 2026',
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
});
