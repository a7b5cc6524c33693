import { act, render, screen } from '@testing-library/react';
import { createStore, type Store } from './create-store';
import { useStore } from './use-store';

function Count({ store }: { store: Store<{ n: number; label: string }> }) {
  const n = useStore(store, (value) => value.n);
  return <p>Count {n}</p>;
}

describe('useStore', () => {
  it('shows the current value and follows every change', () => {
    const store = createStore({ n: 1, label: 'x' });
    render(<Count store={store} />);
    expect(screen.getByText('Count 1')).toBeInTheDocument();

    act(() => store.set({ n: 2, label: 'x' }));

    expect(screen.getByText('Count 2')).toBeInTheDocument();
  });

  it('re-renders only when the selected part changes', () => {
    const store = createStore({ n: 1, label: 'x' });
    const renders = vi.fn();
    function Watch() {
      renders();
      return <p>{useStore(store, (value) => value.n)}</p>;
    }
    render(<Watch />);
    const before = renders.mock.calls.length;

    act(() => store.update((value) => ({ ...value, label: 'y' })));

    expect(renders).toHaveBeenCalledTimes(before);
  });

  it('reads the whole value without a selector', () => {
    const store = createStore('hello');
    function Whole() {
      return <p>{useStore(store)}</p>;
    }
    render(<Whole />);
    act(() => store.set('bye'));
    expect(screen.getByText('bye')).toBeInTheDocument();
  });
});
