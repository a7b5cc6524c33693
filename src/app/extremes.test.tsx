import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import {
  NO_TAX_RULES,
  OFFER_FIELDS,
  documentToCsv,
  fieldBounds,
  parseDocument,
  setValueAt,
  valueAt,
  withExampleOffers,
  createDocument,
  type OfferField,
  type TradeoffDocument,
} from '../domain';
import { contributionRows, factorRows, yearlyChartData } from '../features/comparison/chart-data';
import { rankingRows } from '../features/comparison/ranking-rows';
import { sideBySideRows } from '../features/comparison/side-by-side-rows';
import { weightRangeRows, winChartData } from '../features/insights/insight-rows';
import { insightText } from '../features/insights/insight-sentences';
import { leaveEarlyChartData } from '../features/insights/leave-early-rows';
import { selectInsights } from '../features/insights/select-insights';
import { createAppState } from '../store/app-state';
import { selectScores } from '../store/scores';
import { App } from './app';

/*
 * Every figure the schema accepts, its extremes included, gives numbers the
 * app can show: nothing rendered anywhere (ranking, charts, side by side,
 * insights, CSV) is NaN or Infinity, and every score is within 0–100.
 */

const NOW = '2026-11-20T10:00:00.000Z';
const NOT_A_NUMBER = /NaN|Infinity|∞/;

type End = 'min' | 'max' | 'keep';

/** The field's smallest or largest value the schema accepts. */
const extreme = (field: OfferField, end: 'min' | 'max'): number => {
  const { min, max, whole } = fieldBounds(field);
  const bound = end === 'min' ? min : max;
  if (!bound) return 0;
  if (bound.inclusive) return bound.value;
  const inward = end === 'min' ? 1 : -1;
  // The next number the schema still takes: one step of floating point inside an exclusive bound.
  const step = Math.max(Number.MIN_VALUE, Math.abs(bound.value) * Number.EPSILON);
  return whole ? bound.value + inward : bound.value + inward * step;
};

const NUMERIC = OFFER_FIELDS.filter((field) =>
  ['money', 'count', 'percent', 'number', 'months', 'rating'].includes(field.kind),
);

/** The example offers with each numeric input pushed to an end of its range (or kept). */
const extremeDocument = (
  ends: readonly End[],
  weights: readonly number[],
  horizon: number,
  rate: number,
) => {
  const document = structuredClone(withExampleOffers(createDocument(), NOW)) as TradeoffDocument;
  document.offers.forEach((offer, o) => {
    NUMERIC.forEach((field, f) => {
      const end = ends[(o * NUMERIC.length + f) % ends.length] ?? 'keep';
      if (end === 'keep' || valueAt(offer, field.path) === null) return;
      setValueAt(offer as unknown as Record<string, unknown>, field.path, extreme(field, end));
    });
  });
  const [compensation = 40, growth = 25, culture = 15, workLife = 20] = weights;
  document.settings.weights = { compensation, growth, culture, workLife };
  document.settings.horizonYears = horizon;
  document.settings.exchangeRates = { ...document.settings.exchangeRates, EUR: rate };
  const parsed = parseDocument(document);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
};

const arbitraryExtremeDocument = () =>
  fc
    .tuple(
      fc.array(fc.constantFrom<End>('min', 'max', 'keep'), { minLength: 1, maxLength: 60 }),
      fc.array(fc.constantFrom(0, 1, 50, 100), { minLength: 4, maxLength: 4 }),
      fc.constantFrom(1, 6),
      fc.constantFrom(0.000001, 1.08, 999_999.99),
    )
    .map(([ends, weights, horizon, rate]) => extremeDocument(ends, weights, horizon, rate));

/** Every number and string inside `value`, for the checks below. */
const leaves = (value: unknown, found: { numbers: number[]; strings: string[] }) => {
  if (typeof value === 'number') found.numbers.push(value);
  else if (typeof value === 'string') found.strings.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leaves(item, found));
  else if (value instanceof Map) [...value.values()].forEach((item) => leaves(item, found));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((item) => leaves(item, found));
  return found;
};

describe('figures at the ends of the schema’s ranges', () => {
  it('give finite numbers, scores within 0–100 and no "NaN" or "∞" in any row or text', () => {
    fc.assert(
      fc.property(arbitraryExtremeDocument(), (document) => {
        const scores = selectScores(document, NO_TAX_RULES);
        for (const offer of scores.ranked) {
          expect(offer.total).toBeGreaterThanOrEqual(0);
          expect(offer.total).toBeLessThanOrEqual(100);
          for (const factor of Object.values(offer.factors)) {
            expect(factor).toBeGreaterThanOrEqual(0);
            expect(factor).toBeLessThanOrEqual(100);
          }
        }
        const insights = selectInsights(document, NO_TAX_RULES);
        const shown = {
          scores,
          ranking: rankingRows(document, scores.ranked),
          contributions: contributionRows(scores.ranked, document.settings.weights),
          factors: factorRows(document.offers, scores.byId),
          yearly: [true, false].map((adjusted) =>
            yearlyChartData(document.offers, document.settings, { adjusted }),
          ),
          sideBySide: sideBySideRows(document, scores.byId, document.offers[0]?.id ?? null),
          insights,
          sentences: insightText({
            insights,
            firstPlace: scores.ranked.filter((r) => r.rank === 1).map((r) => r.company),
            unscored: scores.unscored,
            displayCurrency: document.settings.currency,
            weights: document.settings.weights,
          }),
          weightRanges: weightRangeRows(insights.flips.all, document.settings.weights),
          win: winChartData(insights.winProbability, document.offers),
          leaveEarly: leaveEarlyChartData(document),
          csv: documentToCsv(document),
        };
        const { numbers, strings } = leaves(shown, { numbers: [], strings: [] });
        expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
        expect(strings.filter((s) => NOT_A_NUMBER.test(s))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the app with every figure at an end of its range', () => {
  beforeAll(async () => {
    // The lazily loaded panels, up front: the test waits for what a person sees, not for chunks.
    await Promise.all([
      import('../features/insights/insights-panel'),
      import('../features/comparison/side-by-side'),
      import('../features/comparison/comparison-charts'),
    ]);
  });

  it.each<[string, End[]]>([
    ['smallest', ['min']],
    ['largest', ['max']],
    ['mixed', ['min', 'max', 'keep', 'max', 'min']],
  ])('shows no "NaN" or "∞" anywhere with the %s figures', async (_name, ends) => {
    const document = extremeDocument(ends, [40, 25, 15, 20], 6, 1.08);
    render(<App app={createAppState({ document })} />);
    await screen.findByRole('table', { name: /Side by side/ }, { timeout: 10_000 });
    expect(
      within(screen.getByRole('list', { name: 'Ranking' })).getAllByRole('listitem'),
    ).toHaveLength(4);
    const page = window.document.body;
    const attributes = [...page.querySelectorAll('*')].flatMap((element) =>
      ['aria-label', 'title', 'aria-valuetext'].map((name) => element.getAttribute(name) ?? ''),
    );
    expect(page.textContent).not.toMatch(NOT_A_NUMBER);
    expect(attributes.filter((text) => NOT_A_NUMBER.test(text))).toEqual([]);
  });
});
