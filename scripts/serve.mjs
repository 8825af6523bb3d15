#!/usr/bin/env node
// A dependency-free static server for www/, with the headers the page is meant to run under.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './lib/run.mjs';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// The strictest policy the page works under: its own files only, plus compiling WebAssembly.
export const CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A development server: always revalidate, so a rebuild shows on reload.
  'Cache-Control': 'no-cache',
};

/** Maps a URL path to a file under root, or null when it would escape root. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function findFile(path) {
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return findFile(join(path, 'index.html'));
  return info?.isFile() ? { path, size: info.size } : null;
}

function send(response, status, headers, body) {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

async function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method Not Allowed\n');
  }
  const urlPath = new URL(request.url, 'http://localhost').pathname;
  const resolved = resolvePath(root, urlPath);
  const file = resolved && (await findFile(resolved));
  if (!file) return send(response, 404, { 'Content-Type': 'text/plain' }, 'Not Found\n');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME_TYPES[extname(file.path)] ?? 'application/octet-stream',
    'Content-Length': file.size,
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file.path).pipe(response);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Serves `root` on `host`:`port`; when the port is taken, on a free one instead.
 * Resolves to the server and its base URL.
 */
export async function startServer({ root = join(repoRoot, 'www'), host = '127.0.0.1', port = 8080 } = {}) {
  const server = createServer((request, response) => {
    handle(root, request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, { 'Content-Type': 'text/plain' }, 'Internal Server Error\n');
      else response.destroy();
    });
  });
  try {
    await listen(server, port, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    console.warn(`port ${port} is in use; picking a free one`);
    await listen(server, 0, host);
  }
  return { server, url: `http://${host}:${server.address().port}/` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`khabar is served at ${url}  (Ctrl+C stops)`);
}
