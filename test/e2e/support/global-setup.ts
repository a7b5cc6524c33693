import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { ensureProductionBuild } from './build';
import { chromiumArgs, findChromium } from './chromium';
import { startStaticServer } from './static-server';
import './provided';

/**
 * Runs once per `vitest run`: makes sure dist/ is fresh, serves it, and starts one headless
 * Chromium that every test file connects to (each test then gets its own fresh context).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  // Look for the browser first: a missing Chromium should say so before a build is spent.
  const executablePath = findChromium();
  ensureProductionBuild(root);

  const server = await startStaticServer(join(root, 'dist'));
  const browser = await chromium.launchServer({
    executablePath,
    headless: true,
    chromiumSandbox: false,
    args: chromiumArgs,
    host: '127.0.0.1',
  });

  project.provide('appUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    await server.close();
  };
}
