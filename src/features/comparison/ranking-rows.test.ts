import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { closeCall, rankingRows } from './ranking-rows';

const ranked = (company: string, rank: number, total: number) => ({
  offerId: company.toLowerCase(),
  company,
  rank,
  total,
  factors: { compensation: total, growth: total, culture: total, workLife: total },
});

describe('rankingRows', () => {
  it('keeps each offer’s colour by its place in the document, not its rank', () => {
    const doc = makeDocument({
      offers: [
        makeOffer({ id: 'acme', company: 'Acme', role: 'PM' }),
        makeOffer({ id: 'beta', company: 'Beta' }),
      ],
    });
    const rows = rankingRows(doc, [ranked('Beta', 1, 80), ranked('Acme', 2, 70)]);
    expect(rows.map((r) => [r.company, r.colorIndex, r.role])).toEqual([
      ['Beta', 1, ''],
      ['Acme', 0, 'PM'],
    ]);
  });

  it('marks offers that share a rank as tied', () => {
    const doc = makeDocument();
    const rows = rankingRows(doc, [ranked('A', 1, 70), ranked('B', 1, 70), ranked('C', 3, 60)]);
    expect(rows.map((r) => r.tied)).toEqual([true, true, false]);
  });
});

describe('closeCall', () => {
  it('reports the top two when they are within 2 points', () => {
    expect(closeCall([ranked('A', 1, 71.9), ranked('B', 2, 70), ranked('C', 3, 10)])).toEqual({
      first: 'A',
      second: 'B',
      gap: expect.closeTo(1.9, 9),
    });
    expect(closeCall([ranked('A', 1, 72), ranked('B', 2, 70)])?.gap).toBe(2);
  });

  it('stays quiet for a clear lead, a single offer, or when every weight is 0', () => {
    expect(closeCall([ranked('A', 1, 72.5), ranked('B', 2, 70)])).toBeNull();
    expect(closeCall([ranked('A', 1, 72.5)])).toBeNull();
    expect(closeCall([ranked('A', 1, 0), ranked('B', 1, 0)], true)).toBeNull();
  });
});
