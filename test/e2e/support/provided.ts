// Values the global setup hands to every test file (see global-setup.ts).
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the production build, e.g. http://127.0.0.1:41234 */
    appUrl: string;
    /** Playwright endpoint of the one shared headless Chromium. */
    browserEndpoint: string;
  }
}

export {};
