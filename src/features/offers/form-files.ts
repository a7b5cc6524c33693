/*
 * The offer form's files (the chunks of the form and of the price levels it suggests from, the
 * chunks they import, their CSS), named by the build in place of the placeholder below
 * (vite.config.ts, formFiles). The dev server leaves the placeholder, which names no file.
 */
const NAMED: { files: string } = { files: '__TRADEOFF_FORM_FILES__' };

/** The file names the build wrote, each beside the first-render chunk; none in the dev server. */
export const formFiles = (named: string = NAMED.files): string[] =>
  named.split(' ').filter((name) => /\.(js|css)$/.test(name));

/**
 * Asks the browser to fetch the form's code and compile it (modulepreload), without running it:
 * running it is a task of 50–80 ms on a phone's slower CPU, which belongs to the moment the form
 * opens, not to an idle page (docs/performance.md). Its style sheet is added at once (its rules
 * match nothing before the form is there), so that opening the form fetches nothing.
 */
export const fetchFormFiles = (files: readonly string[], base: string = import.meta.url) => {
  for (const name of files) {
    const link = document.createElement('link');
    link.rel = name.endsWith('.css') ? 'stylesheet' : 'modulepreload';
    link.href = new URL(name, base).href;
    document.head.append(link);
  }
};
