// Share and embed: a link restores the view; the Embed dialog gives an iframe and a custom-element
// snippet; the chrome-less embed view follows the colour scheme and its container's width; the
// <stance-chart> element works on a page of another origin and takes the chart's height.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, waitForAnalysis } from './browser.mjs';

const fixture = pageServerAndBrowser();

test('a shared link restores the dimensions, the chart and the selected document', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(`${fixture.served.url}#chart=evidence&dims=un_icann&doc=002-china-position-international-rules-cyberspace`);
  await waitForAnalysis(page, 0);
  await settled(page);
  assert.equal(await page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"]').count(), 0, 'only the chosen dimension is plotted');
  assert.equal(await page.locator('figure.chart[data-dimension="un_icann"] g[aria-label="dot"] circle').count(), 4);
  assert.equal(await page.locator('#evidence-select').inputValue(), '002-china-position-international-rules-cyberspace');
  assert.equal(await page.locator('#dimension-list input[type=checkbox]').first().isChecked(), false);
  assert.deepEqual(problems, []);
});

test('a link naming dimensions the page lacks draws them all, and says so', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  // A link made where a reader had loaded a dimension file of their own, opened elsewhere.
  await page.goto(`${fixture.served.url}#dims=their_own`);
  await waitForAnalysis(page, 5);
  await settled(page);
  assert.equal(await page.locator('figure.chart[data-dimension="un_icann"] g[aria-label="dot"] circle').count(), 4);
  assert.ok(await page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"]').count() > 0, 'every dimension is drawn');
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => m.includes('their_own')), `the missing dimension is named: ${messages}`);
  assert.deepEqual(problems, []);
});

test('a dimension id is never markup in the embed snippet, and weights out of range are refused', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const folder = scratchFolder('stance-embed-');
  const builtIn = JSON.parse(readFileSync(new URL('../../data/dimensions/un_icann.json', import.meta.url), 'utf8'));
  // A snippet that pasted this id unescaped ran its script on the blog that embedded it.
  const hostile = { ...builtIn, id: 'x"><img src=x onerror=alert(1)><b id="' };
  writeFileSync(join(folder, 'hostile.json'), JSON.stringify(hostile));
  await page.setInputFiles('#dimension-input', join(folder, 'hostile.json'));
  await settled(page);
  const ranking = page.locator('figure.chart[data-chart^="ranking-x"]');
  assert.equal(await ranking.count(), 1, 'the dimension is charted');
  // An embed loads none of the reader's dimension files, so it could not show this chart.
  assert.equal(await ranking.locator('button[data-action=embed]').count(), 0, 'and not offered for embedding');
  assert.equal(await page.locator('#chart-map button[data-action=embed]').count(), 0, 'nor is the map, which plots it');
  const snippet = await page.evaluate(async (id) => {
    const { embedSnippets } = await import('/src/embed.js');
    return embedSnippets(`ranking-${id}`, { dims: [id] }, 300).element;
  }, hostile.id);
  assert.match(snippet, /<stance-chart chart="ranking-x&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;&lt;b id=&quot;" dims="x&quot;&gt;/);

  // Weights of 1e308 summed to infinity, which stopped every later analysis of the page.
  writeFileSync(join(folder, 'huge.json'), JSON.stringify({ ...builtIn, id: 'huge', cues: builtIn.cues.map((cue) => ({ ...cue, weight: 1e308 })) }, null, 1));
  await page.setInputFiles('#dimension-input', join(folder, 'huge.json'));
  await settled(page);
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => /^huge\.json, line \d+: field `weight` of cue `.+` must be a number from 0\.01 to 100$/.test(m)), `${messages}`);
  await page.fill('#paste-title', 'after');
  await page.fill('#paste-text', '我们坚持网络主权和国家主权原则。我们主张多边主义。');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  assert.ok(await page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="dot"] circle').count() >= 6, 'later documents are still analysed');

  // A stored file that an older page took and this one refuses: named and dropped on reload,
  // while the reader's other file stays (all of them were dropped, without a word).
  const stale = JSON.stringify({ ...builtIn, id: 'stale', cues: builtIn.cues.map((cue) => ({ ...cue, weight: 1e308 })) });
  await page.evaluate((json) => new Promise((resolve, reject) => {
    const opening = indexedDB.open('stance-settings');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const settings = opening.result.transaction('settings', 'readwrite').objectStore('settings');
      const reading = settings.get('dimensionFiles');
      reading.onsuccess = () => {
        const writing = settings.put([...reading.result, { name: 'stale.json', json }], 'dimensionFiles');
        writing.onsuccess = () => resolve();
        writing.onerror = () => reject(writing.error);
      };
    };
  }), stale);
  await page.reload();
  await waitForAnalysis(page, 6);
  await settled(page);
  const afterReload = await page.locator('#problems li span').allTextContents();
  assert.ok(afterReload.some((m) => m.startsWith('stale.json, line')), `${afterReload}`);
  assert.equal(await page.locator('figure.chart[data-chart^="ranking-x"]').count(), 1, 'the valid file is kept');
  assert.deepEqual(problems, []);
});

test('the embed dialog, and the embed view in light and dark', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.click('#chart-map button[data-action=embed]');
  const iframe = await page.locator('#embed-iframe').inputValue();
  const element = await page.locator('#embed-element').inputValue();
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=map[^"]*" title="Stance"/);
  assert.match(element, /<stance-chart chart="map"/);
  await page.screenshot({ path: `${SCREENSHOTS}embed-dialog.png` });
  await page.keyboard.press('Escape');

  for (const colorScheme of ['light', 'dark']) {
    const context = await fixture.browser.newContext({ colorScheme, viewport: { width: 560, height: 520 }, locale: 'en-US' });
    const embed = await context.newPage();
    await embed.goto(`${fixture.served.url}?embed=map`);
    await embed.waitForSelector('#chart-map g[aria-label="dot"] circle', { timeout: 60_000 });
    assert.equal(await embed.locator('header').isVisible(), false, 'no page chrome in the embed');
    assert.equal(await embed.locator('figure.chart').count(), 1);
    const width = await embed.locator('#chart-map svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
    assert.ok(width <= 560 && width > 400, `the chart fits its container (${width}px)`);
    // The whole embed, not only what the first 520 px of the window show.
    await embed.screenshot({ path: `${SCREENSHOTS}embed-${colorScheme}.png`, fullPage: true });
    await context.close();
  }
  // A mistyped chart name in a blog's snippet said "Not available in this version of the engine".
  await page.goto(`${fixture.served.url}?embed=rankng-un_icann`);
  await page.waitForFunction(() => /analysed/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 60_000 });
  assert.equal(
    await page.locator('#chart-area .not-available').textContent(),
    'There is no chart called “rankng-un_icann”. The charts are: map, ranking-sovereignty_multistakeholder, ranking-un_icann, heatmap, keyness.',
  );
  assert.deepEqual(problems, []);
});

test('<stance-chart> on a page of another origin', async () => {
  const page = await fixture.browser.newPage({ viewport: { width: 900, height: 900 } });
  // The blog: another origin (another port) whose page carries the snippet.
  const blog = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><meta charset=utf-8><body style="font-family:serif;max-width:620px;margin:2rem auto">
      <h1>A blog post</h1><p>Here is where the documents stand:</p>
      <script src="${fixture.served.url}dist/stance-chart.js" defer></script><stance-chart chart="ranking-un_icann"></stance-chart>
      <p>Text after the chart.</p></body>`);
  });
  await new Promise((resolve) => blog.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${blog.address().port}/`;
  await page.goto(`${host}blog-post.html`);
  const frame = page.frameLocator('stance-chart iframe');
  await frame.locator('#chart-ranking-un_icann g[aria-label="dot"] circle').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('stance-chart iframe').style.height !== '420px');
  const height = await page.locator('stance-chart iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  assert.ok(height > 150 && height < 420, `the iframe takes the chart's height (${height}px)`);
  await page.screenshot({ path: `${SCREENSHOTS}embed-custom-element.png`, fullPage: true });
  await page.close();
  blog.close();
});
