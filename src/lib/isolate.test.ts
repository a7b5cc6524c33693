import { isolate, sentenceParts } from './isolate';

describe('isolate', () => {
  it('wraps a user text in first-strong and pop isolate marks', () => {
    expect(isolate('Acme')).toBe('\u2068Acme\u2069');
  });

  it('drops isolate marks inside the text, which would end the isolate early', () => {
    expect(isolate('Ac\u2069me\u2066')).toBe('\u2068Acme\u2069');
  });

  it('keeps an override inside the isolate, where it can only turn the name around', () => {
    expect(sentenceParts(`${isolate('\u202Eevil')} leads by 2 points.`)).toEqual([
      { text: '\u202Eevil', isolated: true },
      { text: ' leads by 2 points.', isolated: false },
    ]);
  });

  it('splits a sentence with several names, and one with none', () => {
    expect(sentenceParts(`${isolate('A')} and ${isolate('B')} tie.`).map((p) => p.text)).toEqual([
      'A',
      ' and ',
      'B',
      ' tie.',
    ]);
    expect(sentenceParts('No offers yet.')).toEqual([{ text: 'No offers yet.', isolated: false }]);
  });
});
