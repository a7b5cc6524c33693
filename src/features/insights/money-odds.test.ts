import { analyzeDecision, rankOffers, type TradeoffDocument } from '../../domain';
import { makeDocument, makeOffer, makeStartupOffer } from '../../testing/domain-factories';
import { insightText } from './insight-sentences';

const amazon = makeOffer({
  id: 'amazon',
  company: 'Amazon',
  compensation: { baseSalary: 200_000, annualRaisePct: 0 },
});

/** $150,000 and options that pay $600,000 if a $200M exit comes in year 1 (30 %). */
const lumen = makeStartupOffer({
  exits: [{ label: 'modest', value: 200_000_000, year: 1, pct: 30, kind: 'acquisition' }],
});

const sentences = (document: TradeoffDocument) => {
  const ranking = rankOffers(document);
  return insightText({
    insights: analyzeDecision(document),
    firstPlace: ranking.ranking.filter((r) => r.rank === 1).map((r) => r.company),
    unscored: [],
    displayCurrency: document.settings.currency,
    weights: document.settings.weights,
  }).details;
};

describe('the odds say whose money is uncertain', () => {
  it('names the startup whose equity is drawn, and how often the leader still comes first', () => {
    // ($200M − $60M) × 0.5 % − $100,000 = $600,000, or $150,000 a year over the 4-year horizon.
    // Expected: $150,000 + 30 % × $150,000 = $195,000, behind Amazon's $200,000; with the exit
    // Lumen's $300,000 is ahead, so Amazon comes first when the exit does not come (about 70 %).
    const details = sentences(makeDocument({ offers: [amazon, lumen] }));
    const odds = details.find((d) => d.startsWith('With your uncertainty'));
    expect(odds).toMatch(
      /^With your uncertainty about \u2068Lumen\u2069’s equity, \u2068Amazon\u2069 comes first in (6[6-9]|7[0-4]) % of 2,000 tries \(every weight nudged by up to ±25 % as well\)\.$/,
    );
  });

  it('says when the bonus is drawn as well as the equity', () => {
    // A 20 % target bonus paid out at 50 % to 150 % (100 % expected): $15,000 to $45,000 a year.
    const withBonus = {
      ...lumen,
      compensation: {
        ...lumen.compensation,
        bonusTargetPct: 20,
        bonusPayoutLowPct: 50,
        bonusPayoutHighPct: 150,
      },
    };
    const details = sentences(makeDocument({ offers: [amazon, withBonus] }));
    expect(details.find((d) => d.startsWith('With your uncertainty'))).toMatch(
      /^With your uncertainty about \u2068Lumen\u2069’s equity and bonus, \u2068\w+\u2069 comes first in \d+ % of 2,000 tries/,
    );
  });

  it('speaks of the weights alone when no money is in doubt', () => {
    const details = sentences(
      makeDocument({
        offers: [
          amazon,
          {
            ...lumen,
            compensation: {
              ...lumen.compensation,
              equity: { ...lumen.compensation.equity, kind: 'none' },
            },
          },
        ],
      }),
    );
    expect(details.some((d) => d.startsWith('With every weight nudged by up to ±25 %'))).toBe(true);
    expect(details.some((d) => d.includes('uncertainty'))).toBe(false);
  });
});
