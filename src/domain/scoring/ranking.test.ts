import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { TIE_TOLERANCE, rankOffers, rankScored, type ScoredOffer } from '..';

/** Offers that differ only in salary; equal salaries give equal totals. */
const paid = (id: string, company: string, baseSalary: number) =>
  makeOffer({ id, company, compensation: { baseSalary } });

const order = (document: ReturnType<typeof makeDocument>) =>
  rankOffers(document).ranking.map(({ offerId, rank }) => `${rank}:${offerId}`);

/** A scored offer with a chosen total, for tolerance cases no real offer hits exactly. */
const scored = (offerId: string, total: number): ScoredOffer => ({
  offerId,
  company: 'Same',
  meanCompensation: 0,
  criteria: {
    growth: { learning: 0, careerProgression: 0, mentorship: 0, companyOutlook: 0 },
    culture: { manager: 0, team: 0, values: 0 },
    workLife: { hours: 0, timeOff: 0, commute: 0, flexibility: 0 },
  },
  factors: { compensation: 0, growth: 0, culture: 0, workLife: 0 },
  total,
});

describe('rankOffers', () => {
  it('lists offers by total, highest first', () => {
    const offers = [paid('mid', 'M', 80_000), paid('top', 'T', 120_000), paid('low', 'L', 40_000)];
    expect(order(makeDocument({ offers }))).toEqual(['1:top', '2:mid', '3:low']);
  });

  it('reports rank, total and factor scores for each offer', () => {
    const offers = [paid('top', 'Top Co', 120_000), paid('low', 'Low Co', 60_000)];
    const [first, second] = rankOffers(makeDocument({ offers })).ranking;
    expect(first).toMatchObject({ offerId: 'top', company: 'Top Co', rank: 1 });
    // compensation 100 × 60,000 / 120,000 = 50 against 100
    expect(second?.factors.compensation).toBe(50);
    // every other factor is identical, so the gap is 40 % of 50 points = 20
    expect((first?.total ?? 0) - (second?.total ?? 0)).toBeCloseTo(20, 9);
  });

  it('gives tied offers the same rank and skips the ranks they fill (1, 1, 3)', () => {
    const offers = [
      paid('c', 'Gamma', 50_000),
      paid('b', 'Beta', 90_000),
      paid('a', 'Alpha', 90_000),
    ];
    expect(order(makeDocument({ offers }))).toEqual(['1:a', '1:b', '3:c']);
  });

  it('lists ties by company name ignoring case, then by id', () => {
    const offers = [
      paid('low', 'Aardvark', 10_000),
      paid('x', 'Beta', 90_000),
      paid('z', 'Acme', 90_000),
      paid('y', 'acme', 90_000),
    ];
    // "acme" and "Acme" compare equal at base sensitivity, so id y comes before z;
    // "Beta" follows "acme" in locale order although "B" sorts before "a" in code units.
    expect(order(makeDocument({ offers }))).toEqual(['1:y', '1:z', '1:x', '4:low']);
  });

  it('treats accents like their base letter when breaking ties', () => {
    const offers = [
      paid('2', 'emile', 90_000),
      paid('1', 'Émile', 90_000),
      paid('3', 'Eve', 90_000),
    ];
    expect(order(makeDocument({ offers }))).toEqual(['1:1', '1:2', '1:3']);
  });

  it('leaves out offers that cannot be scored and says why', () => {
    const offers = [
      paid('usd', 'Home', 90_000),
      { ...paid('gbp', 'Abroad', 90_000), currency: 'GBP' },
    ];
    const result = rankOffers(makeDocument({ settings: { exchangeRates: {} }, offers }));
    expect(result.ranking.map((r) => r.offerId)).toEqual(['usd']);
    expect(result.unscored).toEqual([{ offerId: 'gbp', reason: expect.stringContaining('GBP') }]);
  });

  it('ties everyone at rank 1, by name, when all weights are 0', () => {
    const weights = { compensation: 0, growth: 0, culture: 0, workLife: 0 };
    const offers = [paid('b', 'Beta', 200_000), paid('a', 'Alpha', 10_000)];
    const result = rankOffers(makeDocument({ settings: { weights }, offers }));
    expect(result.ranking.map(({ offerId, rank, total }) => [offerId, rank, total])).toEqual([
      ['a', 1, 0],
      ['b', 1, 0],
    ]);
    expect(result.allWeightsZero).toBe(true);
  });

  it('ranks an empty document as an empty list', () => {
    expect(rankOffers(makeDocument())).toEqual({
      ranking: [],
      unscored: [],
      declined: [],
      allWeightsZero: false,
    });
  });

  it('sets declined offers apart: not ranked, and not the best pay the others are scored against', () => {
    const declined = makeOffer({
      id: 'gone',
      company: 'Gone Co',
      status: 'declined',
      compensation: { baseSalary: 300_000 },
    });
    const offers = [paid('top', 'T', 120_000), declined, paid('low', 'L', 60_000)];
    const result = rankOffers(makeDocument({ offers }));
    expect(result.ranking.map((r) => r.offerId)).toEqual(['top', 'low']);
    expect(result.declined).toEqual([{ offerId: 'gone', company: 'Gone Co' }]);
    // Pay is scored against the best offer still in the running: 120,000, not 300,000.
    expect(result.ranking[0]?.factors.compensation).toBe(100);
    expect(result.ranking[1]?.factors.compensation).toBe(50);
  });

  it('ranks an accepted offer like any other', () => {
    const accepted = makeOffer({ id: 'yes', company: 'Yes', status: 'accepted' });
    expect(rankOffers(makeDocument({ offers: [accepted] })).ranking.map((r) => r.offerId)).toEqual([
      'yes',
    ]);
  });
});

describe('tie tolerance', () => {
  it('ties totals closer than 1e-9', () => {
    expect(TIE_TOLERANCE).toBe(1e-9);
    const ranked = rankScored([scored('b', 80 + 5e-10), scored('a', 80)]);
    expect(ranked.map(({ offerId, rank }) => [offerId, rank])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('separates totals further apart than 1e-9', () => {
    const ranked = rankScored([scored('a', 80), scored('b', 80 + 3e-9)]);
    expect(ranked.map(({ offerId, rank }) => [offerId, rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('ranks on exact totals, not the one-decimal display', () => {
    // 80.04 and 80.01 both show as 80.0, yet they are not tied
    const ranked = rankScored([scored('a', 80.01), scored('b', 80.04)]);
    expect(ranked.map(({ offerId, rank }) => [offerId, rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });
});
