import fc from 'fast-check';
import { breakEvenRaise } from '../trade-offs/break-even';
import { createDocument, createSettings } from '../document/factory';
import { TAX_PLACE_PATTERN } from '../document/schema';
import {
  ALL_TAX_PLACES,
  netCompensation,
  rankOffers,
  ALL_TAX_RULES,
  loadTaxPlaces,
  NO_TAX_RULES,
  TAX_RULES_LOADING,
  scoreDocument,
  taxPlaces,
  TAX_PLACE_OPTIONS,
} from '../index';
import { salaryOnly, year1 } from '../../testing/tax';

describe('an own effective rate', () => {
  it('takes that share of ordinary income and nothing more', () => {
    const y = year1(100_000, { effectiveRatePct: 30 });
    expect(y.incomeTax).toBe(30_000);
    expect(y.social).toBe(0);
    expect(y.net).toBe(70_000);
  });

  it('is no tax at all when neither a place nor a rate is given', () => {
    expect(netCompensation(salaryOnly(100_000), { horizonYears: 1 })).toBeNull();
  });
});

describe('every table', () => {
  it('lists each place the form offers, with its years and sources read on a date', () => {
    const places = taxPlaces();
    expect(places.map((p) => p.place).sort()).toEqual(
      TAX_PLACE_OPTIONS.map((o) => o.value as string).sort(),
    );
    for (const place of places) {
      expect(place.years).toContain(2026);
      expect(place.sources.length).toBeGreaterThan(0);
      for (const source of place.sources) {
        expect(source.url).toMatch(/^https?:\/\//);
        expect(source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('names each place with an id a saved document accepts (US-MD-MC, not US-MD-MONT)', () => {
    for (const option of TAX_PLACE_OPTIONS) expect(option.value).toMatch(TAX_PLACE_PATTERN);
  });

  it('has brackets that start at 0, rise in order and charge between 0 and 100 %', () => {
    for (const place of ALL_TAX_PLACES) {
      for (const year of place.years) {
        for (const [name, brackets] of Object.entries(year.brackets)) {
          expect([place.place, name, brackets[0]?.from]).toEqual([place.place, name, 0]);
          brackets.forEach((b, i) => {
            expect(b.ratePct).toBeGreaterThanOrEqual(0);
            expect(b.ratePct).toBeLessThan(100);
            if (i > 0) expect(b.from).toBeGreaterThan(brackets[i - 1]!.from);
          });
        }
      }
    }
  });

  const places = fc.constantFrom(...ALL_TAX_PLACES.map((p) => p.place));
  /** Places whose law takes more than a small raise at a line (the property's exemptions). */
  const STEPPED = ['IN', 'US-OH', 'US-OR', 'IE', 'FR', 'JP'];
  const salary = fc.double({ min: 0, max: 3_000_000, noNaN: true });

  it('never takes more than gross, and more pay never leaves less (marginal rate 0–100 %)', () => {
    fc.assert(
      fc.property(
        places,
        salary,
        salary,
        fc.constantFrom('single' as const, 'joint' as const),
        (place, a, b, household) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lo = year1(low, { place }, household);
          const hi = year1(high, { place }, household);
          // Germany's official programme rounds the tax down to whole euros, so a cent more
          // pay may cost up to a euro more tax; everywhere else the tax is exact.
          const rounding = place === 'DE' ? 1 : 1e-6;
          expect(lo.net).toBeLessThanOrEqual(lo.gross + 1e-6);
          expect(lo.incomeTax + lo.social).toBeGreaterThanOrEqual(0);
          // New York's recapture takes back a whole bracket's benefit over $50,000 of AGI, so
          // there the law itself charges more than 100 % at the margin (the "tax cliff"). India's
          // marginal reliefs cap the tax at the income over a line, and the 4 % cess comes on
          // top (104 % at the margin there; its own property above). Ohio's schedule charges 332 as
          // soon as taxable income passes 26,050; Ohio's and Maryland's exemptions and Oregon's
          // federal tax subtraction and exemption credit fall in steps of AGI: their laws too take
          // more than a small raise there. So do Ireland's USC (all of pay once it passes
          // 13,000) and PRSI credit line, France's CET from the PASS, Switzerland's BVG entry
          // threshold and Japan's basic deduction steps.
          if (/^(US-(NY|MD)|CH-)/.test(place) || STEPPED.includes(place)) return;
          expect(hi.net).toBeGreaterThanOrEqual(lo.net - rounding);
          if (high - low > 10) {
            const marginal = (hi.incomeTax + hi.social - lo.incomeTax - lo.social) / (high - low);
            expect(marginal).toBeGreaterThanOrEqual(-1e-9);
            expect(marginal).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ranking after tax', () => {
  const seattle = { ...salaryOnly(185_000, { place: 'US-WA' }), id: 'sea', company: 'Seattle' };
  const london = {
    ...salaryOnly(120_000, { place: 'GB-ENG' }),
    id: 'lon',
    company: 'London',
    currency: 'GBP',
  };
  const settings = createSettings({
    horizonYears: 1,
    exchangeRates: { GBP: 1.27 },
    weights: { compensation: 100, growth: 0, culture: 0, workLife: 0 },
  });

  it('compares pay after tax when the settings say so, and before tax otherwise', () => {
    const gross = scoreDocument(
      createDocument({ settings, offers: [seattle, london] }),
      ALL_TAX_RULES,
    );
    const net = scoreDocument(
      createDocument({ settings: { ...settings, compareOn: 'net' }, offers: [seattle, london] }),
      ALL_TAX_RULES,
    );
    const mean = (r: typeof gross, id: string) =>
      r.scored.find((s) => s.offerId === id)!.meanCompensation;
    expect(mean(gross, 'sea')).toBe(185_000);
    expect(mean(net, 'sea')).toBeCloseTo(137_744.5, 2);
    // London: 120,000 − 7,540 − 40 % × (120,000 − 2,570 − 37,700 = 79,730) − NI 3,016 − 1,394.60.
    expect(mean(net, 'lon')).toBeCloseTo((120_000 - 7_540 - 31_892 - 3_016 - 1_394.6) * 1.27, 2);
  });

  it('sets an offer without a tax place apart after tax, with the reason, never on gross', () => {
    const untaxed = { ...salaryOnly(400_000), id: 'x', company: 'No place' };
    const result = scoreDocument(
      createDocument({
        settings: { ...settings, compareOn: 'net' },
        offers: [seattle, untaxed],
      }),
      ALL_TAX_RULES,
    );
    expect(result.scored.map((s) => s.offerId)).toEqual(['sea']);
    expect(result.unscored).toEqual([
      expect.objectContaining({
        offerId: 'x',
        reason: 'Needs a tax place or your own tax rate to be compared after tax.',
      }),
    ]);
  });

  it('scores compensation against the best pay after tax, not before', () => {
    // Gross, London's 120,000 × 1.27 = 152,400 is 82.4 % of Seattle's 185,000; after tax,
    // 76,157.40 × 1.27 = 96,719.90 is 70.2 % of 137,744.50: tax takes more of London's pay.
    const ranking = (compareOn: 'gross' | 'net') =>
      rankOffers(
        createDocument({ settings: { ...settings, compareOn }, offers: [seattle, london] }),
        ALL_TAX_RULES,
      ).ranking.map((r) => r.offerId);
    expect(ranking('gross')).toEqual(['sea', 'lon']);
    expect(ranking('net')).toEqual(['sea', 'lon']);
    const net = scoreDocument(
      createDocument({ settings: { ...settings, compareOn: 'net' }, offers: [seattle, london] }),
      ALL_TAX_RULES,
    );
    expect(net.scored.find((s) => s.offerId === 'lon')!.factors.compensation).toBeCloseTo(
      (100 * (76_157.4 * 1.27)) / 137_744.5,
      6,
    );
  });

  it('reasons on net pay for a break-even raise and still answers in gross base salary', () => {
    const raise = (compareOn: 'gross' | 'net') => {
      const s = { ...settings, compareOn };
      const { scored } = scoreDocument(
        createDocument({ settings: s, offers: [seattle, london] }),
        ALL_TAX_RULES,
      );
      const byId = (id: string) => scored.find((o) => o.offerId === id)!;
      return breakEvenRaise({
        leader: byId('sea'),
        challenger: byId('lon'),
        challengerOffer: london,
        scored,
        settings: s,
        rules: ALL_TAX_RULES,
      });
    };
    // Gross: 185,000 / 1.27 = 145,669.29 → a raise of 25,669.29, up to 25,700.
    expect(raise('gross')).toBe(25_700);
    // Net: London must keep 137,744.50 / 1.27 = 108,460.24. Over £125,140 net is
    // 0.53 W + 11,786.40 (45 % tax, 2 % NI), so W = 182,403.36: a raise of 62,403.36 → 62,500.
    expect(raise('net')).toBe(62_500);
  });

  it('gives the same ranking for the same document and rules, whatever was loaded before', async () => {
    const document = createDocument({
      settings: { ...settings, compareOn: 'net' },
      offers: [seattle, london],
    });
    const first = rankOffers(document);
    const withRules = rankOffers(document, ALL_TAX_RULES);
    // Loading places elsewhere in the process changes nothing a caller did not pass in.
    await loadTaxPlaces(['US-WA', 'GB-ENG', 'DE-BE']);
    expect(rankOffers(document)).toEqual(first);
    expect(rankOffers(document, ALL_TAX_RULES)).toEqual(withRules);
    // Without the rules both offers wait for them; with them both rank.
    expect(first.ranking).toEqual([]);
    expect(first.unscored.map((u) => u.reason)).toEqual([TAX_RULES_LOADING, TAX_RULES_LOADING]);
    expect(withRules.ranking.map((r) => r.offerId)).toEqual(['sea', 'lon']);
  });

  it('ranks an offer with its own tax rate after tax with no place loaded', () => {
    // 100,000 at an own rate of 30 %: 70,000 after tax, no rules needed.
    const own = { ...salaryOnly(100_000, { effectiveRatePct: 30 }), id: 'own', company: 'Own' };
    const result = scoreDocument(
      createDocument({ settings: { ...settings, compareOn: 'net' }, offers: [own] }),
      NO_TAX_RULES,
    );
    expect(result.unscored).toEqual([]);
    expect(result.scored[0]!.meanCompensation).toBeCloseTo(70_000, 6);
  });
});
