import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * The width of an element in whole pixels, following it as it resizes (a
 * ResizeObserver), for a drawing that fills its container. Attach the
 * returned ref to the element. Until it is measured, and wherever it cannot
 * be (no ResizeObserver, or a width of 0 as in jsdom), it is `fallback`.
 */
export const useWidth = <T extends Element>(
  fallback: number,
): [(element: T | null) => void, number] => {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  // Measured before the first paint, so the drawing never shows at the fallback width.
  useLayoutEffect(() => {
    if (!element) return;
    const measure = (measured: number) => {
      const whole = Math.floor(measured);
      if (whole > 0) setWidth(whole);
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const last = entries.at(-1);
      if (last) measure(last.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, width];
};
