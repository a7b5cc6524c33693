/* The modules of recharts' own that a stand-in of ours uses (src/lib/chart-text.tsx) or is tested with. */
declare module 'recharts/es6/util/svgPropertiesAndEvents' {
  /** The object's SVG attributes, data attributes and event handlers, the rest left out. */
  export function svgPropertiesAndEvents(obj: Record<string, unknown>): Record<string, unknown>;
}

/* recharts' own stacking offsets, which the stack of ours (src/lib/chart-shapes.ts) is tested with. */
declare module 'recharts/es6/util/ChartUtils' {
  type Series = [number, number][][];
  /** Positive values stacked up from zero, negative ones down from it. */
  export function offsetSign(series: Series): void;
  /** Positive values stacked up from zero, negative ones flattened to zero. */
  export function offsetPositive(series: Series): void;
}

/* recharts' keyboard actions, which the stand-in of ours (src/lib/chart-no-keyboard.ts) is tested with. */
declare module 'recharts/es6/state/keyboardEventsMiddleware' {
  type Action = { type: string; payload: unknown };
  export const keyDownAction: (key: string) => Action;
  export const focusAction: () => Action;
  export const blurAction: () => Action;
}

/* react-is, which recharts asks whether a child is a fragment (src/lib/chart-react-is.ts is tested with it). */
declare module 'react-is' {
  export function isFragment(value: unknown): boolean;
}
