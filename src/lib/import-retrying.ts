/** The code of a lazily loaded part could not be fetched (offline, or replaced by a redeploy). */
export class LoadFailedError extends Error {
  constructor(cause: unknown) {
    super('The code for this part of the page could not be loaded.', { cause });
    this.name = 'LoadFailedError';
  }
}

/*
 * Chromium remembers a failed module fetch for the life of the page: importing
 * the same URL again fails at once, without asking the server. Its error (and
 * Firefox's) names the URL, so a retry asks for it under a new query.
 */
const failedModuleUrl = (error: unknown): string | null =>
  error instanceof Error
    ? (/dynamically imported module: (\S+)/.exec(error.message)?.[1] ?? null)
    : null;

/**
 * The one way to load a lazily split module: `load` is the bundler's
 * `import()`; when it fails with the module's address, the same module is
 * asked for once more under a new query, so a flaky network or a page that
 * failed once before gets a real second fetch. A failure is a
 * `LoadFailedError`, which callers show in words with a Retry.
 */
export const importRetrying = async <M>(load: () => Promise<M>): Promise<M> => {
  try {
    return await load();
  } catch (error) {
    const url = failedModuleUrl(error);
    if (url === null) throw new LoadFailedError(error);
    try {
      return (await import(/* @vite-ignore */ `${url.split('?')[0]}?retry=${Date.now()}`)) as M;
    } catch (again) {
      throw new LoadFailedError(again);
    }
  }
};
