// The page in headless Chromium: articles go in by drag-and-drop and by the file picker, come out
// highlighted and tabulated, and the page never requests anything outside its own origin.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { repoRoot, seeds } from '../node/helpers.mjs';

const GAS_FIGURE = '55 مليار متر مكعب سنويا';
const seed = seeds.find((s) => s.name.startsWith('001_'));
const screenshotDir = join(repoRoot, 'artifacts/screenshots');

let server;
let origin;
let userDataDir;
let context;
let page;
const offOrigin = [];
const pageErrors = [];

before(async () => {
  const started = await startServer({ port: 0 });
  server = started.server;
  origin = new URL(started.url).origin;
  userDataDir = mkdtempSync(join(tmpdir(), 'khabar-chromium-'));
  // Playwright takes the profile directory here rather than as --user-data-dir.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin) offOrigin.push(url);
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

after(async () => {
  await context?.close();
  server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openPage() {
  await page.goto(origin + '/');
  await page.waitForFunction(() => document.getElementById('engine-version').textContent.startsWith('v'));
}

/** Drops a file on the drop zone with real drag events carrying a DataTransfer built in the page. */
function dropFile(name, text) {
  return page.evaluate(({ name, text }) => {
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([text], name, { type: 'text/plain' }));
    const zone = document.getElementById('drop-zone');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer, bubbles: true, cancelable: true }));
    }
  }, { name, text });
}

/** Waits for the document card titled `name` to finish, and returns what it shows. */
async function analysedDocument(name) {
  const card = page.locator('article.doc', { has: page.locator('h2', { hasText: name }) }).last();
  await card.and(page.locator('[data-state="done"]')).waitFor();
  return card.evaluate((element, figureText) => {
    const row = [...element.querySelectorAll('table.figures tbody tr')]
      .find((tr) => tr.cells[0].textContent === figureText);
    const textNode = element.querySelector('.doc-text').firstChild;
    const highlighted = [...CSS.highlights.values()].flatMap((highlight) => [...highlight])
      .filter((range) => range.startContainer === textNode)
      .map((range) => range.toString());
    return {
      row: row && { value: Number(row.dataset.value), unit: row.dataset.unit, shown: row.cells[2].textContent },
      highlighted,
      entityRows: element.querySelectorAll('table.entities tbody tr').length,
    };
  }, GAS_FIGURE);
}

function assertGasFigure(shown) {
  assert.deepEqual(shown.row, { value: 5.5e10, unit: 'm3', shown: '5.5e10 m³/yr' });
  assert.ok(shown.highlighted.includes(GAS_FIGURE), 'the figure is highlighted in the text');
}

test('a dropped article is analysed, tabulated and highlighted', async () => {
  await openPage();
  await dropFile(seed.name, seed.text);
  assertGasFigure(await analysedDocument(seed.name));
});

test('hovering a figure row emphasises its text', async () => {
  await page.locator('table.figures tbody tr', { hasText: GAS_FIGURE }).first().hover();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('kh-focus') ?? [])].map((range) => range.toString()));
  assert.deepEqual(focused, [GAS_FIGURE]);
});

test('an article chosen with the file input is analysed too', async () => {
  await page.setInputFiles('#file-input', seed.path);
  assertGasFigure(await analysedDocument(basename(seed.path)));
  assert.equal(await page.locator('article.doc').count(), 2);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, 'page.png'), fullPage: true });
});

test('Export JSON downloads every document in the command line shape', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.documents.length, 2);
  for (const doc of exported.documents) {
    assert.equal(doc.file, seed.name);
    assert.ok(doc.figures.some((figure) => figure.text === GAS_FIGURE));
  }
});

test('pasted text is analysed with the chosen reference date', async () => {
  await page.fill('#reference-date', '2024-03-01');
  await page.fill('#paste-text', `تصل قدرة الخط إلى ${GAS_FIGURE} من الغاز`);
  await page.click('#paste-form button[type="submit"]');
  const card = page.locator('article.doc').last();
  await card.and(page.locator('[data-state="done"]')).waitFor();
  assert.match(await card.locator('.doc-summary').textContent(), /reference date 2024-03-01 \(given\)/);
  assert.equal(await card.locator('table.figures tbody tr[data-unit="m3"]').count(), 1);
});

test('the page requested nothing outside its origin and logged no errors', () => {
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(pageErrors, []);
});
