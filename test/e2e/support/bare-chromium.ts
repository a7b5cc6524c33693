import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumArgs, findChromium } from './chromium';

/*
 * A Chromium driven through the DevTools protocol with no JavaScript debugging on, for the
 * benches that time a page's start as a phone would see it.
 *
 * Playwright enables the Runtime domain of every page it drives, and that turns on V8's detailed
 * stack traces for uncaught exceptions: every `Error` a script makes then has V8 parse again, for
 * source positions, every function on the stack. React DOM makes several errors at its top level,
 * inside the bundler's wrapper of its whole module, so the app's evaluation took 108–174 ms with
 * Playwright attached against 25–34 ms with no client at all (one machine, no throttling). Playwright
 * also adds a world of its own to every frame. A phone has neither.
 *
 * This client speaks the protocol over a pipe (`--remote-debugging-pipe`: JSON messages ending in
 * a NUL byte) and sends only what it is asked: `Runtime.evaluate` runs a script without enabling
 * the Runtime domain.
 */

interface Message {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export interface BarePageOptions {
  viewport: { width: number; height: number };
  /** Run in the page before any of its scripts, on every navigation. */
  initScript?: string;
}

export interface BarePage {
  /** Sends a protocol command to the page (e.g. `Emulation.setCPUThrottlingRate`). */
  send: (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** Runs `fn(arg)` in the page and resolves with its (awaited, JSON-copied) result. */
  evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
  /** Navigates and resolves once scripts run in the new document. */
  goto: (url: string) => Promise<void>;
  close: () => Promise<void>;
}

export interface BareChromium {
  /** A page in a new, empty browser context (own storage and cache). */
  newPage: (options: BarePageOptions) => Promise<BarePage>;
  close: () => Promise<void>;
}

export async function launchBareChromium(): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'tradeoff-bare-'));
  const child: ChildProcess = spawn(
    findChromium(),
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--no-default-browser-check',
      'about:blank',
    ],
    // Its own process group, so that closing can end the helper processes with it.
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], detached: true },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;

  let nextId = 1;
  const pending = new Map<number, Pending>();
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    let end = buffered.indexOf('\0');
    while (end !== -1) {
      const message = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
      // Events (messages without an id) are not needed by the benches and are dropped.
      if (message.id === undefined) continue;
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result ?? {});
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const waiting of pending.values()) waiting.reject(new Error('Chromium exited'));
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });

  const newPage = async ({ viewport, initScript }: BarePageOptions): Promise<BarePage> => {
    const { browserContextId } = await send('Target.createBrowserContext', {
      disposeOnDetach: true,
    });
    const { targetId } = await send('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
    });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as {
      sessionId: string;
    };
    const inPage = (method: string, params?: Record<string, unknown>) =>
      send(method, params, sessionId);
    await inPage('Page.enable');
    await inPage('Emulation.setDeviceMetricsOverride', {
      ...viewport,
      deviceScaleFactor: 1,
      mobile: false,
    });
    // As the Playwright contexts of the other tests (app.ts): US English, UTC, a focused page.
    await inPage('Emulation.setLocaleOverride', { locale: 'en-US' });
    await inPage('Emulation.setTimezoneOverride', { timezoneId: 'UTC' });
    await inPage('Emulation.setFocusEmulationEnabled', { enabled: true });
    if (initScript) await inPage('Page.addScriptToEvaluateOnNewDocument', { source: initScript });
    return {
      send: inPage,
      evaluate: async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => {
        const reply = (await inPage('Runtime.evaluate', {
          expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
          awaitPromise: true,
          returnByValue: true,
        })) as {
          result: { value: R };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        const failed = reply.exceptionDetails;
        if (failed) throw new Error(`In the page: ${failed.exception?.description ?? failed.text}`);
        return reply.result.value;
      },
      goto: async (url: string) => {
        const { errorText } = (await inPage('Page.navigate', { url })) as { errorText?: string };
        if (errorText) throw new Error(`Could not open ${url}: ${errorText}`);
        // Resolves once scripts run in the new document, not the one it replaces.
        const target = new URL(url).href;
        for (let tries = 0; ; tries += 1) {
          try {
            const reply = (await inPage('Runtime.evaluate', {
              expression: 'location.href',
              returnByValue: true,
            })) as { result: { value: string } };
            if (reply.result.value === target) return;
          } catch (error) {
            // The old document went away while the script ran in it.
            if (tries > 100) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      },
      close: async () => {
        await send('Target.disposeBrowserContext', { browserContextId });
      },
    };
  };

  return {
    newPage,
    close: async () => {
      // Asked to close, Chromium shuts down as when its user quits: its helper processes end and
      // the profile is written before the main process exits. A signal ends it at once and its
      // helpers may go on writing into the profile while it is removed (ENOTEMPTY).
      // One that does not exit within 5 s (hung, or deaf to the request) is ended by signal.
      const timer = setTimeout(() => endGroup(child), 5_000);
      await Promise.race([send('Browser.close').catch(() => undefined), exited]);
      await exited;
      clearTimeout(timer);
      endGroup(child);
      await removeProfile(profile);
    },
  };
}

/** Ends whatever is left of Chromium's process group (helpers of a main process that has gone). */
function endGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Nothing left to end.
  }
}

/**
 * Removes the profile directory, trying again for a few seconds while a last helper still
 * writes into it. A directory that cannot be removed is reported and left in the temporary
 * folder: it does not make the bench or test that used the browser fail.
 */
async function removeProfile(profile: string): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    try {
      await rm(profile, { recursive: true, force: true });
      return;
    } catch (error) {
      if (tries === 20) {
        console.warn(`Could not remove Chromium's profile ${profile}: ${String(error)}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
