import { useCallback, useEffect, useState } from 'react';

/**
 * Whether an element is on screen or close to it (half a screen above or
 * below), for panels that need not follow every weight step while nobody
 * can see them (see useCatchUpDocument). Attach the returned ref to the
 * panel's outer element. Without IntersectionObserver (old browsers, jsdom)
 * everything counts as in view, which is what the page did before.
 */
export const useInView = <T extends Element>(): [(element: T | null) => void, boolean] => {
  const [element, setElement] = useState<T | null>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries.at(-1);
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, inView];
};
