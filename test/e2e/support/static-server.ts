import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

// Resolves a request path inside root, or null when it would escape it.
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** What a static host compresses: text, not images or fonts (already compressed). */
const compressible = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

/**
 * Serves a built site the way a plain static host or CDN would: files as they are, text
 * gzip-compressed for a browser that accepts it, no SPA fallback, nothing cached, on 127.0.0.1 and
 * a free port the OS picks.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = normalize(root);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const target = resolveInside(base, path.endsWith('/') ? `${path}index.html` : path);
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    };
    if (!target || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    stat(target).then(
      (info) => {
        if (!info.isFile()) return notFound();
        const type = contentTypes[extname(target)] ?? 'application/octet-stream';
        const gzip =
          compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
        response.writeHead(200, {
          'content-type': type,
          'cache-control': 'no-store',
          vary: 'accept-encoding',
          ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': info.size }),
        });
        if (request.method === 'HEAD') return response.end();
        const file = createReadStream(target);
        if (gzip) file.pipe(createGzip()).pipe(response);
        else file.pipe(response);
      },
      () => notFound(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
