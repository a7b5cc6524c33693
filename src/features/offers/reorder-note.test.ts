import { reorderNote } from './reorder-note';

const r = (offerId: string, meanCompensation: number) => ({
  offerId,
  company: offerId.toUpperCase(),
  meanCompensation,
});

describe('reorderNote', () => {
  it('says the others moved because the new offer now pays the most, in their new order', () => {
    const before = [r('a', 100), r('b', 90)];
    const after = [r('new', 200), r('b', 90), r('a', 100)];
    expect(reorderNote(before, after, 'new')).toBe(
      'The others moved because \u2068NEW\u2069 now pays the most, and pay is scored against the best-paid offer: \u2068B\u2069, \u2068A\u2069.',
    );
  });

  it('says nothing when the others keep their order', () => {
    const before = [r('a', 100), r('b', 90)];
    expect(reorderNote(before, [r('a', 100), r('new', 95), r('b', 90)], 'new')).toBeNull();
  });

  it('says nothing with fewer than two other offers', () => {
    expect(reorderNote([r('a', 1)], [r('new', 2), r('a', 1)], 'new')).toBeNull();
  });
});
