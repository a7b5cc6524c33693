/*
 * The one way to cache derived data (scores, insights, chart rows): a selector
 * built with `derive` names the inputs its result depends on and computes it
 * once for each set of inputs. Called again with the same inputs it returns
 * the very same object, so a memo()'d component given it skips its render.
 */

interface CacheNode {
  /** Children for object inputs, held weakly: a document nobody holds takes its results with it. */
  objects?: WeakMap<object, CacheNode>;
  /** Children for plain values (strings, numbers, booleans, null). */
  values?: Map<unknown, CacheNode>;
  done?: boolean;
  result?: unknown;
}

const child = (node: CacheNode, input: unknown): CacheNode => {
  const isObject = (typeof input === 'object' && input !== null) || typeof input === 'function';
  if (isObject) {
    node.objects ??= new WeakMap();
    let next = node.objects.get(input as object);
    if (!next) node.objects.set(input as object, (next = {}));
    return next;
  }
  node.values ??= new Map();
  let next = node.values.get(input);
  if (!next) node.values.set(input, (next = {}));
  return next;
};

/**
 * A selector cached on its inputs: `inputsOf` picks, from the arguments, what
 * the result depends on (parts of the immutable document, compared by
 * identity, or plain values, compared by value), and `compute` is handed
 * those inputs and nothing else, so it cannot read what the key does not
 * name. Put plain values after an object input, so they are dropped with it.
 *
 * @example
 * // Pay year by year does not depend on the weights: a weight drag reuses it.
 * const selectPay = derive(
 *   (doc: TradeoffDocument) => [doc.offers, doc.settings.horizonYears],
 *   (offers, horizonYears) => payRows(offers, horizonYears),
 * );
 */
export const derive = <A extends unknown[], const I extends readonly unknown[], R>(
  inputsOf: (...args: A) => I,
  compute: (...inputs: I) => R,
): ((...args: A) => R) => {
  const root: CacheNode = {};
  return (...args: A): R => {
    const inputs = inputsOf(...args);
    let node = root;
    for (const input of inputs) node = child(node, input);
    if (!node.done) {
      node.result = compute(...inputs);
      node.done = true;
    }
    return node.result as R;
  };
};

/**
 * `select`, returning its previous result whenever the new one is `same` as
 * it: a result equal in what matters keeps its identity, so a memo()'d
 * component given it skips its render. For a selector whose inputs change
 * more often than its result (the offers a chart draws past its limit).
 */
export const keepEqual = <A extends unknown[], R>(
  select: (...args: A) => R,
  same: (previous: R, next: R) => boolean,
): ((...args: A) => R) => {
  let last: { result: R } | null = null;
  return (...args: A): R => {
    const next = select(...args);
    if (last !== null && (last.result === next || same(last.result, next))) return last.result;
    last = { result: next };
    return next;
  };
};
