// The corpus view across the five seeds: the entity × document matrix joined on key (so the spellings of
// بزشكيان make one row), and figures grouped by subject and unit with disagreements marked.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { seeds } from '../node/helpers.mjs';
import { dropFiles, openAnalyser, openBrowser, screenshot, settled } from './browser.mjs';

const PEZESHKIAN = ['بزشكيان', 'بيزشكيان', 'بيزيشكيان'];

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await openAnalyser(page, browser.origin);
  await dropFiles(page, seeds.map((s) => s.path));
  await settled(page);
  await page.click('#tab-corpus');
  await page.locator('#corpus-view table.matrix').waitFor();
});
after(() => browser?.close());

async function exported() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')).documents;
}

test('the matrix has a column per document and a row per entity key', async () => {
  const documents = await exported();
  const keys = new Set(documents.flatMap((doc) => doc.entities.map((entity) => entity.key)));
  assert.equal(await page.locator('#corpus-view table.matrix thead th.doc-column').count(), seeds.length);
  assert.equal(await page.locator('#corpus-view table.matrix tbody tr').count(), keys.size);
});

test('the spellings of بزشكيان across seeds 001, 002 and 004 are one row', async (t) => {
  const documents = await exported();
  if (documents.every((doc) => doc.entities.length === 0)) {
    t.skip('this build of the core finds no entities yet');
    return;
  }
  const mentioned = (entity) => entity.mentions.some((mention) => PEZESHKIAN.some((form) => mention.text.endsWith(form)));
  const keys = new Set(documents.flatMap((doc) => doc.entities.filter(mentioned).map((entity) => entity.key)));
  assert.equal(keys.size, 1, `one key for every spelling, not ${[...keys].join(', ')}`);
  const [key] = keys;
  const row = page.locator(`#corpus-view table.matrix tbody tr[data-key="${key}"]`);
  assert.equal(await row.count(), 1);
  const cells = await row.locator('td.count').allTextContents();
  // cells[0] counts the documents; then one cell per seed, in drop order (000 … 004).
  const present = cells.slice(1).map(Boolean);
  for (const prefix of ['001_', '002_', '004_']) {
    assert.ok(present[seeds.findIndex((s) => s.name.startsWith(prefix))], `mentioned in ${prefix}`);
  }
});

test('figures are grouped by subject and unit, and a term reported differently is marked', async () => {
  assert.ok(await page.locator('#corpus-view table.groups tbody tr').count() > 0);
  await page.click('#tab-document');
  await page.fill('#paste-text', 'وقع البلدان معاهدة شراكة مدتها 25 عاما.');
  await page.click('#paste-form button[type="submit"]');
  await settled(page);
  await page.click('#tab-corpus');
  const disagreement = page.locator('#corpus-view table.groups tbody tr.disagree', { hasText: '25 years' });
  await disagreement.waitFor();
  assert.match(await disagreement.textContent(), /20 years/);
  await screenshot(page, 'corpus.png');
});

test('the page requested nothing outside its origin and logged no errors', () => {
  assert.deepEqual(browser.offOrigin, []);
  assert.deepEqual(browser.pageErrors, []);
});
