/** "Acme", "Acme and Globex", "Acme, Globex and Initech" (or "… or Initech"); "" for none. */
export const listOf = (items: readonly string[], conjunction: 'and' | 'or' = 'and'): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
