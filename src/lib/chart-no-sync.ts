/*
 * What recharts gets in place of its chart synchronisation (the recharts-trim
 * plugin in vite.config.ts): linking the tooltips and brushes of charts that
 * share a `syncId`. No chart here has one, so each hook does nothing, and the
 * event emitter behind them stays out of the bundle.
 */

/** Listens for other charts' tooltip and brush events: none here. */
export function useSynchronisedEventsFromOtherCharts(): void {}

/** Tells other charts where this one's tooltip is: none listen here. */
export function useTooltipChartSynchronisation(): void {}

/** Tells other charts where this one's brush is: none listen here. */
export function useBrushChartSynchronisation(): void {}
