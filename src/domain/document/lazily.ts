/**
 * A value built the first time it is asked for, then kept. The domain's
 * schemas and the defaults read from them are built this way, so loading the
 * code builds nothing a visitor who parses nothing needs (docs/performance.md
 * has what it saves).
 */
export const lazily = <T>(build: () => T): (() => T) => {
  let built: T | undefined;
  return () => (built ??= build());
};
