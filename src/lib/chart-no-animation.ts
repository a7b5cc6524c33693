/*
 * What recharts' animations get in place of its animation timer (the
 * chart-scales-only plugin in vite.config.ts): no chart here animates (every
 * bar is drawn with isAnimationActive={false}, and a rectangle's update
 * animation is off by default), so recharts' JavascriptAnimate, which draws
 * its children at the end of the animation (elapsed time 1) when it is
 * inactive, always does. Its easings, timers and controller go with it.
 */
import type { ReactNode } from 'react';

/** recharts' animation wrapper, as it is when inactive: the finished frame. */
export function JavascriptAnimate({ children }: { children: (elapsed: number) => ReactNode }) {
  return children(1);
}
