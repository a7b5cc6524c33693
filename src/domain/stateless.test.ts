import { describe, expect, it } from 'vitest';

/*
 * The domain keeps no state: what it is handed is all it reads (the tax rules
 * included), so the same call always gives the same answer. A module-level
 * `let` or a Map or Set made at module level without a read-only type would
 * be state that outlives a call.
 */
const sources = import.meta.glob<string>(['./**/*.ts', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const STATE = [
  /^(export )?let\b/,
  /^(export )?const \w+ = new (Map|Set|WeakMap|WeakSet)\b/,
  /^(export )?const \w+: (Map|Set|WeakMap|WeakSet)</,
];

describe('src/domain', () => {
  it('keeps no state at module level', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const found = Object.entries(sources).flatMap(([file, text]) =>
      text
        .split('\n')
        .filter((line) => STATE.some((pattern) => pattern.test(line)))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
