import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from '../../testing/domain-factories';
import {
  CURRENT_VERSION,
  FACTORS,
  parseDocument,
  rankOffers,
  scoreDocument,
  type TradeoffDocument,
  type Weights,
} from '..';

// Modest run counts keep this file to a few seconds; a failure prints its seed.
const runs = { numRuns: 150 };

const totalsById = (document: TradeoffDocument) =>
  new Map(scoreDocument(document).scored.map((s) => [s.offerId, s.total]));

describe('scores of any valid document', () => {
  it('keeps every factor score and total within 0..100', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        for (const offer of scoreDocument(document).scored) {
          for (const factor of FACTORS) {
            expect(offer.factors[factor]).toBeGreaterThanOrEqual(0);
            expect(offer.factors[factor]).toBeLessThanOrEqual(100);
          }
          expect(offer.total).toBeGreaterThanOrEqual(0);
          expect(offer.total).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  it('ranks exactly the scored offers, best first, with consistent ranks', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        const scored = scoreDocument(document).scored.map((s) => s.offerId);
        const { ranking, unscored, declined } = rankOffers(document);
        expect(ranking.map((r) => r.offerId).sort()).toEqual([...scored].sort());
        expect(ranking.length + unscored.length + declined.length).toBe(document.offers.length);
        expect(declined.map((d) => d.offerId)).toEqual(
          document.offers.filter((o) => o.status === 'declined').map((o) => o.id),
        );
        ranking.forEach((entry, i) => {
          const previous = ranking[i - 1];
          if (i === 0) expect(entry.rank).toBe(1);
          if (!previous) return;
          expect(entry.total).toBeLessThanOrEqual(previous.total + 1e-9);
          expect(entry.rank === previous.rank || entry.rank === i + 1).toBe(true);
        });
      }),
      runs,
    );
  });

  it('changes no total when all four weights are scaled by the same factor', () => {
    // Slider-like weights: sub-normal weights would only test floating-point underflow.
    const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 100, noNaN: true }));
    const weights: fc.Arbitrary<Weights> = fc.record({
      compensation: weight,
      growth: weight,
      culture: weight,
      workLife: weight,
    });
    const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(arbitraryDocument(), weights, scale, (document, w, k) => {
        const withWeights = (next: Weights) => ({
          ...document,
          settings: { ...document.settings, weights: next },
        });
        const before = totalsById(withWeights(w));
        const scaled = {
          compensation: w.compensation * k,
          growth: w.growth * k,
          culture: w.culture * k,
          workLife: w.workLife * k,
        };
        for (const [id, total] of totalsById(withWeights(scaled))) {
          const original = before.get(id) ?? NaN;
          expect(Math.abs(total - original)).toBeLessThanOrEqual(1e-9 * Math.max(1, original));
        }
      }),
      runs,
    );
  });

  it("never lowers an offer's own total when its base salary rises", () => {
    fc.assert(
      fc.property(
        arbitraryDocument({ maxOffers: 5 }).filter((d) => d.offers.length > 0),
        fc.nat(),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (document, pick, raise) => {
          const offer = document.offers[pick % document.offers.length];
          if (!offer) return;
          const richer = {
            ...document,
            offers: document.offers.map((o) =>
              o === offer
                ? {
                    ...o,
                    compensation: {
                      ...o.compensation,
                      baseSalary: o.compensation.baseSalary + raise,
                    },
                  }
                : o,
            ),
          };
          const before = totalsById(document).get(offer.id);
          const after = totalsById(richer).get(offer.id);
          if (before === undefined || after === undefined) return; // not scorable
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      runs,
    );
  });
});

describe('parseDocument over any input', () => {
  // A throw inside a property fails it, so calling parseDocument is the check.

  /** Whatever parse accepted survives JSON and a second parse unchanged. */
  const expectStableRoundTrip = (input: unknown) => {
    const first = parseDocument(input);
    if (!first.ok) return;
    const second = parseDocument(JSON.parse(JSON.stringify(first.document)));
    expect(second.ok).toBe(true);
    expect(second.ok && second.document).toEqual(first.document);
  };

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectStableRoundTrip(input);
      }),
      runs,
    );
  });

  it('never throws on arbitrary values, JSON or not', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        expect(typeof parseDocument(input).ok).toBe('boolean');
      }),
      runs,
    );
  });

  it('never throws on documents whose parts are arbitrary JSON', () => {
    const shaped = fc.record(
      {
        format: fc.constant('tradeoff'),
        version: fc.constantFrom(1, CURRENT_VERSION),
        settings: fc.jsonValue(),
        offers: fc.array(fc.jsonValue(), { maxLength: 3 }),
      },
      { requiredKeys: ['format', 'version'] },
    );
    fc.assert(
      fc.property(shaped, (input) => {
        expectStableRoundTrip(input);
      }),
      runs,
    );
  });

  it('accepts every valid document and keeps it as it is', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (document) => {
        const result = parseDocument(JSON.parse(JSON.stringify(document)));
        expect(result.ok && result.warnings).toEqual([]);
        expect(result.ok && result.document).toEqual(document);
        expectStableRoundTrip(document);
      }),
      runs,
    );
  });
});
