import { act } from '@testing-library/react';

/*
 * A stand-in IntersectionObserver for jsdom, which has none (and so counts everything as in view):
 * a test installs it, then says when the observed elements come near the screen.
 */
interface Watch {
  callback: IntersectionObserverCallback;
  targets: Element[];
}

let watching: Watch[] = [];

class StandInObserver {
  private readonly watch: Watch;
  constructor(callback: IntersectionObserverCallback) {
    this.watch = { callback, targets: [] };
    watching.push(this.watch);
  }
  observe(target: Element) {
    this.watch.targets.push(target);
  }
  unobserve(target: Element) {
    this.watch.targets = this.watch.targets.filter((watched) => watched !== target);
  }
  disconnect() {
    watching = watching.filter((watch) => watch !== this.watch);
  }
}

/** Installs the stand-in for this test file (call in beforeEach; vi.unstubAllGlobals undoes it). */
export const standInIntersectionObserver = () => {
  watching = [];
  vi.stubGlobal('IntersectionObserver', StandInObserver);
};

/** How many observers are still watching. */
export const observersWatching = () => watching.length;

/** Every observed element comes near the screen (true) or goes away from it (false). */
export const everythingComesNear = (near = true) =>
  act(() => {
    for (const { callback, targets } of [...watching])
      callback(
        targets.map((target) => ({ isIntersecting: near, target }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      );
  });
