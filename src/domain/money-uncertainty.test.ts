import { makeDocument, makeOffer, makeStartupOffer } from '../testing/domain-factories';
import { analyzeDecision, rankOffers, scoreDocument, type ExitScenario } from './index';
import { rankScored } from './ranking';
import { winProbabilities } from './win-probability';

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

const big = (pct: number): ExitScenario => ({ label: 'big', value: 500_000_000, year: 1, pct });

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
    expect(insights.unsureAbout).toEqual(['Lumen']);
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
