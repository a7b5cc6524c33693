import { analyzeDecision } from '../trade-offs/insights';
import { createDocument, createOffer } from './factory';
import { completeDocument, fillDefaults } from './defaults';
import { parseDocument } from './parse';
import { rankOffers } from '../scoring/ranking';
import { scoreDocument } from '../scoring/scoring';
import { yearlyCompensation } from '../pay/compensation';
import type { TradeoffDocument } from './schema';

/** A document as someone might write it by hand: only what differs from the defaults. */
const handWritten = {
  format: 'tradeoff',
  version: 2,
  settings: { weights: { compensation: 50, growth: 30, culture: 10, workLife: 10 } },
  offers: [
    { id: 'a', company: 'Acme', compensation: { baseSalary: 150000 }, growth: { learning: 5 } },
    {
      id: 'b',
      company: 'Beta',
      compensation: { baseSalary: 120000, equity: { kind: 'rsu', grantValue: 80000 } },
    },
  ],
} as unknown as TradeoffDocument;

describe('documents with fields left out', () => {
  it('rank exactly as the same document after parseDocument fills its defaults', () => {
    const parsed = parseDocument(handWritten);
    if (!parsed.ok) throw new Error('expected the hand-written document to be valid');
    expect(rankOffers(handWritten)).toEqual(rankOffers(parsed.document));
  });

  it('read a rating left out as 3 before version 8, and as not rated from version 8', () => {
    const growthOf = (version: number) =>
      scoreDocument({ ...handWritten, version } as TradeoffDocument).scored[0]!.factors.growth;
    // Version 2: learning 5 and three 3s, (100 + 50 + 50 + 50) / 4 = 62.5, as loading it gives.
    expect(growthOf(2)).toBe(62.5);
    // Version 8: only learning is rated.
    expect(growthOf(8)).toBe(100);
  });

  it('can be analysed without throwing', () => {
    expect(analyzeDecision(handWritten).margin?.leader.company).toBe('Acme');
  });

  it('give yearly compensation for an offer that only states its salary', () => {
    // No raise given: the default 3 % applies; no cap, bonus or equity.
    const rows = yearlyCompensation({ compensation: { baseSalary: 100000 } } as never, {
      horizonYears: 2,
    });
    expect(rows.map((r) => r.total)).toEqual([100000, 103000]);
  });

  it('are left as they are when complete, so parsed documents are not copied', () => {
    const document = createDocument({ offers: [createOffer({ id: 'a', company: 'Acme' })] });
    expect(completeDocument(document)).toBe(document);
  });
});

describe('fillDefaults', () => {
  it('fills missing keys at every depth and keeps what is given, including null', () => {
    const template = { a: 1, b: { c: 2, d: 3 }, e: 4 };
    expect(fillDefaults({ b: { c: 9 }, e: null }, template)).toEqual({
      a: 1,
      b: { c: 9, d: 3 },
      e: null,
    });
  });
});

describe('createOffer', () => {
  it('builds an offer with every default and a fresh id when called with nothing', () => {
    const one = createOffer();
    const two = createOffer();
    expect(one.id).not.toBe('');
    expect(one.id).not.toBe(two.id);
    expect(one.compensation.equity.vestingSchedule).toEqual([25, 25, 25, 25]);
    expect(
      parseDocument({ format: 'tradeoff', version: 2, offers: [{ ...one, company: 'Acme' }] }).ok,
    ).toBe(true);
  });
});
