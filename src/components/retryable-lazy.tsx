import { lazy, type ComponentType } from 'react';
import { importRetrying } from '../lib/import-retrying';

/** Reloaders of the components whose last load failed, run by `retryFailedLoads`. */
const failed = new Set<() => void>();

/**
 * React.lazy whose load can be tried again. Each load goes through
 * `importRetrying` (a second fetch under a new query when the first fails);
 * React.lazy keeps a rejected promise for good, so after a failure
 * `retryFailedLoads()` swaps in a fresh lazy component, and the next render
 * loads again.
 */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  const create = () =>
    lazy(() =>
      importRetrying(load).then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          failed.add(() => {
            Current = create();
          });
          throw error;
        },
      ),
    );
  let Current = create();
  return function RetryableLazy(props: P) {
    return <Current {...props} />;
  };
}

/** Makes every lazy component whose load failed load again on its next render. */
export const retryFailedLoads = (): void => {
  const reloaders = [...failed];
  failed.clear();
  for (const reload of reloaders) reload();
};
