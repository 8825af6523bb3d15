// The analyser page in headless Chromium: an article goes in by drag-and-drop, the file picker or paste,
// comes out highlighted and tabulated; rows and mentions find each other; the table sorts and filters;
// the exports and the clipboard carry the results; the interface switches to Arabic; and the page never
// requests anything outside its own origin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { seeds } from '../node/helpers.mjs';
import { dropFiles, openAnalyser, openBrowser, screenshot } from './browser.mjs';

const GAS_FIGURE = '55 مليار متر مكعب سنويا';
const seed = seeds.find((s) => s.name.startsWith('001_'));

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.origin });
});
after(() => browser?.close());

/** Selects `name` in the list, waits for its view, and returns the gas figure's row and highlights. */
async function shownDocument(name) {
  await page.locator('#document-list li', { hasText: name }).last().locator('.doc-name').click();
  await page.locator('#document-view .doc h2', { hasText: name }).waitFor();
  return page.evaluate((figureText) => {
    const view = document.getElementById('document-view');
    const row = [...view.querySelectorAll('table.figures tbody tr')].find((tr) => tr.cells[0].textContent === figureText);
    const textNode = view.querySelector('.doc-text').firstChild;
    const highlighted = [...CSS.highlights.values()].flatMap((highlight) => [...highlight])
      .filter((range) => range.startContainer === textNode).map((range) => range.toString());
    return {
      row: row && { value: Number(row.dataset.value), unit: row.dataset.unit, arabic: row.cells[2].textContent, latin: row.cells[3].textContent },
      highlighted,
    };
  }, GAS_FIGURE);
}

function assertGasFigure(shown) {
  assert.deepEqual(shown.row, { value: 5.5e10, unit: 'm3', arabic: '55 مليار م³/سنة', latin: '5.5e10 m³/yr' });
  assert.ok(shown.highlighted.includes(GAS_FIGURE), 'the figure is highlighted in the text');
}

const gasRow = () => page.locator('#document-view table.figures tbody tr', { hasText: GAS_FIGURE }).first();

test('a dropped article is analysed, shown at once, tabulated and highlighted', async () => {
  await openAnalyser(page, browser.origin);
  const milliseconds = await dropFiles(page, [{ name: seed.name, bytes: Buffer.from(seed.text) }]);
  console.log(`drop to first result, seed 001: ${milliseconds.toFixed(0)} ms`);
  assertGasFigure(await shownDocument(seed.name));
});

test('hovering a figure row emphasises its text', async () => {
  await gasRow().hover();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('kh-focus') ?? [])].map((range) => range.toString()));
  assert.deepEqual(focused, [GAS_FIGURE]);
});

test('clicking a row scrolls to its mention, and clicking the mention selects its row', async () => {
  await gasRow().click();
  const box = await page.evaluate((figureText) => {
    const range = [...CSS.highlights.get('kh-quantity')].find((r) => r.toString() === figureText);
    const rect = range.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, inView: rect.top >= 0 && rect.bottom <= innerHeight };
  }, GAS_FIGURE);
  assert.ok(box.inView, 'the mention was scrolled into view');
  await page.mouse.click(box.x, box.y);
  assert.equal(await gasRow().getAttribute('aria-selected'), 'true');
});

test('the figures table sorts by value, and the legend filters kinds', async () => {
  await page.click('#document-view th button[data-column="latin"]');
  // Amounts sort numerically; dates and times, whose values are ISO strings, come after them.
  const values = await page.$$eval('#document-view table.figures tbody tr', (rows) => rows
    .filter((row) => !['date', 'time', 'model'].includes(row.dataset.kind))
    .map((row) => Number(row.dataset.value)).filter(Number.isFinite));
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  await page.click('#document-view th button[data-column="latin"]');
  assert.equal(await page.getAttribute('#document-view th:has(button[data-column="latin"])', 'aria-sort'), 'descending');
  await page.uncheck('#document-view .legend input[value="quantity"]');
  assert.equal(await gasRow().isHidden(), true);
  assert.match(await page.getAttribute('#document-view .doc-text', 'data-hidden'), /quantity/);
  await page.check('#document-view .legend input[value="quantity"]');
  assert.equal(await gasRow().isVisible(), true);
});

test('an article chosen with the file input is analysed too', async () => {
  await page.setInputFiles('#file-input', seed.path);
  await page.locator('#document-list li[data-state="done"]').nth(1).waitFor();
  assertGasFigure(await shownDocument(seed.name));
  await screenshot(page, 'page.png');
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

test('the CSV exports are UTF-8 with a BOM, one row per figure or entity, with both human values', async () => {
  const [figures] = await Promise.all([page.waitForEvent('download'), page.click('#export-figures-csv')]);
  const csv = readFileSync(await figures.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFdocument,kind,text,start,end,value,min,max,unit,per,approx,bound,subject,grain,calendar,hijri,value_ar,value_latin\r\n'));
  assert.ok(csv.includes(`${seed.name},quantity,${GAS_FIGURE},`), 'the gas figure has a row');
  assert.ok(csv.includes(',55 مليار م³/سنة,5.5e10 m³/yr\r\n'), 'with its Arabic and Latin values');
  const [entities] = await Promise.all([page.waitForEvent('download'), page.click('#export-entities-csv')]);
  assert.ok(readFileSync(await entities.path(), 'utf8').startsWith('\uFEFFdocument,key,canonical,type,role,mentions,forms\r\n'));
});

test('Copy JSON puts the results on the clipboard', async () => {
  await page.click('#copy-json');
  await page.locator('#notice', { hasText: 'Copied' }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.documents.length, 2);
});

test('pasted text is analysed with the chosen reference date', async () => {
  await page.fill('#reference-date', '2024-03-01');
  await page.fill('#paste-text', `تصل قدرة الخط إلى ${GAS_FIGURE} من الغاز`);
  await page.click('#paste-form button[type="submit"]');
  await page.locator('#document-list li[data-state="done"]').nth(2).waitFor();
  await page.locator('#document-list li').last().locator('.doc-name').click();
  assert.match(await page.locator('#document-view .doc-summary').textContent(), /reference date 2024-03-01 \(given\)/);
  assert.equal(await page.locator('#document-view table.figures tbody tr[data-unit="m3"]').count(), 1);
});

test('the interface switches to Arabic, right to left, and back', async () => {
  await page.click('#language');
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  assert.equal(await page.textContent('#tab-document'), 'المستند');
  assert.equal(await page.textContent('#document-view th button[data-column="arabic"]'), 'القيمة');
  await page.locator('#document-list li').first().locator('.doc-name').click();
  await screenshot(page, 'page-arabic.png');
  await page.click('#language');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
});

test('the tabs and rows work from the keyboard', async () => {
  await page.focus('#tab-document');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-corpus', 'aria-selected'), 'true');
  await page.keyboard.press('ArrowLeft');
  await gasRow().focus();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => [...(CSS.highlights.get('kh-focus') ?? [])].map((range) => range.toString()));
  assert.deepEqual(focused, [GAS_FIGURE]);
});

test('nationality adjectives are tabulated with their place, highlighted, linked to their rows and filtered', async () => {
  await page.fill('#paste-text', 'قال مسؤول روسي إن الخبراء الروس والبعثة الروسية وصلوا إلى روسيا، وهدد الحرس الثوري الإيراني بالرد.');
  await page.click('#paste-form button[type="submit"]');
  await page.locator('#document-list li[data-state="done"]').nth(3).waitFor();
  await page.locator('#document-list li').last().locator('.doc-name').click();
  const row = page.locator('#document-view table.nationalities tbody tr[data-key="loc:RU"]');
  assert.deepEqual(await row.locator('td').allTextContents(), ['روسي', 'روسيا', 'روسي · الروس · الروسية', '3']);
  // The adjective inside the Revolutionary Guards' name stays with the organisation.
  assert.equal(await page.locator('#document-view table.nationalities tbody tr').count(), 1);
  const highlighted = await page.evaluate(() => [...(CSS.highlights.get('kh-nationality') ?? [])].map((range) => range.toString()));
  assert.deepEqual(highlighted, ['روسي', 'الروس', 'الروسية']);
  await row.hover();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('kh-focus') ?? [])].map((range) => range.toString()));
  assert.deepEqual(focused, ['روسي', 'الروس', 'الروسية']);
  const box = await page.evaluate(() => {
    const range = [...CSS.highlights.get('kh-nationality')].find((r) => r.toString() === 'الروسية');
    const rect = range.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  assert.equal(await row.getAttribute('aria-selected'), 'true');
  await page.uncheck('#document-view .legend input[value="nationality"]');
  assert.equal(await row.isHidden(), true);
  await page.check('#document-view .legend input[value="nationality"]');
  assert.equal(await row.isVisible(), true);
  await screenshot(page, 'page-nationalities.png');
});

test('a document can be removed, and Clear all empties the list, the view and the exports', async () => {
  const before = await page.locator('#document-list li').count();
  await page.locator('#document-list li').first().locator('.remove').click();
  assert.equal(await page.locator('#document-list li').count(), before - 1);
  // A drop still being read when Clear all is pressed leaves nothing behind.
  await page.setInputFiles('#file-input', seed.path);
  await page.click('#clear-all');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('#document-list li').count(), 0);
  assert.equal(await page.textContent('#status'), 'No documents yet.');
  assert.equal(await page.isDisabled('#export-json'), true);
  assert.equal(await page.locator('#document-view .doc').count(), 0);
});

test('the page requested nothing outside its origin and logged no errors', () => {
  assert.deepEqual(browser.offOrigin, []);
  assert.deepEqual(browser.pageErrors, []);
});
