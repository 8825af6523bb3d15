// One drop of every kind of file the page reads, plus files it must refuse; a document made of markup
// that must stay text; and the time from a drop to the first result, for one article and for 1,000.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { seeds } from '../node/helpers.mjs';
import { dropFiles, fixturesDir, listedDocuments, openAnalyser, openBrowser, screenshot, settled } from './browser.mjs';

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  page = browser.page;
});
after(() => browser?.close());

const seed = (prefix) => seeds.find((s) => s.name.startsWith(prefix));
const firstSentence = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean)[1];

/** The text the page shows for document `name`. */
async function shownText(name) {
  await page.locator('#document-list li', { hasText: name }).locator('.doc-name').click();
  await page.locator('#document-view .doc h2', { hasText: name }).waitFor();
  return page.textContent('#document-view .doc-text');
}

test('one drop of txt, html, docx and pdf files, with a binary and a broken file among them', async () => {
  await openAnalyser(page, browser.origin);
  const files = readdirSync(fixturesDir).map((name) => join(fixturesDir, name));
  await dropFiles(page, [seed('001_').path, ...files]);
  await settled(page);
  const listed = await listedDocuments(page);
  for (const name of [seed('001_').name, '000-article.html', '002-article.docx', '004-article.pdf', '003-utf16.txt',
    '003-windows-1256.txt', 'markup.html', 'markup.txt']) {
    assert.equal(listed[name].state, 'done', `${name}: ${listed[name].detail}`);
  }
  assert.deepEqual(listed['image.png'], { state: 'error', detail: 'not text: this looks like a binary file' });
  assert.deepEqual(listed['broken-utf8.txt'], { state: 'error', detail: 'not valid UTF-8, UTF-16 or Windows-1256 text' });
  await screenshot(page, 'intake.png');
});

test('each format yields the article text', async () => {
  const html = await shownText('000-article.html');
  assert.ok(html.includes(firstSentence(seed('000_').text)), 'the HTML article');
  assert.doesNotMatch(html, /MUST_NOT_APPEAR/, 'without scripts, styles, navigation or footer');
  assert.ok((await shownText('002-article.docx')).includes(firstSentence(seed('002_').text)), 'the docx paragraphs');
  // pdf.js must give the Arabic in logical order, as the seed has it.
  assert.ok((await shownText('004-article.pdf')).includes('وقع الرئيس الإيراني مسعود بيزشكيان والرئيس الروسي فلاديمير بوتين'), 'the PDF text');
  assert.equal(await shownText('003-windows-1256.txt'), seed('003_').text);
  assert.equal(await shownText('003-utf16.txt'), seed('003_').text);
});

test('a document made of markup is shown as text and runs nothing', async () => {
  const text = await shownText('markup.txt');
  assert.ok(text.includes('<img src=x onerror="window.__xss=3">') && text.includes('<script>'), 'the markup shows as text');
  assert.ok((await shownText('markup.html')).includes('<img src=x onerror="window.__xss=1">'), 'escaped markup in HTML stays text');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('#document-view img, #document-view script').count(), 0);
  // Names and results are text too: a file name with markup makes no element.
  await dropFiles(page, [{ name: '<img src=x onerror="window.__xss=5">.txt', bytes: Buffer.from('قالت روسيا إن 20 عاما') }]);
  await settled(page);
  assert.equal(await page.locator('#document-list img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('time from drop to first result, for 1,000 files (printed, not asserted)', async () => {
  await openAnalyser(page, browser.origin);
  const files = Array.from({ length: 1000 }, (_, i) => {
    const { name, text } = seeds[i % seeds.length];
    return { name: `${String(i).padStart(4, '0')}-${name}`, bytes: Buffer.from(text) };
  });
  // The longest gap between animation frames that ends after the drop shows whether the page froze while
  // the files went through.
  await page.evaluate(() => {
    window.__longestFrame = 0;
    window.__dropStart = Infinity;
    let last = performance.now();
    const tick = (now) => {
      if (now >= window.__dropStart) window.__longestFrame = Math.max(window.__longestFrame, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  const first = await dropFiles(page, files);
  await settled(page);
  const total = Date.now() - started;
  const longestFrame = await page.evaluate(() => window.__longestFrame);
  const listed = Object.values(await listedDocuments(page));
  console.log(`drop to first result, 1,000 files: ${first.toFixed(0)} ms; all done in ${total} ms; longest frame ${longestFrame.toFixed(0)} ms; `
    + `${await page.evaluate(() => navigator.hardwareConcurrency)} workers`);
  assert.equal(listed.length, 1000);
  assert.ok(listed.every((doc) => doc.state === 'done'));
  await screenshot(page, 'thousand-files.png', { fullPage: false });
});

test('the page requested nothing outside its origin and logged no errors', () => {
  assert.deepEqual(browser.offOrigin, []);
  assert.deepEqual(browser.pageErrors, []);
});
