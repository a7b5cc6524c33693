import type { Steps } from '../domain/steps';
import { runInSlices, shareWork, whenIdle } from './slices';

/** Counts to `to`, one step per number, noting each step taken. */
function* counting(to: number, taken: number[]): Steps<number> {
  for (let i = 1; i <= to; i++) {
    taken.push(i);
    yield;
  }
  return to;
}

describe('shareWork', () => {
  it('takes each step once, whoever asks, and gives everyone the same answer', () => {
    const taken: number[] = [];
    const work = shareWork(counting(5, taken));
    const first = work.steps();
    first.next();
    first.next();
    expect(work.done).toBe(false);
    // A second caller goes on from the third step; the first then finds the work over.
    expect(work.result()).toBe(5);
    expect(first.next()).toEqual({ done: true, value: 5 });
    expect(taken).toEqual([1, 2, 3, 4, 5]);
    expect(work.done).toBe(true);
  });

  it('throws a failure to every caller', () => {
    const work = shareWork(
      (function* (): Steps<number> {
        yield;
        throw new Error('no rate');
      })(),
    );
    expect(() => work.result()).toThrow('no rate');
    expect(work.done).toBe(true);
    expect(() => work.steps().next()).toThrow('no rate');
  });
});

describe('runInSlices', () => {
  it('runs the work to its end in later tasks', async () => {
    const taken: number[] = [];
    const running = runInSlices(counting(1_000, taken), new AbortController().signal, 0);
    // Nothing runs in the caller's task.
    expect(taken).toEqual([]);
    expect(await running).toEqual({ value: 1_000 });
    expect(taken).toHaveLength(1_000);
  });

  it('takes no step once aborted', async () => {
    const taken: number[] = [];
    const controller = new AbortController();
    const running = runInSlices(counting(1_000, taken), controller.signal, 0);
    controller.abort();
    expect(await running).toBeNull();
    expect(taken).toEqual([]);
  });
});

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once the browser says it is idle, and not once cancelled', () => {
    const waiting = new Map<number, () => void>();
    vi.stubGlobal(
      'requestIdleCallback',
      (run: () => void) => waiting.set(waiting.size + 1, run).size,
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 1000);
    const cancel = whenIdle(() => ran.push('cancelled'), 1000);
    cancel();
    for (const run of waiting.values()) run();
    expect(ran).toEqual(['kept']);
  });

  it('runs after the fallback where the browser cannot tell when it is idle', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const ran: string[] = [];
    whenIdle(() => ran.push('kept'), 1000);
    const cancel = whenIdle(() => ran.push('cancelled'), 1000);
    vi.advanceTimersByTime(999);
    expect(ran).toEqual([]);
    cancel();
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['kept']);
  });
});
