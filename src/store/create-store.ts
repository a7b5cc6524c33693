/** Anything that holds a value and says when it changes: what `useStore` reads. */
export interface ReadableStore<T> {
  get(): T;
  /** `listener` runs after every change; the returned function stops it. */
  subscribe(listener: () => void): () => void;
}

export interface Store<T> extends ReadableStore<T> {
  set(next: T): void;
  /** Sets what `recipe` returns for the current value. */
  update(recipe: (current: T) => T): void;
}

/**
 * The one way Tradeoff holds state that outlives a component: the document,
 * the status messages, the open dialogs, the offer editor and the storage
 * status are each one of these. Framework-free, so the storage layer and plain
 * tests use it as it is; React reads it with `useStore`. Setting the value it
 * already holds tells nobody, so nothing re-renders for a change that is none.
 */
export const createStore = <T>(initial: T): Store<T> => {
  let value = initial;
  const listeners = new Set<() => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    // A copy: a listener that unsubscribes (or subscribes) must not disturb this round.
    for (const listener of [...listeners]) listener();
  };
  return {
    get: () => value,
    set,
    update: (recipe) => set(recipe(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};
