import type { Steps } from '../domain/steps';

/*
 * Long work done in slices: a generator's steps (src/domain/steps.ts) run
 * until a slice's time is up, then the browser gets the thread back (to paint,
 * to answer a key) before the next slice. No slice runs past its time by more
 * than one step.
 */

/** How long a slice may run before it lets the browser in. */
export const SLICE_MS = 8;

/** Work shared by everyone who asks for it: each step is taken once, whoever takes it. */
export interface SharedWork<T> {
  /** The answer is known (or the work failed). */
  readonly done: boolean;
  /** The answer, working out at once whatever is left. */
  result(): T;
  /** The work left, a step at a time; a step another caller took is not taken again. */
  steps(): Steps<T>;
}

type Outcome<T> = { value: T } | { error: unknown };

export const shareWork = <T>(work: Steps<T>): SharedWork<T> => {
  let outcome: Outcome<T> | null = null;
  /** Takes one step; true once the work is over. */
  const step = (): boolean => {
    if (outcome) return true;
    try {
      const next = work.next();
      if (next.done) outcome = { value: next.value };
    } catch (error) {
      outcome = { error };
    }
    return outcome !== null;
  };
  const answer = (): T => {
    if ('error' in outcome!) throw outcome.error;
    return outcome!.value;
  };
  return {
    get done() {
      return outcome !== null;
    },
    result() {
      while (!step());
      return answer();
    },
    *steps() {
      while (!step()) yield;
      return answer();
    },
  };
};

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Runs `run` once the browser is idle (`requestIdleCallback`), or after
 * `fallbackMs` where it cannot tell; returns what cancels it.
 */
export const whenIdle = (run: () => void, fallbackMs: number): (() => void) => {
  if (window.requestIdleCallback) {
    const idle = window.requestIdleCallback(() => run());
    return () => window.cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(run, fallbackMs);
  return () => window.clearTimeout(timer);
};

/**
 * A promise that settles in a later task: `scheduler.yield()` where the
 * browser has it (the rest of the work keeps its place ahead of other
 * tasks), else a message to itself, which unlike a timer is not held back.
 */
export const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
};

/**
 * Runs the steps a slice at a time, each up to `sliceMs`, in tasks of their
 * own (the first after the caller's, so what it drew is painted first).
 * Resolves to the answer, or to `null` once `signal` is aborted (no step is
 * taken after that).
 */
export const runInSlices = async <T>(
  work: Steps<T>,
  signal: AbortSignal,
  sliceMs = SLICE_MS,
): Promise<{ value: T } | null> => {
  for (;;) {
    await nextTask();
    const end = performance.now() + sliceMs;
    do {
      if (signal.aborted) return null;
      const next = work.next();
      if (next.done) return { value: next.value };
    } while (performance.now() < end);
  }
};
