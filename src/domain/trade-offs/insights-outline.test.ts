import fc from 'fast-check';
import { worstCaseDocument } from '../../testing/worst-case-document';
import { runSteps } from '../steps';
import { analyzeDecision, breakEvenSteps, decisionOutlineSteps } from './insights';

/*
 * The insights panel draws its charts from the outline and its sentences from
 * the break-even raises a render later: asked apart, they must be what the
 * analysis gives together, whatever the weights.
 */
const weights = fc.record({
  compensation: fc.integer({ min: 0, max: 100 }),
  growth: fc.integer({ min: 0, max: 100 }),
  culture: fc.integer({ min: 0, max: 100 }),
  workLife: fc.integer({ min: 0, max: 100 }),
});

describe('the decision asked in two parts', () => {
  const base = worstCaseDocument(8, 4);
  const before = { ...base, settings: { ...base.settings, compareOn: 'gross' as const } };

  it('gives the outline and the raises the whole analysis gives', () => {
    fc.assert(
      fc.property(weights, (w) => {
        const document = { ...before, settings: { ...before.settings, weights: w } };
        const { breakEven, ...outline } = analyzeDecision(document);
        expect(runSteps(decisionOutlineSteps(document))).toEqual(outline);
        expect(runSteps(breakEvenSteps(document))).toEqual(breakEven);
      }),
      { numRuns: 15 },
    );
  });

  it('has no raises to give without a second offer', () => {
    const one = { ...before, offers: before.offers.slice(0, 1) };
    expect(runSteps(breakEvenSteps(one))).toEqual([]);
    expect(runSteps(decisionOutlineSteps(one)).margin?.runnerUp).toBeNull();
  });
});
