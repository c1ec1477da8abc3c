// Safety: the Content-Security-Policy refuses inline script and connections to other origins,
// and text that looks like HTML, pasted or in a file name, stays text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, pageServerAndBrowser, settled, waitForAnalysis } from './browser.mjs';

const EVIL = '<img src=x onerror="window.__pwned = 1">';
const fixture = pageServerAndBrowser();

test('the policy blocks inline script and other origins; HTML-like text stays text', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const blocked = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    let fetched = true;
    try {
      await fetch('https://example.com/');
    } catch {
      fetched = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: window.__inline === 1, fetched, violations };
  });
  assert.equal(blocked.inline, false, 'inline script does not run');
  assert.equal(blocked.fetched, false, 'no connection to another origin');
  assert.ok(blocked.violations.includes('script-src-elem') && blocked.violations.includes('connect-src'), `violations: ${blocked.violations}`);

  await page.fill('#paste-title', EVIL);
  await page.fill('#paste-text', `${EVIL} 网络主权 国家主权 主权 联合国 联合国宪章 国际条约`);
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  await page.locator('#evidence-select').selectOption({ label: EVIL });
  await page.click('#chart-map details.table summary');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no handler ran');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from user text');
  assert.ok(await page.locator('#document-list .doc-title', { hasText: EVIL }).count() === 1);
  assert.ok(await page.locator('#chart-map table th', { hasText: EVIL }).count() === 1);

  // A web page's <title>, which becomes the document's title, is text too.
  const escaped = EVIL.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  await page.setInputFiles('#file-input', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(`<title>Page ${escaped}</title><p>网络主权 国家主权 联合国宪章</p>`) });
  await settled(page);
  assert.equal(await page.locator('#document-list .doc-title', { hasText: `Page ${EVIL}` }).count(), 1, 'the page title is shown as text');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no handler ran');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from a page title');
  // The two refusals above are reported by Chromium as console errors; nothing else may be.
  assert.deepEqual(problems.filter((problem) => !/Content Security Policy|example\.com|Failed to fetch/.test(problem)), []);
});
