// The offline single file: opened from file:// it charts the default corpus, the reader's own text
// and a Chinese PDF with zero network requests, and the page offers it for download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cmapPdf } from './fixtures.mjs';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, sovereigntyDots, waitForAnalysis } from './browser.mjs';

const OFFLINE = new URL('../../www/dist/stance-offline.html', import.meta.url);
const fixture = pageServerAndBrowser();

test('the page offers the offline file', async () => {
  const { page } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  const link = page.locator('#offline');
  assert.equal(await link.getAttribute('download'), 'stance-offline.html');
  const response = await page.request.get(new URL(await link.getAttribute('href'), fixture.served.url).href);
  assert.equal(response.status(), 200);
  assert.equal((await response.body()).length, statSync(OFFLINE).size);
});

test('opened from file:// it works with zero network requests', async () => {
  const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US', offline: true });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => !/^(file|data|blob):/.test(request.url()) && requests.push(request.url()));
  context.on('request', (request) => !/^(file|data|blob):/.test(request.url()) && requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(OFFLINE.pathname).href);
  await waitForAnalysis(page, 5);
  await settled(page);
  assert.equal(await sovereigntyDots(page), 5, 'the default corpus is charted');
  assert.equal(await page.locator('#offline').isVisible(), false, 'no download link inside the offline file');
  assert.equal(await page.locator('#offline-note').isVisible(), false, 'nor the note about it');
  // It copied a file:// address, which opens on no other computer.
  assert.equal(await page.locator('#share').isVisible(), false, 'nor Copy link');

  await page.fill('#paste-title', 'Offline note');
  await page.fill('#paste-text', '我们坚持网络主权和国家主权原则，尊重各国的管辖权。我们主张多边主义。');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  assert.equal(await sovereigntyDots(page), 6, 'the reader’s own text is charted offline');

  const pdf = join(scratchFolder('stance-offline-'), '旧版立场.pdf');
  writeFileSync(pdf, cmapPdf(['我们坚持网络主权和国家主权原则，尊重各国的管辖权。', '我们主张多边主义，在联合国框架下依据联合国宪章制定国际条约。']));
  await page.setInputFiles('#file-input', pdf);
  await settled(page);
  assert.equal(await sovereigntyDots(page), 7, 'a Chinese PDF is read offline, CMaps included');
  await page.screenshot({ path: `${SCREENSHOTS}offline-file.png`, fullPage: true });
  await page.reload();
  await waitForAnalysis(page, 5);
  await settled(page);
  assert.deepEqual(await page.locator('#document-list li.user .doc-title').allTextContents(), ['Offline note', '旧版立场'], 'kept across a reload');
  assert.deepEqual(requests, [], 'no network request');
  assert.deepEqual(errors, []);
  await context.close();
});
