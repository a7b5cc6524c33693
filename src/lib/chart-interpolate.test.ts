import fc from 'fast-check';
import * as d3 from 'd3-interpolate';
import { scaleLinear } from './chart-scales';
import { interpolate, interpolateNumber, interpolateRound, piecewise } from './chart-interpolate';

const number = fc.double({ min: -1e9, max: 1e9, noNaN: true });
const t = fc.double({ min: -0.5, max: 1.5, noNaN: true });

describe('the charts’ number interpolation', () => {
  it('gives what d3-interpolate gives for numbers', () => {
    fc.assert(
      fc.property(number, number, t, (a, b, at) => {
        expect(interpolateNumber(a, b)(at)).toBe(d3.interpolateNumber(a, b)(at));
        expect(interpolate(a, b)(at)).toBe(d3.interpolate(a, b)(at));
        expect(interpolateRound(a, b)(at)).toBe(d3.interpolateRound(a, b)(at));
      }),
    );
  });

  it('goes piecewise as d3 does', () => {
    fc.assert(
      fc.property(fc.array(number, { minLength: 2, maxLength: 6 }), t, (values, at) => {
        expect(piecewise(interpolateNumber, values)(at)).toBe(
          d3.piecewise(d3.interpolateNumber, values)(at),
        );
      }),
    );
  });

  it('places values on a linear scale, reversed and rounded as the axes ask', () => {
    const y = scaleLinear().domain([0, 100]).range([260, 0]);
    expect(y(25)).toBe(195);
    expect(y.invert(130)).toBe(50);
    expect(scaleLinear().domain([0, 3]).rangeRound([0, 100])(1)).toBe(33);
    expect(y.ticks(5)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
