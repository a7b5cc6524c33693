import { createStore } from './create-store';

describe('createStore', () => {
  it('holds a value and tells every subscriber when it changes', () => {
    const store = createStore(1);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.get()));

    store.set(2);
    store.update((n) => n * 10);

    expect(store.get()).toBe(20);
    expect(seen).toEqual([2, 20]);
  });

  it('tells nobody when the new value is the one it holds', () => {
    const list = [1, 2];
    const store = createStore(list);
    const listener = vi.fn();
    store.subscribe(listener);

    store.set(list);
    store.update((current) => current);

    expect(listener).not.toHaveBeenCalled();
  });

  it('stops telling a subscriber once it unsubscribes, even during a change', () => {
    const store = createStore('a');
    const second = vi.fn();
    let stopSecond = () => {};
    store.subscribe(() => stopSecond());
    stopSecond = store.subscribe(second);

    store.set('b');
    store.set('c');

    // Both ran for 'b' (the round had started); only the first ran for 'c'.
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('keeps each store apart: two stores made alike share nothing', () => {
    const one = createStore<string[]>([]);
    const two = createStore<string[]>([]);
    one.update((list) => [...list, 'x']);
    expect(two.get()).toEqual([]);
  });
});
