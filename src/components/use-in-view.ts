import { useCallback, useEffect, useState } from 'react';

interface InViewOptions {
  /** What to assume before the first observation (true: draw at once, as before). */
  initial?: boolean;
  /** Once in view, stay "in view" and stop observing (for something drawn once, e.g. a chart). */
  once?: boolean;
  /** How far above and below the screen counts as near, as a share of its height: 0.5 unless told. */
  reach?: number;
}

/**
 * Whether an element is on screen or close to it (half a screen above or
 * below, unless told otherwise): panels need not follow every weight step,
 * and charts need not be drawn, while nobody can see them (see
 * useCatchUpDocument). Attach the returned ref to the element. Without
 * IntersectionObserver (old browsers, jsdom) everything counts as in view,
 * which is what the page did before.
 */
export const useInView = <T extends Element>({
  initial = true,
  once = false,
  reach = 0.5,
}: InViewOptions = {}): [(element: T | null) => void, boolean] => {
  const observable = typeof IntersectionObserver !== 'undefined';
  const [element, setElement] = useState<T | null>(null);
  const [inView, setInView] = useState(observable ? initial : true);
  const settled = once && inView && !initial;
  useEffect(() => {
    if (!element || !observable || settled) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: `${String(reach * 100)}% 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, observable, settled, reach]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, inView];
};
