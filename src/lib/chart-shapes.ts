/*
 * The shapes recharts draws with, and all it gets of d3-shape (the
 * chart-scales-only plugin in vite.config.ts): straight lines (the
 * leave-early chart's lines are `type="linear"`), bars stacked one on another
 * (the yearly pay chart), and circles for dots and legend marks. recharts
 * imports every curve, symbol and stacking offset d3 has; the ones no chart
 * here asks for are the straight line, the circle and no offset, so a chart
 * given another would draw that instead; the chart tests would show it.
 */
import {
  area,
  curveLinear,
  line,
  stack,
  stackOffsetNone,
  stackOrderNone,
  symbol,
  symbolCircle,
} from 'victory-vendor/d3-shape';

export { area, curveLinear, line, stack, stackOffsetNone, stackOrderNone, symbol, symbolCircle };

export {
  curveLinear as curveBasis,
  curveLinear as curveBasisClosed,
  curveLinear as curveBasisOpen,
  curveLinear as curveBumpX,
  curveLinear as curveBumpY,
  curveLinear as curveLinearClosed,
  curveLinear as curveMonotoneX,
  curveLinear as curveMonotoneY,
  curveLinear as curveNatural,
  curveLinear as curveStep,
  curveLinear as curveStepAfter,
  curveLinear as curveStepBefore,
  symbolCircle as symbolCross,
  symbolCircle as symbolDiamond,
  symbolCircle as symbolSquare,
  symbolCircle as symbolStar,
  symbolCircle as symbolTriangle,
  symbolCircle as symbolWye,
  stackOffsetNone as stackOffsetExpand,
  stackOffsetNone as stackOffsetSilhouette,
  stackOffsetNone as stackOffsetWiggle,
};
