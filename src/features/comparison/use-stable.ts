import { useState } from 'react';
import { sameRows } from './chart-data';

/**
 * Returns the previous value while the new one is equal in content, so a
 * memoised chart whose numbers did not change skips its redraw (a weight
 * drag changes the totals but not the factor scores or the yearly pay).
 */
export const useStable = <T>(value: T): T => {
  const [stable, setStable] = useState(value);
  if (stable !== value && !sameRows(stable, value)) {
    setStable(value);
    return value;
  }
  return stable;
};
