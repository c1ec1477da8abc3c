// Shared set-up for the end-to-end tests: the built page served on an ephemeral localhost port
// and Debian's Chromium driven by playwright-core (never a downloaded browser).
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

export const SCREENSHOTS = new URL('../../test-results/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

/**
 * A folder for a test file's fixtures, removed when the file's tests end: the disk is shared (with
 * CI too), and the documents tests write 50 MB of them.
 */
export function scratchFolder(prefix) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * www/ on an ephemeral localhost port; `url` is the page's, `origin` the server's. The bench's
 * pages add more beside it: `texts` maps a path to a file served there as UTF-8 text, `folders` a
 * path prefix to a folder served under it.
 */
export async function serveWww({ texts = {}, folders = {} } = {}) {
  const www = sirv(new URL('../../www', import.meta.url).pathname, { dev: true });
  const mounted = Object.entries(folders).map(([prefix, folder]) => [prefix, sirv(folder, { dev: true })]);
  const server = createServer((request, response) => {
    if (Object.hasOwn(texts, request.url)) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(readFileSync(texts[request.url]));
      return;
    }
    const [prefix, serveFolder] = mounted.find(([prefix]) => request.url.startsWith(prefix)) ?? ['/', www];
    request.url = request.url.slice(prefix.length - 1);
    serveFolder(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, url: `${origin}/` };
}

/**
 * Serves www/ and launches Chromium once for the calling test file, closing both after its last
 * test; read `fixture.served` and `fixture.browser` inside the tests. `prepare(fixture)`, if
 * given, runs once the browser is up (one hook, so the order is certain).
 */
export function pageServerAndBrowser(prepare = async () => {}) {
  const fixture = { served: null, browser: null };
  before(async () => {
    fixture.served = await serveWww();
    fixture.browser = await launchChromium();
    await prepare(fixture);
  });
  after(async () => {
    await fixture.browser?.close();
    fixture.served?.server.close();
  });
  return fixture;
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Opens a page that records console errors, page errors and requests outside `origin`. */
export async function openPage(browser, origin) {
  return openPage.record(await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-US' }), origin);
}

/** Records console errors, page errors and requests outside `origin` on an existing page. */
openPage.record = (page, origin) => {
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      problems.push(`request outside the page's origin: ${request.url()}`);
    }
  });
  return { page, problems };
};

/** Waits until the worker has analysed everything and the charts are drawn. */
export async function waitForAnalysis(page, count) {
  await page.waitForFunction(
    (expected) => /analysed|已分析/.test(document.getElementById('status')?.textContent ?? '') &&
      document.querySelectorAll('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="dot"] circle').length +
        document.querySelectorAll('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="text"] text').length >= expected,
    count,
    { timeout: 60_000 },
  );
}

export const sovereigntyDots = (page) => page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="dot"] circle').count();

/** Waits until nothing is being read or analysed (the charts' aria-busy is false). */
export const settled = (page) => page.waitForSelector('#charts[aria-busy="false"]', { timeout: 60_000 });

/** The numbers of a chart's x-axis tick labels, in order (Plot writes minus as "−"). */
export const xTicks = async (chart) => (await chart.locator('g[aria-label="x-axis tick label"] text').allTextContents()).map((text) => Number(text.replace('−', '-')));
