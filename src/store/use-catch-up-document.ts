import { useDeferredValue, useEffect, useState } from 'react';
import type { TradeoffDocument } from '../domain/core';

/** Up to this many offers the insights take about a millisecond: no need to wait. */
export const PAUSE_ABOVE_OFFERS = 40;
/** How long a large document must stay unchanged before the panels that wait for a pause get it. */
export const PAUSE_MS = 150;

/**
 * The one way a panel below the ranking follows the document: a deferred
 * copy, so a dragged slider and the ranking update first and the panel right
 * after, in work React can interrupt.
 *
 * `waitForPause`: for a panel whose work grows with every offer and comes in
 * pieces no deferral can split (a break-even search per offer in the
 * insights; a column per offer in the side-by-side table). Past 40 offers it
 * gets the document only once a drag pauses for 150 ms. Measured with 200
 * offers (docs/architecture-derived.md): without the pause the charts follow
 * a slider step about twice as late and the ranking's slowest steps take
 * longer; the charts themselves do not wait (with the pause they would follow
 * about twice as late).
 */
export const useCatchUpDocument = (
  document: TradeoffDocument,
  { waitForPause = false }: { waitForPause?: boolean } = {},
): TradeoffDocument => {
  const deferred = useDeferredValue(document);
  const pause = waitForPause && deferred.offers.length > PAUSE_ABOVE_OFFERS;
  const [settled, setSettled] = useState(deferred);
  useEffect(() => {
    if (!pause) return;
    const timer = setTimeout(() => setSettled(deferred), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [deferred, pause]);
  return pause && settled.offers.length > PAUSE_ABOVE_OFFERS ? settled : deferred;
};
