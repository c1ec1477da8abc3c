// The page checked by axe-core (WCAG 2.2 A and AA, and its best practices) in the states a reader
// meets: first load in English and in Chinese dark mode, at phone width, with a problem listed,
// with the reader's own document, its evidence and a dimension's cue list open, the embed dialog
// open, and an embedded chart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pageServerAndBrowser, settled, waitForAnalysis } from './browser.mjs';

const fixture = pageServerAndBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on `url` after `act`, as "rule: element" lines. The page's Content-Security-Policy
 * forbids inline script, which is how axe is put in: this page alone bypasses it.
 * Inside a chart's drawing (an `<svg role="img">` with its name), Plot names its marks' groups
 * with aria-label, which axe flags on a `<g>`; an image's children are presentational in ARIA, so
 * no assistive technology reads them, and the drawing itself is checked.
 */
async function violations(url, options, act = async () => {}) {
  const page = await fixture.browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-US', bypassCSP: true, ...options });
  await page.goto(url);
  await act(page);
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    globalThis.axe.run({ exclude: [['figure.chart .chart-body svg[role="img"] *']] }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  await page.close();
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const analysed = (page) => waitForAnalysis(page, 5);

test('first load, in English and in Chinese dark mode, and at phone width', async () => {
  const url = fixture.served.url;
  assert.deepEqual(await violations(url, {}, analysed), []);
  assert.deepEqual(await violations(url, { locale: 'zh-CN', colorScheme: 'dark' }, analysed), []);
  assert.deepEqual(await violations(url, { viewport: { width: 390, height: 844 } }, analysed), []);
});

test('a problem listed, one’s own document with its evidence, a cue list and the embed dialog open', async () => {
  const url = fixture.served.url;
  // The problems list was a <ul> with role="alert", which took its list semantics away.
  const withProblem = async (page) => {
    await analysed(page);
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('#problems li');
  };
  assert.deepEqual(await violations(url, {}, withProblem), []);
  const withOwnDocument = async (page) => {
    await analysed(page);
    await page.fill('#paste-title', 'own');
    await page.fill('#paste-text', 'We support the multistakeholder model and ICANN. The private sector and civil society govern bottom-up.');
    await page.click('#paste-form button[type=submit]');
    await settled(page);
    await page.selectOption('#evidence-select', { label: 'own' });
    await page.locator('#dimension-list li summary').first().click();
  };
  assert.deepEqual(await violations(url, {}, withOwnDocument), []);
  const withEmbedDialog = async (page) => {
    await analysed(page);
    await page.locator('#chart-map button[data-action="embed"]').click();
    await page.waitForSelector('#embed-dialog[open]');
  };
  assert.deepEqual(await violations(url, {}, withEmbedDialog), []);
});

test('an embedded chart', async () => {
  // The embed hides the page's h1, which left it without a first-level heading.
  const embedded = (page) => page.waitForSelector('#chart-map g[aria-label="dot"] circle');
  assert.deepEqual(await violations(`${fixture.served.url}?embed=map`, {}, embedded), []);
  assert.deepEqual(await violations(`${fixture.served.url}?embed=heatmap&lang=zh`, { colorScheme: 'dark' }, (page) => page.waitForSelector('#chart-heatmap svg')), []);
});
