// The page's security promises, checked in Chromium: it runs under the strict CSP (from the server's header
// and from its own meta tag, so that any server keeps it), which refuses inline scripts and scripts from
// anywhere but the origin while wasm compiles; and no script of the page or its embeddings writes markup
// from strings (innerHTML and the like), so a document's text can never become elements. intake.test.mjs drops documents made of markup, and every
// browser test checks that nothing was requested outside the page's origin.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import { repoRoot } from '../node/helpers.mjs';
import { dropFiles, openAnalyser, openBrowser, settled } from './browser.mjs';

test('the HTML pages carry the server\'s policy in a meta tag', () => {
  for (const file of ['www/index.html', 'www/examples/index.html']) {
    const html = readFileSync(join(repoRoot, file), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    assert.equal(meta?.[1], CONTENT_SECURITY_POLICY, file);
  }
});

test('under the policy the page refuses inline scripts and scripts from blob: URLs, and still compiles its wasm', async () => {
  const browser = await openBrowser();
  try {
    await checkPolicy(browser);
  } finally {
    await browser.close();
  }
});

async function checkPolicy(browser) {
  const { page } = browser;
  await openAnalyser(page, browser.origin);
  const refused = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.effectiveDirective, policy: event.originalPolicy }));
    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = 1';
    document.body.append(inline);
    const fromBlob = document.createElement('script');
    fromBlob.src = URL.createObjectURL(new Blob(['window.__blob = 1'], { type: 'text/javascript' }));
    document.body.append(fromBlob);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { ran: [window.__inline, window.__blob], violations };
  });
  assert.deepEqual(refused.ran, [undefined, undefined], 'neither script ran');
  // (Code that Playwright evaluates is exempt from the policy, so eval cannot be tested from here.)
  assert.ok(refused.violations.length >= 2, JSON.stringify(refused.violations));
  for (const { directive, policy } of refused.violations) {
    assert.match(directive, /^script-src/);
    assert.equal(policy, CONTENT_SECURITY_POLICY);
  }
  // The engine loaded under the same policy: a document is analysed.
  await dropFiles(page, [{ name: 'one.txt', bytes: Buffer.from('تصل إلى 55 مليار متر مكعب سنويا') }]);
  await settled(page);
  assert.equal(await page.locator('#document-list li[data-state="done"]').count(), 1);
  assert.deepEqual(browser.offOrigin, []);
}

/** Every script the page, its worker and its embeddings load (vendored readers and built glue aside). */
function pageScripts(dir = join(repoRoot, 'www')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pkg' ? [] : pageScripts(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

test('no page script writes markup from strings', () => {
  const scripts = [...pageScripts(), join(repoRoot, 'js/index.js'), join(repoRoot, 'js/guard.js')];
  assert.ok(scripts.length > 10, `found ${scripts.length} scripts`);
  for (const file of scripts) {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe|srcdoc/,
      relative(repoRoot, file));
  }
});
