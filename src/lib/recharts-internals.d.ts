/* The one module of recharts' own that a stand-in of ours uses (src/lib/chart-text.tsx). */
declare module 'recharts/es6/util/svgPropertiesAndEvents' {
  /** The object's SVG attributes, data attributes and event handlers, the rest left out. */
  export function svgPropertiesAndEvents(obj: Record<string, unknown>): Record<string, unknown>;
}
