import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { Text as RechartsText } from 'recharts';
import { Text, isRenderableText, isValidTextAnchor, resolveBackgroundPadding } from './chart-text';

/*
 * The built app's axes and labels draw with our Text (vite.config.ts); the
 * tests' recharts keeps its own, so each label recharts would draw is drawn by
 * both here and must come out the same, attribute for attribute.
 */

const svg = (text: React.ReactElement) => renderToStaticMarkup(<svg>{text}</svg>);

// What an axis and a reference line's label pass a Text: position, anchors, the
// tick's own props (not SVG attributes, so never drawn), colours and a class.
const labelProps = fc.record(
  {
    x: fc.oneof(
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      fc.constant('12'),
      fc.constant(NaN),
    ),
    y: fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.constant('7.5')),
    dx: fc.double({ min: -50, max: 50, noNaN: true }),
    dy: fc.double({ min: -50, max: 50, noNaN: true }),
    angle: fc.constantFrom(0, -45, 90),
    textAnchor: fc.constantFrom('start', 'middle', 'end', 'inherit'),
    verticalAnchor: fc.constantFrom('start', 'middle', 'end'),
    className: fc.constantFrom('recharts-cartesian-axis-tick-value', 'recharts-label'),
    fill: fc.constantFrom('var(--chart-text)', '#333'),
    fontSize: fc.constantFrom(11, 12),
    stroke: fc.constant('none'),
    width: fc.constant(0),
    index: fc.nat(10),
    payload: fc.record({ value: fc.nat(), coordinate: fc.nat(), offset: fc.nat() }),
    visibleTicksCount: fc.nat(10),
    children: fc.oneof(
      fc.constantFrom('Y1', 'Pay', 'Work-life', 'cliff', '$160K', '12 mo', 'a  b\tc'),
      fc.integer(),
    ),
  },
  { requiredKeys: ['children'] },
);

describe("the Text recharts' axes and labels get", () => {
  it('draws every one-line label as recharts does', () => {
    fc.assert(
      fc.property(labelProps, (props) => {
        expect(svg(<Text {...props} />)).toBe(svg(<RechartsText {...(props as object)} />));
      }),
    );
  });

  it('draws nothing where recharts draws nothing: no place on the page', () => {
    expect(svg(<Text x={Infinity} y={1} />)).toBe('<svg></svg>');
    expect(svg(<Text x={1} y={{} as unknown as number} />)).toBe('<svg></svg>');
  });

  it("answers recharts' questions about anchors, contents and padding as recharts does", () => {
    expect(['start', 'middle', 'end', 'inherit', 'left', undefined].map(isValidTextAnchor)).toEqual(
      [true, true, true, true, false, false],
    );
    expect([undefined, null, 'a', 1, true, {}, []].map(isRenderableText)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect([undefined, 3, { x: 1 }].map(resolveBackgroundPadding)).toEqual([
      { x: 4, y: 2 },
      { x: 3, y: 3 },
      { x: 1, y: 2 },
    ]);
  });
});
