import { useId, type ReactNode } from 'react';
import { Skeleton } from './chart-skeleton';
import { useInView } from './use-in-view';

/** A screen above and below: a panel is loaded and drawn before it can be scrolled into view. */
const REACH = 1;

/**
 * A panel below the first screen, loaded and drawn once its place comes within
 * a screen of the viewport, then kept. Until then its place holds the panel's
 * heading, so the page's outline (and a screen reader's list of headings) is
 * whole, and going to the heading brings the panel. On a phone the ranking
 * and the weights fill the first two screens; the insights, charts and table
 * below them were most of a returning visitor's start (docs/performance.md).
 * Without IntersectionObserver (jsdom, old browsers) the panel is drawn at once.
 */
export function WhenNear({ title, children }: { title: string; children: ReactNode }) {
  const [slot, near] = useInView<HTMLDivElement>({ initial: false, once: true, reach: REACH });
  if (near) return children;
  return (
    <div ref={slot} className="panel-slot">
      <PanelPlaceholder title={title} />
    </div>
  );
}

/**
 * A panel's place while it waits to be near or for its code: its heading over a shimmer, busy, as
 * tall as the panel's first screen (`height`) where that is known, so nothing jumps when it comes.
 */
export function PanelPlaceholder({ title, height = '10rem' }: { title: string; height?: string }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId} aria-busy="true">
      <div className="panel-header">
        <h2 id={headingId}>{title}</h2>
      </div>
      <Skeleton height={height} />
    </section>
  );
}
