import type { BrowserContext } from 'playwright-core';

export type ProblemKind = 'foreign request' | 'console error' | 'page error';

export interface Problem {
  kind: ProblemKind;
  detail: string;
}

export interface Guard {
  /** Everything seen so far that a private, error-free app must never do. */
  problems: () => readonly Problem[];
  /** Throws a readable error listing the problems, if there are any. */
  assertClean: () => void;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(({ kind, detail }) => `  - ${kind}: ${detail}`).join('\n');
}

/**
 * Watches every page of a context. Requests to any origin other than the app's are aborted
 * before they leave the machine and recorded, as are WebSocket connections, console errors and
 * uncaught exceptions: the product promises that nothing the user types leaves the browser.
 */
export async function guardContext(context: BrowserContext, appOrigin: string): Promise<Guard> {
  const found: Problem[] = [];
  const record = (kind: ProblemKind, detail: string) => found.push({ kind, detail });

  await context.route(
    () => true,
    async (route) => {
      const request = route.request();
      if (new URL(request.url()).origin === appOrigin) return route.continue();
      record('foreign request', `${request.method()} ${request.url()}`);
      return route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    () => true,
    async (socket) => {
      record('foreign request', `WebSocket ${socket.url()}`);
      await socket.close();
    },
  );
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    record('console error', url ? `${message.text()} (${url}:${lineNumber})` : message.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    record('page error', error.stack ?? error.message);
  });

  return {
    problems: () => [...found],
    assertClean: () => {
      if (found.length === 0) return;
      throw new Error(`The page did something it must never do:\n${formatProblems(found)}`);
    },
  };
}
