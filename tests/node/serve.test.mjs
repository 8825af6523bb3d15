// The development server: MIME types, the security policy, and nothing served from outside www/.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import { CONTENT_SECURITY_POLICY, startServer } from '../../scripts/serve.mjs';

let server;
let baseUrl;
before(async () => ({ server, url: baseUrl } = await startServer({ port: 0 })));
after(() => server.close());

test('serves the page with the strict security policy', async () => {
  const response = await fetch(baseUrl);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/html/);
  assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(await response.text(), /<script type="module" src="app.js"><\/script>/);
});

test('serves wasm as application/wasm and module scripts as JavaScript', async () => {
  const wasm = await fetch(new URL('pkg/khabar_bg.wasm', baseUrl));
  assert.equal(wasm.headers.get('content-type'), 'application/wasm');
  assert.ok(WebAssembly.validate(new Uint8Array(await wasm.arrayBuffer())));
  const script = await fetch(new URL('worker.js', baseUrl));
  assert.match(script.headers.get('content-type'), /^text\/javascript/);
});

test('answers 404 for missing files and paths that leave www/', async () => {
  assert.equal((await fetch(new URL('missing.js', baseUrl))).status, 404);
  // fetch() would normalise "..", so send the raw path.
  const status = await new Promise((resolve, reject) => {
    request(new URL(baseUrl), { path: '/../package.json' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject).end();
  });
  assert.equal(status, 404);
  assert.equal((await fetch(new URL('%2e%2e/package.json', baseUrl))).status, 404);
});

test('refuses methods other than GET and HEAD', async () => {
  assert.equal((await fetch(baseUrl, { method: 'POST' })).status, 405);
  const head = await fetch(baseUrl, { method: 'HEAD' });
  assert.equal(head.status, 200);
});

test('falls back to a free port when the asked one is taken', async () => {
  const taken = new URL(baseUrl).port;
  const second = await startServer({ port: Number(taken) });
  try {
    assert.notEqual(new URL(second.url).port, taken);
  } finally {
    second.server.close();
  }
});
