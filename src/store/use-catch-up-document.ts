import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import type { TradeoffDocument } from '../domain/document/schema';

/** Up to this many offers the insights take about a millisecond: no need to wait. */
export const PAUSE_ABOVE_OFFERS = 40;
/** How long the document must stay unchanged before a panel that waits for a pause gets it. */
export const PAUSE_MS = 150;

export interface CatchUpOptions {
  /**
   * For a panel whose work grows with every offer and comes in pieces no
   * deferral can split (a break-even search per offer in the insights; a
   * column per offer in the side-by-side table): past 40 offers it gets the
   * document only once a drag pauses for 150 ms.
   */
  waitForPause?: boolean;
  /**
   * Whether the panel is on screen or near it (useInView). A panel out of
   * view gets the document only once a drag pauses for 150 ms, whatever its
   * size: a weight step renders, lays out and paints only what can be seen,
   * and the rest is up to date before anyone scrolls to it.
   */
  inView?: boolean;
}

/**
 * The one way a panel below the ranking follows the document: a deferred
 * copy, so a dragged slider and the ranking update first and the panel right
 * after, in work React can interrupt — or, for a large panel with many
 * offers and for any panel out of view, a copy that waits for a pause.
 * Measured in docs/performance.md: waiting for a pause is what keeps a held
 * arrow key from piling up seconds of work with 200 offers.
 */
export const useCatchUpDocument = (
  document: TradeoffDocument,
  { waitForPause = false, inView = true }: CatchUpOptions = {},
): TradeoffDocument => {
  const deferred = useDeferredValue(document);
  const pause = !inView || (waitForPause && deferred.offers.length > PAUSE_ABOVE_OFFERS);
  const [settled, setSettled] = useState(deferred);
  const [paused, setPaused] = useState(pause);
  if (pause !== paused) {
    // Adjusted while rendering, and only when the panel starts or stops waiting: from here on it
    // holds what it shows now (keeping `settled` in step on every change rendered it twice).
    setPaused(pause);
    if (pause) setSettled(deferred);
  }
  useEffect(() => {
    if (!pause || settled === deferred) return;
    // A transition: React renders the catch-up in slices and lets a new step cut in.
    const timer = setTimeout(() => startTransition(() => setSettled(deferred)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [deferred, pause, settled]);
  return pause ? settled : deferred;
};
