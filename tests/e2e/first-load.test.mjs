// First visit: the page loads the engine, analyses the default corpus in a worker and charts all
// five documents, with no console error and no request beyond its own origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage, SCREENSHOTS, serveWww } from './browser.mjs';

let served;
let browser;
before(async () => {
  served = await serveWww();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  served?.server.close();
});

test('the default corpus is charted on both dimensions', async () => {
  const { page, problems } = await openPage(browser, served.url);
  await page.goto(served.url);
  await page.waitForSelector('figure.chart[data-dimension="un_icann"] svg', { timeout: 30_000 });
  const sovereigntyDots = await page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="dot"] circle').count();
  assert.equal(sovereigntyDots, 5, 'every corpus document is plotted on the sovereignty axis');
  const rows = await page.locator('figure.chart[data-dimension="un_icann"] g[aria-label="y-axis tick label"] text').allTextContents();
  assert.equal(rows.length, 5, 'every corpus document has a row on the UN ↔ ICANN axis');
  assert.match(await page.locator('#status').textContent(), /^5 documents analysed\.$/);
  await page.screenshot({ path: `${SCREENSHOTS}first-load.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
