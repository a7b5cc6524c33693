/*
 * Work a caller may pause: a generator that yields between steps and returns
 * its answer. The domain only says where a pause may fall; when to pause, and
 * whether to go on at all, is the caller's (src/lib/slices.ts). Run to the end
 * at once, it gives the same answer as the same work done without pauses.
 */

/** Work that yields between steps and returns a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs work to its end at once. */
export const runSteps = <T>(steps: Steps<T>): T => {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
};
