import type { TradeoffDocument } from '../../domain';
import { selectScores } from '../../store/scores';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { sideBySideRows } from './side-by-side-rows';

const rowsOf = (doc: TradeoffDocument, baselineId: string | null = null) =>
  sideBySideRows(doc, selectScores(doc).byId, baselineId).flatMap((g) => g.rows);

const row = (doc: TradeoffDocument, label: string, baselineId: string | null = null) => {
  const found = rowsOf(doc, baselineId).find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

const best = (doc: TradeoffDocument, label: string) => row(doc, label).cells.map((c) => c.best);

describe('side-by-side rows', () => {
  it('has a row for every input group and for each score', () => {
    const doc = makeDocument({ offers: [makeOffer()] });
    const groups = sideBySideRows(doc, selectScores(doc).byId, null);
    expect(groups.map((g) => g.name)).toEqual([
      'Scores',
      'Basics',
      'Compensation',
      'Equity',
      'Growth',
      'Culture',
      'Work-life balance',
    ]);
    expect(groups[0]!.rows.map((r) => r.label)).toContain('Total score');
    expect(rowsOf(doc).length).toBeGreaterThanOrEqual(40);
  });

  it('marks the highest value where more is better and the lowest where less is', () => {
    const doc = makeDocument({
      offers: [
        makeOffer({ workLife: { hoursPerWeek: 45, ptoDays: 30 } }),
        makeOffer({ workLife: { hoursPerWeek: 38, ptoDays: 20 } }),
        makeOffer({ workLife: { hoursPerWeek: 38, ptoDays: 25 } }),
      ],
    });
    expect(best(doc, 'Paid time off (days)')).toEqual([true, false, false]);
    // A shared best value is marked in every cell that has it.
    expect(best(doc, 'Hours per week')).toEqual([false, true, true]);
  });

  it('marks nothing when every value is equal, or on text rows', () => {
    const doc = makeDocument({
      offers: [makeOffer({ role: 'PM' }), makeOffer({ role: 'Designer' })],
    });
    expect(best(doc, 'Learning')).toEqual([false, false]);
    expect(best(doc, 'Role')).toEqual([false, false]);
  });

  it('compares money in the display currency and shows the converted amount', () => {
    const doc = makeDocument({
      settings: { exchangeRates: { EUR: 1.2 } },
      offers: [
        makeOffer({ compensation: { baseSalary: 110_000 } }),
        makeOffer({ currency: 'EUR', compensation: { baseSalary: 100_000 } }),
        makeOffer({ currency: 'CHF', compensation: { baseSalary: 500_000 } }),
      ],
    });
    const base = row(doc, 'Base salary');
    // 100,000 EUR is 120,000 USD; the CHF offer has no rate, so it is not compared.
    expect(base.cells.map((c) => c.best)).toEqual([false, true, false]);
    // Intl puts a no-break space after "CHF".
    expect(base.cells.map((c) => c.text.replace(/\s/g, ' '))).toEqual([
      '$110,000',
      '€100,000',
      'CHF 500,000',
    ]);
    expect(base.cells.map((c) => c.converted)).toEqual([null, '≈ $120,000', null]);
  });

  it('shows share prices with cents and leaves a zero amount unconverted', () => {
    const doc = makeDocument({
      settings: { exchangeRates: { EUR: 1.2 } },
      offers: [
        makeOffer({
          currency: 'EUR',
          compensation: { equity: { kind: 'options', strikePrice: 2.5, annualRefresher: 0 } },
        }),
      ],
    });
    expect(row(doc, 'Strike price').cells[0]).toMatchObject({
      text: '€2.50',
      converted: '≈ $3.00',
    });
    expect(row(doc, 'Annual refresher').cells[0]).toMatchObject({ text: '€0', converted: null });
  });

  it('shows "—" where an input does not apply, and leaves it out of the comparison', () => {
    const doc = makeDocument({
      offers: [
        makeOffer({ compensation: { equity: { kind: 'rsu', grantValue: 1000 } } }),
        makeOffer({ compensation: { equity: { kind: 'none' } } }),
      ],
    });
    expect(row(doc, 'Grant value').cells.map((c) => [c.text, c.best])).toEqual([
      ['$1,000', false],
      ['—', false],
    ]);
  });

  it('gives each offer its difference from the baseline in money and percent', () => {
    const doc = makeDocument({
      settings: { exchangeRates: { EUR: 1.2 } },
      offers: [
        makeOffer({
          id: 'a',
          compensation: { baseSalary: 100_000 },
          workLife: { hoursPerWeek: 40 },
        }),
        makeOffer({
          id: 'b',
          compensation: { baseSalary: 110_000 },
          workLife: { hoursPerWeek: 50 },
        }),
        makeOffer({ id: 'c', currency: 'EUR', compensation: { baseSalary: 75_000 } }),
      ],
    });
    const base = row(doc, 'Base salary', 'a');
    expect(base.cells.map((c) => c.diff)).toEqual([
      null,
      { text: '+$10,000 (+10\u00a0%)', tone: 'better' },
      // 75,000 EUR = 90,000 USD: compared in the display currency.
      { text: '−$10,000 (−10\u00a0%)', tone: 'worse' },
    ]);
    // More hours is worse.
    expect(row(doc, 'Hours per week', 'a').cells[1]!.diff).toEqual({
      text: '+10 (+25\u00a0%)',
      tone: 'worse',
    });
    expect(row(doc, 'Learning', 'a').cells[1]!.diff).toEqual({ text: 'same', tone: 'same' });
    expect(row(doc, 'Role', 'a').cells[1]!.diff).toBeNull();
  });

  it('shows percentage fields’ differences in points', () => {
    const doc = makeDocument({
      offers: [
        makeOffer({ id: 'a', compensation: { bonusTargetPct: 10 } }),
        makeOffer({ id: 'b', compensation: { bonusTargetPct: 15 } }),
      ],
    });
    expect(row(doc, 'Bonus target (%)', 'a').cells[1]!.diff).toEqual({
      text: '+5 pts',
      tone: 'better',
    });
  });
});
