import { createFakeStorage, type FakeStorage } from './fake-storage';

/**
 * One origin's localStorage as several tabs of a real browser see it: each
 * tab reads its own copy, and another tab's writes reach it only when the
 * browser passes them on (`deliver`), in the order the browser stored them.
 * Two tabs can so both write "at the same moment", each unaware of the
 * other, as Chromium allows; the last write is what stays.
 */
export interface SharedStorage {
  /** What the browser keeps. */
  readonly stored: Map<string, string>;
  /** A new tab's view: its own copy of the storage and its own `storage` events. */
  openView(): FakeStorage;
  /** Every tab's copy catches up with what is stored, and each hears a `storage` event per change. */
  deliver(): void;
}

export const createSharedStorage = (initial: Record<string, string> = {}): SharedStorage => {
  const stored = new Map(Object.entries(initial));
  const views: { view: FakeStorage; heard: Set<string> }[] = [];

  const openView = (): FakeStorage => {
    const view = createFakeStorage(Object.fromEntries(stored));
    const entry = { view, heard: new Set<string>() };
    const { setItem, removeItem } = view;
    const tellOthers = (key: string) => {
      for (const other of views) if (other !== entry) other.heard.add(key);
    };
    view.setItem = (key, value) => {
      setItem(key, value);
      stored.set(key, String(value));
      tellOthers(key);
    };
    view.removeItem = (key) => {
      removeItem(key);
      stored.delete(key);
      tellOthers(key);
    };
    views.push(entry);
    return view;
  };

  const deliver = () => {
    for (const { view, heard } of views) {
      for (const key of heard) {
        const value = stored.get(key);
        if (value === undefined) view.data.delete(key);
        else view.data.set(key, value);
        view.events.dispatchEvent(
          Object.assign(new Event('storage'), { key, newValue: value ?? null }),
        );
      }
      heard.clear();
    }
  };

  return { stored, openView, deliver };
};
