import fc from 'fast-check';
import {
  ALL_TAX_PLACES,
  ALL_TAX_RULES,
  NO_TAX_RULES,
  analyzeDecision,
  moneyEquivalents,
  netCompensationWith,
  rankScored,
  recruiterQuestions,
  scoreDocument,
  withTaxPlaces,
  type Offer,
  type Settings,
  type TaxRules,
  type TradeoffDocument,
} from '../domain';
import {
  CHART_OFFER_LIMIT,
  contributionRows,
  drawnOfferIds,
  factorRows,
  onlyDrawn,
  yearlyChartData,
} from '../features/comparison/chart-data';
import {
  selectContributions,
  selectFactorChart,
  selectYearlyChart,
} from '../features/comparison/select-charts';
import { selectSideBySideRows } from '../features/comparison/side-by-side';
import { sideBySideRows } from '../features/comparison/side-by-side-rows';
import { sideBySideGroups } from '../features/comparison/side-by-side-spec';
import { leaveEarlyChartData } from '../features/insights/leave-early-rows';
import {
  selectInsights,
  selectLeaveEarly,
  selectMoney,
  selectQuestions,
  selectStaying,
  stayingFor,
} from '../features/insights/select-insights';
import { rulesInUse, selectScores } from '../store/scores';
import { arbitraryDocument, arbitraryOffer, arbitrarySettings } from '../testing/domain-factories';
import { buildBrief, selectBrief } from './decision-brief-data';

/*
 * Every selector is cached on the inputs it names. For a document and then a
 * second one that shares some of its parts (the same offers, the same
 * settings but one, other tax rules…), the cached answer for the second must
 * equal the answer worked out afresh: a selector that read an input its key
 * does not name would hand back the first document's figures.
 */

const US_RULES = withTaxPlaces(
  NO_TAX_RULES,
  ALL_TAX_PLACES.filter((p) => p.place.startsWith('US')),
);
const rules = () => fc.constantFrom<TaxRules>(NO_TAX_RULES, US_RULES, ALL_TAX_RULES);

/** A document, and another made from it by changing some of its parts and keeping the rest. */
const pairs = (maxOffers: number) =>
  fc
    .record({
      a: arbitraryDocument({ maxOffers }),
      aSettings: fc.record({
        compareOn: fc.constantFrom<Settings['compareOn']>('gross', 'net'),
        household: fc.constantFrom<Settings['household']>('single', 'joint'),
      }),
      changes: fc.record(
        {
          settings: arbitrarySettings(),
          keys: fc.subarray([
            'weights',
            'criterionWeights',
            'currency',
            'horizonYears',
            'exchangeRates',
          ] as const),
          compareOn: fc.constantFrom<Settings['compareOn']>('gross', 'net'),
          household: fc.constantFrom<Settings['household']>('single', 'joint'),
          taxYear: fc.constantFrom(2025, 2026, 2027),
          offer: fc.record({ at: fc.nat(), offer: arbitraryOffer() }),
        },
        { requiredKeys: ['settings', 'keys'] },
      ),
      rulesA: rules(),
      rulesB: rules(),
    })
    .map(({ a: generated, aSettings, changes, rulesA, rulesB }) => {
      const a: TradeoffDocument = {
        ...generated,
        settings: { ...generated.settings, ...aSettings },
      };
      const settings = { ...a.settings };
      for (const key of changes.keys) Object.assign(settings, { [key]: changes.settings[key] });
      if (changes.compareOn) settings.compareOn = changes.compareOn;
      if (changes.household) settings.household = changes.household;
      if (changes.taxYear) settings.taxYear = changes.taxYear;
      let offers = a.offers;
      if (changes.offer && offers.length > 0) {
        const at = changes.offer.at % offers.length;
        const old = offers[at]!;
        offers = offers.map((o, i) =>
          i === at ? { ...changes.offer!.offer, id: old.id, current: old.current } : o,
        );
      }
      const b: TradeoffDocument = { ...a, settings, offers };
      return { a, b, rulesA, rulesB };
    });

/**
 * For a pair of documents (and rules), the selector's answer for the second
 * after it answered the first equals `reference`, worked out from the whole
 * second document with no cache at all.
 */
const expectFresh = <R>(
  select: (document: TradeoffDocument, rules: TaxRules) => R,
  reference: (document: TradeoffDocument, rules: TaxRules) => R,
  { maxOffers = 5, numRuns = 60 } = {},
) =>
  fc.assert(
    fc.property(pairs(maxOffers), ({ a, b, rulesA, rulesB }) => {
      select(a, rulesA);
      expect(select(b, rulesB)).toEqual(reference(b, rulesB));
    }),
    { numRuns },
  );

const ranked = (d: TradeoffDocument, r: TaxRules) => rankScored(scoreDocument(d, r).scored);
const byId = (d: TradeoffDocument, r: TaxRules) => new Map(ranked(d, r).map((s) => [s.offerId, s]));

describe('a selector after another document gives what a fresh computation gives', () => {
  it('selectScores', () =>
    expectFresh(
      (d, r) => selectScores(d, r).ranked,
      (d, r) => ranked(d, r),
    ));

  it('selectContributions', () =>
    expectFresh(selectContributions, (d, r) =>
      contributionRows(ranked(d, r).slice(0, CHART_OFFER_LIMIT), d.settings.weights),
    ));

  const factorChart = (d: TradeoffDocument, r: TaxRules) => {
    const all = factorRows(d.offers, byId(d, r));
    return { rows: all.rows, series: onlyDrawn(all.series, drawnOfferIds(ranked(d, r))) };
  };
  it('selectFactorChart', () => expectFresh(selectFactorChart, factorChart));
  it('selectFactorChart past its limit of offers', () =>
    expectFresh(selectFactorChart, factorChart, { maxOffers: 24, numRuns: 10 }));

  it('selectYearlyChart', () => {
    for (const adjusted of [true, false])
      expectFresh(
        (d, r) => selectYearlyChart(d, r, adjusted),
        (d, r) => {
          const taxOf =
            d.settings.compareOn === 'net'
              ? (offer: Offer) =>
                  netCompensationWith(r, offer, d.settings)?.years.map(
                    (y) => y.incomeTax + y.social,
                  ) ?? null
              : undefined;
          const all = yearlyChartData(d.offers, d.settings, { adjusted }, taxOf);
          const bestPaid = [...scoreDocument(d, r).scored].sort(
            (x, y) => y.meanCompensation - x.meanCompensation,
          );
          return { ...all, offers: onlyDrawn(all.offers, drawnOfferIds(bestPaid)) };
        },
        { numRuns: 30 },
      );
  });

  it('selectSideBySideRows', () =>
    expectFresh(
      (d, r) => selectSideBySideRows(d, r, d.offers[0]?.id ?? null),
      (d, r) =>
        sideBySideRows(d, byId(d, r), d.offers[0]?.id ?? null, sideBySideGroups(d.settings, r)),
    ));

  it('selectQuestions', () => expectFresh(selectQuestions, recruiterQuestions));

  const leaveEarly = (d: TradeoffDocument, r: TaxRules) =>
    leaveEarlyChartData(d, { preferred: ranked(d, r).map((s) => s.offerId), limit: 6, rules: r });
  it('selectLeaveEarly', () => expectFresh(selectLeaveEarly, leaveEarly));
  it('selectLeaveEarly past six offers', () =>
    expectFresh(selectLeaveEarly, leaveEarly, { maxOffers: 9, numRuns: 20 }));

  it('selectStaying', () => expectFresh(selectStaying, (d, r) => stayingFor(d, rulesInUse(d, r))));

  // 2,000 draws each: fewer, smaller documents.
  it('selectInsights', () =>
    expectFresh(selectInsights, analyzeDecision, { maxOffers: 3, numRuns: 15 }));
  it('selectMoney', () =>
    expectFresh(selectMoney, moneyEquivalents, { maxOffers: 3, numRuns: 20 }));
  it('selectBrief', () =>
    expectFresh(
      (d, r) => selectBrief(d, r, '5 December 2026'),
      (d, r) => buildBrief(d, r, '5 December 2026'),
      { maxOffers: 3, numRuns: 10 },
    ));
});
