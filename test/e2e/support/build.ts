import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What goes into the production build; a change to any of these makes dist/ stale.
const buildInputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestChange(join(path, entry))),
    info.mtimeMs,
  );
}

/** Why dist/ must be rebuilt before testing it, or null when it is up to date. */
export function staleBuildReason(root: string): string | null {
  const builtPage = join(root, 'dist', 'index.html');
  if (!existsSync(builtPage)) return 'dist/index.html is missing';
  const builtAt = statSync(builtPage).mtimeMs;
  const changed = buildInputs.find((input) => newestChange(join(root, input)) > builtAt);
  return changed ? `${changed} changed after the last build` : null;
}

/**
 * Browser tests run against the production build, so build it when it is missing or older than
 * its sources. Type checking stays with `npm run build`; this only bundles.
 */
export function ensureProductionBuild(root: string): void {
  const reason = staleBuildReason(root);
  if (!reason) return;
  console.log(`[e2e] Building the app (${reason})…`);
  // A child process, because Vitest sets NODE_ENV=test and Vite would then bundle React's
  // development build; the browser tests must see what users get.
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error('vite build failed; see its output above.');
}
