import { lazy, type ComponentType } from 'react';

/** The code of a lazily loaded component could not be fetched (offline, or replaced by a redeploy). */
export class LoadFailedError extends Error {
  constructor(cause: unknown) {
    super('The code for this part of the page could not be loaded.', { cause });
    this.name = 'LoadFailedError';
  }
}

/** Reloaders of the components whose last load failed, run by `retryFailedLoads`. */
const failed = new Set<() => void>();

/*
 * Chromium remembers a failed module fetch for the life of the page: importing
 * the same URL again fails at once, without asking the server. Its error
 * (and Firefox's) names the URL, so a retry asks for it under a new query.
 */
const failedModuleUrl = (error: unknown): string | null =>
  error instanceof Error
    ? (/dynamically imported module: (\S+)/.exec(error.message)?.[1] ?? null)
    : null;

/**
 * React.lazy whose load can be tried again. React.lazy keeps a rejected
 * promise for good, so after a failure `retryFailedLoads()` swaps in a fresh
 * lazy component, and the next render loads again.
 */
export function retryableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  let attempt = 0;
  const create = (importModule: () => Promise<M>) =>
    lazy(() =>
      importModule().then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          failed.add(() => {
            attempt += 1;
            const url = failedModuleUrl(error);
            Current = create(
              url ? () => import(/* @vite-ignore */ `${url.split('?')[0]}?retry=${attempt}`) : load,
            );
          });
          throw new LoadFailedError(error);
        },
      ),
    );
  let Current = create(load);
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
