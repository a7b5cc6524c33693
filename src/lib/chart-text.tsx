/*
 * What recharts' axes and labels get in place of its Text (the chart-scales-only
 * plugin in vite.config.ts). Recharts' Text measures words to wrap a label to a
 * width, scale it to fit, put it on a path or behind a background or halo; the
 * charts here draw one-line labels only (an axis gives its ticks no width, and
 * the one label is "cliff"), so this draws the same <text> for them: the same
 * attributes, the same offsets from its anchors, without the measuring, and
 * without its 30 kB of code and its CSS calc reducer.
 */
import { forwardRef, type CSSProperties, type ReactNode } from 'react';
import { svgPropertiesAndEvents } from 'recharts/es6/util/svgPropertiesAndEvents';

const BREAKING_SPACES = /[ \f\n\r\t\v\u2028\u2029]+/;

// Text without a fill of its own is drawn grey, as recharts' is without a theme.
const DEFAULT_FILL = '#808080';

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value);

/** An anchor recharts accepts for a label (its own rule). */
export const isValidTextAnchor = (value: unknown): boolean =>
  value === 'start' || value === 'middle' || value === 'end' || value === 'inherit';

/** Whether a label's content is drawn as text (its own rule). */
export const isRenderableText = (value: unknown): boolean =>
  value == null || ['string', 'number', 'boolean'].includes(typeof value);

/** A label background's padding: recharts' defaults; no label here has a background. */
export const resolveBackgroundPadding = (
  padding?: number | { x?: number; y?: number },
): { x: number; y: number } =>
  isNumber(padding) ? { x: padding, y: padding } : { x: padding?.x ?? 4, y: padding?.y ?? 2 };

/**
 * The first line's offset from y for the vertical anchor, worked out as
 * recharts' CSS calc reducer does for one line with lengths in em ("0.355em"
 * for the middle); other units are left to the browser's calc.
 */
const firstLineDy = (anchor: unknown, capHeight: string): string => {
  const cap = /^(-?[\d.]+)em$/.exec(capHeight);
  if (anchor === 'start') return capHeight;
  if (anchor === 'middle')
    return cap ? `${String(Number(cap[1]) / 2)}em` : `calc(${capHeight} / 2)`;
  return '0em';
};

interface TextProps {
  x?: number | string;
  y?: number | string;
  dx?: number;
  dy?: number;
  angle?: number;
  capHeight?: string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: string;
  className?: string;
  fill?: string;
  style?: CSSProperties;
  children?: ReactNode;
  [prop: string]: unknown;
}

/** One line of SVG text at (x + dx, y + dy), anchored and turned as recharts' Text does. */
export const Text = forwardRef<SVGTextElement, Record<string, unknown>>(
  function Text(outsideProps, ref) {
    const props = outsideProps as TextProps;
    const {
      x: propsX = 0,
      y: propsY = 0,
      dx,
      dy,
      angle = 0,
      capHeight = '0.71em',
      textAnchor = 'start',
      verticalAnchor = 'end',
      className,
      style,
      children,
      // Recharts' options for wrapping, fitting, paths and backgrounds, none used here.
      lineHeight: _lineHeight,
      scaleToFit: _scaleToFit,
      breakAll: _breakAll,
      textPath: _textPath,
      background: _background,
      halo: _halo,
      startOffset: _startOffset,
      ...rest
    } = props;
    const x = Number(propsX) + (isNumber(dx) ? dx : 0);
    const y = Number(propsY) + (isNumber(dy) ? dy : 0);
    const placed = (isNumber(propsX) || typeof propsX === 'string') && Number.isFinite(x);
    if (!placed || !(isNumber(propsY) || typeof propsY === 'string') || !Number.isFinite(y))
      return null;
    const words =
      children == null
        ? ''
        : String(children as string)
            .split(BREAKING_SPACES)
            .join(' ');
    return (
      <text
        transform={angle ? `rotate(${String(angle)}, ${String(x)}, ${String(y)})` : undefined}
        {...svgPropertiesAndEvents(rest)}
        style={{ fill: props.fill ?? DEFAULT_FILL, ...style }}
        ref={ref}
        x={x}
        y={y}
        className={className ? `recharts-text ${className}` : 'recharts-text'}
        textAnchor={textAnchor}
      >
        <tspan x={x} dy={firstLineDy(verticalAnchor, capHeight)}>
          {words}
        </tspan>
      </text>
    );
  },
);
