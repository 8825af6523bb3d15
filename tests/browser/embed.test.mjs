// The three ways to embed khabar, on the examples page (a host page under the strict CSP): the ES module,
// the <khabar-analyzer> custom element, and the one-tag in-place annotator with its tooltips.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser, screenshot } from './browser.mjs';

let browser;
let page;
before(async () => {
  browser = await openBrowser();
  page = browser.page;
  await page.goto(`${browser.origin}/examples/`);
});
after(() => browser?.close());

test('the ES module analyses a sentence', async () => {
  await page.waitForFunction(() => document.getElementById('module-result').textContent.startsWith('{'));
  const { figures } = JSON.parse(await page.textContent('#module-result'));
  assert.equal(figures[0].value, 5.5e10);
});

test('the custom element renders its analysis in Shadow DOM, themed by CSS custom properties', async () => {
  const element = page.locator('khabar-analyzer.themed');
  await element.locator('ul.figures li').first().waitFor();
  const figures = await element.locator('ul.figures li').allTextContents();
  assert.ok(figures.some((line) => line.includes('55 مليار م³/سنة') && line.includes('5.5e10 m³/yr')), figures.join('\n'));
  assert.ok(figures.some((line) => line.includes('20 years')));
  assert.equal(await element.evaluate((host) => host.shadowRoot.querySelector('.text').textContent.includes('معاهدة')), true);
  assert.equal(await element.locator('button').evaluate((button) => getComputedStyle(button).backgroundColor), 'rgb(122, 46, 142)');
  // Typing new text and pressing the button analyses it again, and tells the host page.
  await element.locator('textarea').fill('ارتفعت الصادرات 12 مليون برميل');
  const [detail] = await Promise.all([
    element.evaluate((host) => new Promise((resolve) => host.addEventListener('khabar-analysis', (event) => resolve(event.detail), { once: true }))),
    element.locator('button').click(),
  ]);
  assert.ok(detail.figures.length > 0);
});

test('the annotator highlights the host article in place and shows normalised values in a tooltip', async () => {
  const article = page.locator('article');
  await page.waitForFunction(() => document.querySelector('article').dataset.khabarFigures !== undefined);
  assert.ok(Number(await article.getAttribute('data-khabar-figures')) >= 2);
  // The article's DOM is unchanged: its paragraphs still hold plain text, with no wrapper elements.
  assert.equal(await article.locator('mark, span').count(), 0);
  await article.scrollIntoViewIfNeeded();
  const point = await page.evaluate(() => {
    const article = document.querySelector('article');
    const range = [...CSS.highlights.get('kh-quantity')].find((r) => article.contains(r.startContainer) && r.toString().startsWith('55'));
    const rect = range.getClientRects()[0];
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('.khabar-tooltip');
  await tooltip.waitFor({ state: 'visible' });
  const text = await tooltip.textContent();
  assert.ok(text.includes('55 مليار م³/سنة') && text.includes('5.5e10 m³/yr'), text);
  await screenshot(page, 'examples.png', { fullPage: false });
  await page.mouse.move(1, 1);
  await tooltip.waitFor({ state: 'hidden' });
});

test('the host page under the strict CSP requested nothing outside its origin and logged no errors', () => {
  assert.deepEqual(browser.offOrigin, []);
  assert.deepEqual(browser.pageErrors, []);
});
