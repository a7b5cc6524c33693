#!/usr/bin/env node
// Bundle budget for the production build: `npm run build && npm run budget`.
//
// Initial JavaScript = what the browser loads before the first render: the scripts of
// dist/index.html (<script type="module" src>, or any other local <script src>), the chunks it
// modulepreloads, and everything those chunks import statically, transitively. Lazy chunks
// (reached only by dynamic import()) count towards the total only. The service worker (sw.js and
// the Workbox runtime it loads with define([...])) runs in the background, never in the page: it
// is listed as "sw" and counts towards the total only. Sizes are gzip at level 9 (node:zlib),
// and 1 kB = 1000 bytes.
//
// Usage: node scripts/budget.mjs [distDir]   (default: dist)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const limits = { initial: 110_000, total: 320_000 };

const dist = resolve(process.argv[2] ?? 'dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`No production build at ${indexHtml}. Run \`npm run build\` first.`);
  process.exit(1);
}

const listFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );

// Maps a URL in index.html ("/assets/x.js", "./assets/x.js") to a file in dist, if local.
const fileForUrl = (url, fromDir) => {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) return null; // another origin: not ours to measure
  const path = url.split(/[?#]/)[0];
  return path.startsWith('/') ? join(dist, path) : join(fromDir, path);
};

const attribute = (tag, name) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

const html = readFileSync(indexHtml, 'utf8');
const entryUrls = [
  ...[...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .map((tag) => attribute(tag, 'src')),
  ...[...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel\s*=\s*["']modulepreload["']/i.test(tag))
    .map((tag) => attribute(tag, 'href')),
].filter(Boolean);

// Static imports and re-exports of a chunk, from its syntax tree; import() is not among them.
const staticImports = (file) =>
  parseAst(readFileSync(file, 'utf8'))
    .body.filter(
      (node) =>
        (node.type === 'ImportDeclaration' ||
          node.type === 'ExportAllDeclaration' ||
          node.type === 'ExportNamedDeclaration') &&
        node.source,
    )
    .map((node) => fileForUrl(node.source.value, dirname(file)))
    .filter(Boolean);

const initial = new Set();
const pending = entryUrls.map((url) => fileForUrl(url, dist)).filter(Boolean);
while (pending.length > 0) {
  const file = pending.pop();
  if (initial.has(file)) continue;
  if (!existsSync(file)) {
    console.error(`index.html loads ${relative(dist, file)}, which is not in ${dist}.`);
    process.exit(1);
  }
  initial.add(file);
  pending.push(...staticImports(file));
}

// The service worker and the files it loads: never loaded by the page, so never initial.
const serviceWorker = new Set();
const swFile = join(dist, 'sw.js');
if (existsSync(swFile)) {
  serviceWorker.add(swFile);
  const deps = /\bdefine\(\[([^\]]*)\]/.exec(readFileSync(swFile, 'utf8'))?.[1] ?? '';
  for (const [, name] of deps.matchAll(/["']([^"']+)["']/g))
    serviceWorker.add(join(dist, name.endsWith('.js') ? name : `${name}.js`));
}
for (const file of serviceWorker) {
  if (initial.has(file)) {
    console.error(`index.html loads ${relative(dist, file)}, a service worker file.`);
    process.exit(1);
  }
}

const chunks = listFiles(dist)
  .filter((file) => /\.m?js$/.test(file))
  .map((file) => ({
    name: posix.join(...relative(dist, file).split(/[\\/]/)),
    raw: readFileSync(file).length,
    gzip: gzipSync(readFileSync(file), { level: 9 }).length,
    initial: initial.has(file),
    worker: serviceWorker.has(file),
  }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);

const sum = (list) => list.reduce((total, chunk) => total + chunk.gzip, 0);
const initialGzip = sum(chunks.filter((chunk) => chunk.initial));
const totalGzip = sum(chunks);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

console.log('JavaScript in the production build (gzip level 9; 1 kB = 1000 bytes)\n');
console.log(
  `${'chunk'.padEnd(44)} ${'loaded'.padEnd(8)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
);
for (const chunk of chunks) {
  const loaded = chunk.initial ? 'initial' : chunk.worker ? 'sw' : 'lazy';
  console.log(
    `${chunk.name.padEnd(44)} ${loaded.padEnd(8)} ${kB(chunk.raw).padStart(10)} ${kB(chunk.gzip).padStart(10)}`,
  );
}

const verdict = (label, actual, limit) => {
  const ok = actual <= limit;
  console.log(
    `${label.padEnd(38)} ${kB(actual).padStart(10)} of ${kB(limit)}  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  return ok;
};
console.log('');
const initialOk = verdict('Initial JS (before first render):', initialGzip, limits.initial);
const totalOk = verdict('All JS:', totalGzip, limits.total);
if (!initialOk || !totalOk) {
  console.error('\nBundle budget exceeded: keep first-render code small and load the rest lazily.');
  process.exit(1);
}
