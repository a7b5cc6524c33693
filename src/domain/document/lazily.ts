/**
 * A value built the first time it is asked for, then kept. The domain's
 * schemas and the defaults read from them are built this way: building them
 * all when the code loads cost about 20 ms of a phone's start, for a new
 * visitor who parses nothing (docs/performance.md).
 */
export const lazily = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => (built ??= build());
};
