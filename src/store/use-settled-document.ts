import { useDeferredValue, useEffect, useState } from 'react';
import type { TradeoffDocument } from '../domain';

/** Up to this many offers the insights take about a millisecond: no need to wait. */
export const SETTLE_ABOVE_OFFERS = 40;
/** How long a large document must stay unchanged before its insights are recomputed. */
export const SETTLE_DELAY_MS = 150;

/**
 * The document for panels that may follow a little behind (insights, the
 * side-by-side table). Always deferred, so the sliders and the ranking update
 * first. With many offers their work takes tens of milliseconds (a
 * break-even search per offer; thousands of table cells), which no deferral
 * can split, so a large document reaches them only once a drag pauses.
 */
export const useSettledDocument = (document: TradeoffDocument): TradeoffDocument => {
  const deferred = useDeferredValue(document);
  const large = deferred.offers.length > SETTLE_ABOVE_OFFERS;
  const [settled, setSettled] = useState(deferred);
  useEffect(() => {
    if (!large) return;
    const timer = setTimeout(() => setSettled(deferred), SETTLE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [deferred, large]);
  return large && settled.offers.length > SETTLE_ABOVE_OFFERS ? settled : deferred;
};
