import { ALL_TAX_RULES, NO_TAX_RULES, type TradeoffDocument } from '../../domain';
import { selectScores } from '../../store/scores';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { sideBySideRows } from './side-by-side-rows';
import { sideBySideGroups } from './side-by-side-spec';

const rowsOf = (doc: TradeoffDocument, baselineId: string | null = null) =>
  sideBySideRows(doc, selectScores(doc, NO_TAX_RULES).byId, baselineId).flatMap((g) => g.rows);

const row = (doc: TradeoffDocument, label: string, baselineId: string | null = null) => {
  const found = rowsOf(doc, baselineId).find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
};

const best = (doc: TradeoffDocument, label: string) => row(doc, label).cells.map((c) => c.best);

describe('side-by-side rows', () => {
  it('has a row for every input group and for each score', () => {
    const doc = makeDocument({ offers: [makeOffer()] });
    const groups = sideBySideRows(doc, selectScores(doc, NO_TAX_RULES).byId, null);
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

describe('side-by-side rows before and after tax', () => {
  const doc = makeDocument({
    settings: { horizonYears: 1, exchangeRates: { GBP: 1.27 } },
    offers: [
      makeOffer({
        id: 'sea',
        company: 'Seattle',
        tax: { place: 'US-WA', effectiveRatePct: null },
        compensation: { baseSalary: 185_000 },
      }),
      makeOffer({
        id: 'lon',
        company: 'London',
        currency: 'GBP',
        tax: { place: 'GB-ENG', effectiveRatePct: null },
        compensation: { baseSalary: 60_000 },
      }),
      makeOffer({ id: 'none', company: 'Untaxed', compensation: { baseSalary: 90_000 } }),
    ],
  });
  const taxRows = () =>
    sideBySideRows(
      doc,
      selectScores(doc, ALL_TAX_RULES).byId,
      null,
      sideBySideGroups(doc.settings, ALL_TAX_RULES),
    ).find((g) => g.name === 'Before and after tax (a year, mean)')!.rows;
  const cells = (label: string) =>
    taxRows()
      .find((r) => r.label === label)!
      .cells.map((c) => c.text);

  it('shows gross, income tax, social contributions, net and the effective rate per offer', () => {
    expect(taxRows().map((r) => r.label)).toEqual([
      'Tax estimate',
      'Gross pay',
      'Your health costs',
      'Income tax',
      'Social contributions',
      'Contributions for a pension',
      'Contributions for health insurance',
      'Contributions for unemployment insurance',
      'Other contributions',
      'Net pay',
      'Effective tax rate (% of gross)',
    ]);
    // $185,000 in Washington: $33,134 income tax, $14,121.50 FICA; £60,000: £11,432 and £3,210.60.
    expect(cells('Income tax').slice(0, 2)).toEqual([
      expect.stringContaining('33,134'),
      expect.stringContaining('11,432'),
    ]);
    expect(cells('Net pay').slice(0, 2)).toEqual([
      expect.stringContaining('137,74'),
      expect.stringContaining('45,357'),
    ]);
    // (33,134 + 14,121.50) / 185,000 = 25.5 %.
    expect(cells('Effective tax rate (% of gross)')[0]).toContain('25.5');
  });

  it('splits social contributions by what they buy: Social Security a pension, Medicare health, National Insurance other', () => {
    // $185,000: Social Security 6.2 % of 184,500 = 11,439; Medicare 1.45 % = 2,682.50.
    // £60,000: National Insurance 8 % of (50,270 − 12,570) + 2 % of 9,730 = 3,210.60, named by no law.
    expect(cells('Contributions for a pension').slice(0, 2)).toEqual([
      expect.stringContaining('11,439'),
      expect.stringMatching(/£0$/),
    ]);
    expect(cells('Contributions for health insurance')[0]).toContain('2,683');
    expect(cells('Other contributions')[1]).toContain('3,211');
  });

  it('shows your health costs apart from gross pay, and takes them from net', () => {
    const withHealth = {
      ...doc,
      offers: doc.offers.map((o) =>
        o.id === 'sea'
          ? { ...o, compensation: { ...o.compensation, healthCostsPerYear: 1_440 } }
          : o,
      ),
    };
    const rows = sideBySideRows(
      withHealth,
      selectScores(withHealth, ALL_TAX_RULES).byId,
      null,
      sideBySideGroups(withHealth.settings, ALL_TAX_RULES),
    ).find((g) => g.name === 'Before and after tax (a year, mean)')!.rows;
    const row = (label: string) => rows.find((r) => r.label === label)!.cells.map((c) => c.text);
    expect(row('Gross pay')[0]).toContain('185,000');
    expect(row('Your health costs')[0]).toContain('1,440');
    // Paid before tax in Washington, the 1,440 saves 24 % federal tax (345.60), Medicare 1.45 %
    // (20.88) and Social Security on the 940 it brings under the 184,500 base (58.28):
    // 137,744.50 − 1,440 + 424.76 = 136,729.26.
    expect(row('Net pay')[0]).toContain('136,729');
  });

  it('counts the chosen share of pension contributions as savings, in the net pay', () => {
    const saving = { ...doc, settings: { ...doc.settings, pensionAsSavingsPct: 50 } };
    const rows = sideBySideRows(
      saving,
      selectScores(saving, ALL_TAX_RULES).byId,
      null,
      sideBySideGroups(saving.settings, ALL_TAX_RULES),
    ).find((g) => g.name === 'Before and after tax (a year, mean)')!.rows;
    const row = (label: string) => rows.find((r) => r.label === label)!.cells.map((c) => c.text);
    // Half of 11,439 is 5,719.50, kept: 137,744.50 + 5,719.50 = 143,464.
    expect(row('Pension counted as savings (50 %)')[0]).toContain('5,720');
    expect(row('Net pay')[0]).toContain('143,464');
  });

  it('labels each estimate with its place, rules year and household, and leaves an untaxed offer blank', () => {
    expect(cells('Tax estimate')).toEqual([
      'estimate · US federal + WA · 2026 rules · single',
      'estimate · UK (England, Wales, Northern Ireland) · 2026–27 rules',
      '—',
    ]);
    expect(cells('Net pay')[2]).toBe('—');
  });

  it('marks no best income tax, contributions or tax rate: the lowest follows the lowest pay', () => {
    const marked = (label: string) =>
      taxRows()
        .find((r) => r.label === label)!
        .cells.map((c) => c.best);
    expect(marked('Income tax')).toEqual([false, false, false]);
    expect(marked('Social contributions')).toEqual([false, false, false]);
    expect(marked('Effective tax rate (% of gross)')).toEqual([false, false, false]);
    expect(marked('Net pay')).toContain(true);
  });
});
