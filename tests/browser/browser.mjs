// Shared by the browser tests: the page served on 127.0.0.1 and Debian's chromium driven by
// playwright-core, with every request outside the page's origin and every page error recorded.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { repoRoot } from '../node/helpers.mjs';

export const fixturesDir = join(repoRoot, 'tests/fixtures');
const screenshotDir = join(repoRoot, 'artifacts/screenshots');

/** Starts the server and the browser; returns {origin, context, page, offOrigin, pageErrors, close()}. */
export async function openBrowser({ root } = {}) {
  const { server, url } = await startServer({ port: 0, ...(root && { root }) });
  const origin = new URL(url).origin;
  const userDataDir = mkdtempSync(join(tmpdir(), 'khabar-chromium-'));
  // Playwright takes the profile directory here rather than as --user-data-dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  const offOrigin = [];
  const pageErrors = [];
  context.on('request', (request) => {
    const requestUrl = request.url();
    if (!requestUrl.startsWith('blob:') && !requestUrl.startsWith('data:') && new URL(requestUrl).origin !== origin) offOrigin.push(requestUrl);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return {
    origin, context, page, offOrigin, pageErrors,
    async close() {
      await context.close();
      server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the analyser page and waits for its engine. */
export async function openAnalyser(page, origin) {
  await page.goto(origin + '/');
  await page.waitForFunction(() => document.getElementById('engine-version').textContent.startsWith('v'));
}

/**
 * Drops files ([{name, bytes (Buffer)}] or paths) on the drop zone with real drag events carrying a
 * DataTransfer built in the page. Resolves to the milliseconds from the drop to the first result.
 */
export async function dropFiles(page, files) {
  const payload = files.map((file) => (typeof file === 'string' ? { name: basename(file), bytes: readFileSync(file) } : file))
    .map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  // Built in a task of its own, so that a frame monitor (intake.test.mjs) does not count it as the page's work.
  await page.evaluate((items) => {
    window.__dataTransfer = new DataTransfer();
    for (const { name, base64 } of items) {
      window.__dataTransfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    }
  }, payload);
  return page.evaluate(() => {
    const dataTransfer = window.__dataTransfer;
    delete window.__dataTransfer;
    const list = document.getElementById('document-list');
    const before = list.querySelectorAll('[data-state="done"]').length;
    const firstResult = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.querySelectorAll('[data-state="done"]').length > before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(list, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    });
    const zone = document.getElementById('drop-zone');
    const start = performance.now();
    window.__dropStart = start;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    }
    return firstResult.then((end) => end - start);
  });
}

/** Waits until no document in the list is queued, reading or analysing. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const items = [...document.querySelectorAll('#document-list li')];
    return items.length > 0 && items.every((item) => item.dataset.state === 'done' || item.dataset.state === 'error');
  }, undefined, { timeout: 120_000 });
}

/** {name: {state, detail}} for every document in the list. */
export function listedDocuments(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#document-list li')].map((item) => [
    item.querySelector('.doc-name').textContent, { state: item.dataset.state, detail: item.querySelector('.doc-detail').textContent },
  ])));
}

export async function screenshot(page, name, options = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, name), fullPage: true, ...options });
}
