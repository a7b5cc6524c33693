import fc from 'fast-check';
import {
  arbitraryDocument,
  makeDocument,
  makeOffer,
  makeStartupOffer,
} from '../../testing/domain-factories';
import {
  analyzeDecision,
  moneyOutcomes,
  NO_TAX_RULES,
  rankOffers,
  scoreDocument,
  triangleQuantile,
  yearlyBand,
  type ExitScenario,
  type MoneyOutcomes,
  type Offer,
  type ScoredOffer,
  type TradeoffDocument,
} from '../index';
import { withExits } from '../pay/money-band';
import { rankScored } from '../scoring/ranking';
import { meanCompensation } from '../scoring/scoring';
import { offerMoneySteps, offerSeed } from './money-uncertainty';
import { runSteps } from '../steps';
import { seededRandom } from './random';
import { MONEY_SEED, WIN_PROBABILITY_DRAWS, winProbabilities } from './win-probability';

/** A big-company offer: $200,000 a year, nothing uncertain. */
const amazon = makeOffer({
  id: 'amazon',
  company: 'Amazon',
  compensation: { baseSalary: 200_000, annualRaisePct: 0 },
});

/**
 * A startup offer: $150,000 and 50,000 options in a private company; each
 * exit is in year 1 and the whole grant counts then (no cliff, one year).
 */
const lumen = (exits: ExitScenario[]) => makeStartupOffer({ exits });

const big = (pct: number): ExitScenario => ({
  label: 'big',
  value: 500_000_000,
  year: 1,
  pct,
  kind: 'acquisition',
});

describe('the win probability with the money drawn too', () => {
  it('equals today’s figure, for the same seed, when the money is not in doubt', () => {
    // One scenario at 100 %: the grant's pay is sure, though the draws take it.
    const document = makeDocument({ offers: [amazon, lumen([big(100)])] });
    const ranked = rankScored(scoreDocument(document).scored);
    const insights = analyzeDecision(document);
    expect(insights.winProbability).toEqual(winProbabilities(ranked, document.settings.weights));
    expect(insights.unsureAbout).toEqual([]);
  });

  it('draws which exit comes: the startup comes first about as often as its big exit is likely', () => {
    // The big exit pays ($500M − $60M) × 0.5 % − $100,000 = $2,100,000 in year 1: Lumen far ahead.
    // Without it, Lumen's $150,000 is behind Amazon's $200,000, with all else equal.
    const document = makeDocument({ offers: [amazon, lumen([big(30)])] });
    const insights = analyzeDecision(document);
    expect(insights.unsureAbout).toEqual([{ company: 'Lumen', of: ['equity'] }]);
    const odds = Object.fromEntries(insights.winProbability.map((w) => [w.company, w.probability]));
    // 2,000 seeded draws of a 30 % chance: within four standard deviations (±4 %).
    expect(odds.Lumen).toBeGreaterThan(0.26);
    expect(odds.Lumen).toBeLessThan(0.34);
    expect(odds.Lumen! + odds.Amazon!).toBeCloseTo(1, 12);
    // The ranking itself uses the expected value: 30 % × $2.1M puts Lumen first.
    expect(rankOffers(document).ranking[0]?.company).toBe('Lumen');
  });

  it('counts a chance short of 100 % as no exit, and the same document always gives the same odds', () => {
    const document = makeDocument({ offers: [amazon, lumen([big(10)])] });
    const first = analyzeDecision(document).winProbability;
    expect(analyzeDecision(document).winProbability).toEqual(first);
    expect(first.find((w) => w.company === 'Amazon')!.probability).toBeGreaterThan(0.86);
  });
});

/** Acme: $150,000 and 10,000 listed options at a $10 strike, all vesting in year 1. */
const acmeOptions = (sharePrice: number, low: number | null, high: number | null) =>
  makeOffer({
    id: 'acme',
    company: 'Acme',
    compensation: {
      baseSalary: 150_000,
      annualRaisePct: 0,
      equity: {
        kind: 'options',
        shares: 10_000,
        strikePrice: 10,
        sharePrice,
        sharePriceLow: low,
        sharePriceHigh: high,
        cliffMonths: 0,
        vestingSchedule: [100],
      },
    },
  });

/** Acme: $180,000 and a 20 % target bonus, paid out at 100 % as expected, 0 % to 200 % in all. */
const acmeBonus = (low: number | null, high: number | null) =>
  makeOffer({
    id: 'acme',
    company: 'Acme',
    compensation: {
      baseSalary: 180_000,
      annualRaisePct: 0,
      bonusTargetPct: 20,
      bonusPayoutPct: 100,
      bonusPayoutLowPct: low,
      bonusPayoutHighPct: high,
    },
  });

const oddsOf = (document: TradeoffDocument) =>
  Object.fromEntries(
    analyzeDecision(document).winProbability.map((w) => [w.company, w.probability]),
  );

describe('the triangular draw (scoring.md §12)', () => {
  it('puts a quarter of the draws below the middle of each half of a symmetric range', () => {
    const range = { low: 0, mode: 50, high: 100 };
    // F(x) = x² / (100 × 50) below the peak: F(25) = 0.125, F(50) = 0.5.
    expect(triangleQuantile(range, 0)).toBe(0);
    expect(triangleQuantile(range, 0.125)).toBeCloseTo(25, 12);
    expect(triangleQuantile(range, 0.5)).toBeCloseTo(50, 12);
    expect(triangleQuantile(range, 0.875)).toBeCloseTo(75, 12);
    expect(triangleQuantile(range, 1)).toBe(100);
  });

  it('keeps a lopsided range inside its ends and its expected figure the most likely', () => {
    // 50 to 120 % around 90 %: F(90) = 40 / 70, the share of draws below the peak.
    const range = { low: 50, mode: 90, high: 120 };
    expect(triangleQuantile(range, 40 / 70)).toBeCloseTo(90, 9);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (u) => {
        const x = triangleQuantile(range, u);
        expect(x).toBeGreaterThanOrEqual(50);
        expect(x).toBeLessThanOrEqual(120);
      }),
    );
  });

  it('gives the expected figure itself when no range is given', () => {
    expect(triangleQuantile({ low: 6, mode: 6, high: 6 }, 0.3)).toBe(6);
  });
});

describe('the win probability draws the share price and the bonus payout', () => {
  it('draws the share price: the options win when it ends above $15', () => {
    // Over one year Acme pays $150,000 + 10,000 × (price − $10): ahead of $200,000 above $15.
    // Triangular $10 / $20 / $40: P(price ≤ 15) = 5² / (30 × 10) = 1/12, so Acme wins 11/12.
    const document = makeDocument({
      settings: { horizonYears: 1 },
      offers: [amazon, acmeOptions(20, 10, 40)],
    });
    expect(analyzeDecision(document).unsureAbout).toEqual([{ company: 'Acme', of: ['equity'] }]);
    // 2,000 seeded draws: within four standard deviations (±2.5 %).
    expect(oddsOf(document).Acme).toBeGreaterThan(11 / 12 - 0.025);
    expect(oddsOf(document).Acme).toBeLessThan(11 / 12 + 0.025);
  });

  it('draws the bonus payout: Acme wins when it pays out more than 5/9 of the target', () => {
    // $180,000 + $36,000 × payout beats $200,000 above 55.6 %; triangular 0 / 100 / 200 %:
    // P(below) = 55.6² / (200 × 100) = 0.154, so Acme wins 84.6 % of the tries.
    const document = makeDocument({ offers: [amazon, acmeBonus(0, 200)] });
    expect(analyzeDecision(document).unsureAbout).toEqual([{ company: 'Acme', of: ['bonus'] }]);
    const expected = 1 - (500 / 9) ** 2 / 20_000;
    expect(oddsOf(document).Acme).toBeGreaterThan(expected - 0.033);
    expect(oddsOf(document).Acme).toBeLessThan(expected + 0.033);
  });

  it('draws neither a range that moves no pay nor one without a bonus', () => {
    // Options under water from end to end ($2 to $8 against a $10 strike) pay nothing either way.
    const underWater = makeDocument({ offers: [amazon, acmeOptions(5, 2, 8)] });
    expect(analyzeDecision(underWater).unsureAbout).toEqual([]);
    const noBonus = makeDocument({
      offers: [
        amazon,
        {
          ...acmeBonus(0, 200),
          compensation: { ...acmeBonus(0, 200).compensation, bonusTargetPct: 0 },
        },
      ],
    });
    expect(analyzeDecision(noBonus).unsureAbout).toEqual([]);
  });
});

/**
 * Version 6's draw, kept here to hold the new one to it: the exit scenarios
 * alone, one number per draw picking the scenario, from the offer's own
 * sequence.
 */
const version6Pay = (
  { offers, settings }: TradeoffDocument,
  { pay }: MoneyOutcomes,
  ranked: ScoredOffer[],
) =>
  ranked.map((s, i) => {
    const offer = offers.find((o) => o.id === s.offerId)!;
    const { equity } = offer.compensation;
    const live = equity.market === 'private' && equity.kind !== 'none' ? equity.private.exits : [];
    const scenarios = live.filter((e) => e.pct > 0);
    if (pay[i] === null || scenarios.length === 0) return null;
    const random = seededRandom(offerSeed(offer.id, MONEY_SEED));
    const mean = (exits: ExitScenario[]) =>
      meanCompensation(withExits(offer, exits), settings, NO_TAX_RULES)!;
    const list = scenarios.map((e) => ({ chance: e.pct / 100, mean: mean([{ ...e, pct: 100 }]) }));
    const rest = 1 - list.reduce((sum, o) => sum + o.chance, 0);
    if (rest > 1e-9) list.push({ chance: rest, mean: mean([]) });
    return Float64Array.from({ length: WIN_PROBABILITY_DRAWS }, () => {
      const u = random();
      let cumulative = 0;
      return (list.find((o) => (cumulative += o.chance) > u) ?? list.at(-1)!).mean;
    });
  });

const withoutRanges = (offer: Offer): Offer => ({
  ...offer,
  compensation: {
    ...offer.compensation,
    bonusPayoutLowPct: null,
    bonusPayoutHighPct: null,
    equity: { ...offer.compensation.equity, sharePriceLow: null, sharePriceHigh: null },
  },
});

describe('properties of the money draws', () => {
  it('gives, with no range given, the same odds as before ranges existed, for the same seed', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxOffers: 3 }), (generated) => {
        const doc = { ...generated, offers: generated.offers.map(withoutRanges) };
        const ranked = rankScored(scoreDocument(doc).scored);
        const money = runSteps(
          moneyOutcomes(ranked, doc.offers, (offer) =>
            offerMoneySteps(offer, doc.settings, NO_TAX_RULES),
          ),
        );
        const before = version6Pay(doc, money, ranked);
        expect(analyzeDecision(doc).winProbability).toEqual(
          winProbabilities(ranked, doc.settings.weights, before),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('draws each offer’s money from its own sequence: the order of the offers changes no odds', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxOffers: 4 }), (doc) => {
        const reversed = { ...doc, offers: [...doc.offers].reverse() };
        const byId = (d: TradeoffDocument) =>
          Object.fromEntries(analyzeDecision(d).winProbability.map((w) => [w.offerId, w]));
        expect(byId(reversed)).toEqual(byId(doc));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every year of the band around the expected pay: low ≤ expected ≤ high', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxOffers: 2 }), (document) => {
        for (const offer of document.offers) {
          const band = yearlyBand(offer, document.settings);
          if (!band) continue;
          expect(band).toHaveLength(document.settings.horizonYears);
          for (const year of band) {
            expect(year.low).toBeLessThanOrEqual(year.expected);
            expect(year.expected).toBeLessThanOrEqual(year.high);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the yearly band (scoring.md §12)', () => {
  it('spans the share price range: $150,000 + 10,000 × ($10 to $40 − $10)', () => {
    const band = yearlyBand(acmeOptions(20, 10, 40), { horizonYears: 1 });
    expect(band).toEqual([{ year: 1, low: 150_000, expected: 250_000, high: 450_000 }]);
  });

  it('spans the bonus payout range: $180,000 + $36,000 × 0 % to 200 %', () => {
    const band = yearlyBand(acmeBonus(0, 200), { horizonYears: 2 });
    expect(band?.map(({ low, high }) => [low, high])).toEqual([
      [180_000, 252_000],
      [180_000, 252_000],
    ]);
  });

  it('spans the exit scenarios: nothing without an exit, all of the big one with it', () => {
    // Lumen's big exit in year 1 pays ($500M − $60M) × 0.5 % − $100,000 = $2,100,000.
    const band = yearlyBand(lumen([big(30)]), { horizonYears: 2 });
    expect(band?.[0]).toMatchObject({ low: 150_000, high: 2_250_000 });
    expect(band?.[0]?.expected).toBeCloseTo(150_000 + 0.3 * 2_100_000, 6);
    expect(band?.[1]).toMatchObject({ low: 150_000, expected: 150_000, high: 150_000 });
  });

  it('is absent when nothing is unsure', () => {
    expect(yearlyBand(amazon, { horizonYears: 4 })).toBeNull();
  });
});
