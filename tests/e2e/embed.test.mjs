// Share and embed: a link restores the view, in its language; the Embed dialog gives an iframe and
// a custom-element snippet, each with a Copy button; the chrome-less embed view takes the language,
// the colours the blogger chose, the blog's background and its container's width, and links back
// to the page; the <stance-chart> element works on a page of another origin and takes the chart's
// height.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, waitForAnalysis, xTicks } from './browser.mjs';

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
  assert.ok(messages.some((m) => /^huge\.json, line \d+: field `weight` of cue `.+` must be a number from 0\.01 to 100, not `1e\+308`$/.test(m)), `${messages}`);
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
  assert.match(iframe, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=map[^"]*" title="Stance: Position map"/);
  assert.match(element, /<stance-chart chart="map"/);
  await page.screenshot({ path: `${SCREENSHOTS}embed-dialog.png` });
  await page.keyboard.press('Escape');

  for (const colorScheme of ['light', 'dark']) {
    const context = await fixture.browser.newContext({ colorScheme, viewport: { width: 560, height: 520 }, locale: 'en-US' });
    const embed = await context.newPage();
    // theme=auto follows the reader's system.
    await embed.goto(`${fixture.served.url}?embed=map&theme=auto`);
    await embed.waitForSelector('#chart-map g[aria-label="dot"] circle', { timeout: 60_000 });
    assert.equal(await embed.locator('header').isVisible(), false, 'no page chrome in the embed');
    assert.equal(await embed.locator('figure.chart').count(), 1);
    const width = await embed.locator('#chart-map svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
    assert.ok(width <= 560 && width > 400, `the chart fits its container (${width}px)`);
    // At this width the label of 002 sat right beside 001's dot, and read as 001's whatever line
    // joined it to its own: a label keeps clear of every other document's dot where it can.
    const dots = await embed.locator('#chart-map g[aria-label="dot"] circle').evaluateAll((circles) =>
      circles.map((circle) => {
        const { left, right, top, bottom } = circle.getBoundingClientRect();
        return { x: (left + right) / 2, y: (top + bottom) / 2, title: circle.querySelector('title').textContent };
      }),
    );
    const labels = await embed.locator('#chart-map g[aria-label="text"] text').evaluateAll((texts) =>
      texts.map((text) => ({ text: text.textContent, ...text.getBoundingClientRect().toJSON() })),
    );
    assert.equal(labels.length, 4, 'every placed document is labelled');
    for (const label of labels) {
      const own = dots.filter((dot) => dot.title.startsWith(label.text.replace(/…$/, '')));
      assert.equal(own.length, 1, `“${label.text}” names one dot`);
      for (const dot of dots.filter((dot) => dot !== own[0])) {
        const gap = Math.hypot(Math.max(label.left - dot.x, 0, dot.x - label.right), Math.max(label.top - dot.y, 0, dot.y - label.bottom));
        assert.ok(gap >= 10, `“${label.text}” is ${gap.toFixed(1)} px from the dot of “${dot.title.split('\n')[0]}”`);
      }
    }
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
  // The blog: another origin (another port) whose page carries the snippet, and a second one
  // asking for the whole scale.
  const blog = await serveBlog({
    html: `<h1>A blog post</h1><p>Here is where the documents stand:</p>
      <script src="${fixture.served.url}dist/stance-chart.js" defer></script><stance-chart id="fitted" chart="ranking-un_icann"></stance-chart>
      <p>Text after the chart.</p><stance-chart id="whole" chart="ranking-un_icann" scale="full"></stance-chart>`,
  });
  await page.goto(blog);
  const frame = page.frameLocator('#fitted iframe');
  await frame.locator('#chart-ranking-un_icann g[aria-label="dot"] circle').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#fitted iframe').style.height !== '420px');
  const height = await page.locator('#fitted iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
  assert.ok(height > 150 && height < 420, `the iframe takes the chart's height (${height}px)`);
  // scale="full" passes on to the embed: its axis runs pole to pole, the other's is fitted.
  const ends = async (selector) => {
    const chart = page.frameLocator(selector).locator('#chart-ranking-un_icann');
    await chart.locator('g[aria-label="x-axis tick label"] text').first().waitFor({ timeout: 60_000 });
    const values = await xTicks(chart);
    return [Math.min(...values), Math.max(...values)];
  };
  assert.deepEqual(await ends('#whole iframe'), [-1, 1]);
  assert.notDeepEqual(await ends('#fitted iframe'), [-1, 1], 'without it the axis is fitted to the corpus');
  await page.screenshot({ path: `${SCREENSHOTS}embed-custom-element.png`, fullPage: true });
  await page.close();
});

/** A blog on another origin (another port) whose page is `body`; returns its address. */
async function serveBlog(body) {
  const blog = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(`<!doctype html><meta charset=utf-8><body style="font-family:serif;max-width:620px;margin:2rem auto;${body.style ?? ''}">${body.html}</body>`);
  });
  await new Promise((resolve) => blog.listen(0, '127.0.0.1', resolve));
  after(() => blog.close());
  return `http://127.0.0.1:${blog.address().port}/blog-post.html`;
}

/** The snippets the Embed dialog gives for `chart`, closing the dialog after. */
async function snippetsOf(page, chart) {
  await page.click(`#chart-${chart} button[data-action=embed]`);
  const snippets = { iframe: await page.locator('#embed-iframe').inputValue(), element: await page.locator('#embed-element').inputValue() };
  await page.keyboard.press('Escape');
  return snippets;
}

/** The colour the page shows at (x, y), as [r, g, b], from a one-pixel screenshot. */
async function pixelAt(page, x, y) {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  // The image data is the IDAT chunks' contents together, after the signature's 8 bytes.
  const data = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  // One pixel: the row's filter byte, then the pixel (every filter leaves a first pixel as it is).
  return [...inflateSync(Buffer.concat(data)).subarray(1, 4)];
}

test('embeds and shared links keep the interface language', async () => {
  const context = await fixture.browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.served.origin });
  const { page, problems } = openPage.record(await context.newPage(), fixture.served.origin);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.click('#language');
  const { iframe, element } = await snippetsOf(page, 'ranking-un_icann');
  assert.match(iframe, /^<iframe src="[^"]*[?&]lang=zh[&#"]/);
  assert.match(element, /<stance-chart chart="ranking-un_icann" [^>]*lang="zh"/);

  // A blogger pastes both snippets into an English blog, read in an en-US browser.
  // The blog and the page are two local origins; nothing may come from anywhere else.
  const blogPage = openPage.record(await context.newPage(), 'http://127.0.0.1:');
  await blogPage.page.goto(await serveBlog({ html: `<h1>A blog post</h1>${iframe}<p>Between.</p>${element}` }));
  for (const selector of ['body > iframe', 'stance-chart iframe']) {
    const title = blogPage.page.frameLocator(selector).locator('#chart-ranking-un_icann .chart-title');
    await title.waitFor({ timeout: 60_000 });
    assert.match(await title.textContent(), /^排序：/, `${selector} is in Chinese`);
  }

  // Copy link carries the language; whoever opens the link sees the view in it.
  await page.click('#share');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /\?lang=zh#/);
  const reader = await fixture.browser.newContext({ locale: 'en-US' });
  const opened = openPage.record(await reader.newPage(), fixture.served.origin);
  await opened.page.goto(link);
  await waitForAnalysis(opened.page, 5);
  assert.equal(await opened.page.locator('#to-documents').textContent(), '添加你的文件');
  // The link's language is then the reader's own: switching back to English survives a reload.
  assert.doesNotMatch(opened.page.url(), /lang=/);
  await opened.page.click('#language');
  await opened.page.reload();
  await waitForAnalysis(opened.page, 5);
  assert.equal(await opened.page.locator('#to-documents').textContent(), 'Add your documents');
  assert.deepEqual([...problems, ...blogPage.problems, ...opened.problems], []);
  await reader.close();
  await context.close();
});

test('Copy link says so when the view shows the reader’s own documents, which no link carries', async () => {
  const context = await fixture.browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.served.origin });
  const { page, problems } = openPage.record(await context.newPage(), fixture.served.origin);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Link copied.'));
  assert.equal(await page.locator('#status').textContent(), 'Link copied.');
  // The link of a view with the reader's document showed whoever opened it the corpus alone, and
  // the page had said only "Link copied."
  const folder = scratchFolder('stance-link-');
  writeFileSync(join(folder, 'mine.txt'), 'We support the multistakeholder model. The IANA functions should stay with ICANN.');
  await page.setInputFiles('#file-input', [join(folder, 'mine.txt')]);
  await waitForAnalysis(page, 6);
  await settled(page);
  await page.click('#share');
  // The status follows the clipboard's write.
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Link copied.'));
  assert.match(await page.locator('#status').textContent(), /^Link copied\. It opens the default corpus: your documents and dimension files stay in this browser/);
  assert.doesNotMatch(await page.evaluate(() => navigator.clipboard.readText()), /mine/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('export buttons and embeds are named after their chart, in the interface language', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  for (const name of ['SVG: Position map', 'PNG: Position map', 'Embed: Position map', 'Embed: Ranking: UN-centric ↔ ICANN-centric']) {
    assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
  }
  const { iframe, element } = await snippetsOf(page, 'map');
  assert.match(iframe, / title="Stance: Position map"/);
  // Not `title`, which put a tooltip over the whole chart on the blog.
  assert.match(element, / frame-title="Stance: Position map"/);
  await page.click('#language');
  assert.equal(await page.getByRole('button', { name: '嵌入：立场图', exact: true }).count(), 1);
  assert.match((await snippetsOf(page, 'map')).iframe, / title="Stance：立场图"/);
  assert.deepEqual(problems, []);
});

test('the Embed dialog copies each snippet, and its boxes show the whole snippet', async () => {
  const context = await fixture.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixture.served.origin });
  const { page, problems } = openPage.record(await context.newPage(), fixture.served.origin);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.click('#chart-ranking-un_icann button[data-action=embed]');
  for (const id of ['embed-iframe', 'embed-element']) {
    const box = await page.locator(`#${id}`).evaluate((textarea) => ({ scroll: textarea.scrollHeight, client: textarea.clientHeight, top: textarea.scrollTop }));
    assert.ok(box.scroll <= box.client && box.top === 0, `#${id} shows all of its snippet (${JSON.stringify(box)})`);
  }
  await page.screenshot({ path: `${SCREENSHOTS}embed-dialog-zh.png` });
  for (const [snippet, copy] of [['embed-iframe', 'copy-iframe'], ['embed-element', 'copy-element']]) {
    await page.click(`#${copy}`);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator(`#${snippet}`).inputValue());
    const confirmation = page.locator(`#${copy} ~ [role=status]`);
    assert.equal(await confirmation.textContent(), '已复制。');
    assert.ok(await confirmation.isVisible());
  }

  // Where the clipboard is refused, the snippet is selected for the reader to copy.
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await page.click('#copy-element');
  const selection = await page.evaluate(() => {
    const textarea = document.activeElement;
    return { id: textarea.id, whole: textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length };
  });
  assert.deepEqual(selection, { id: 'embed-element', whole: true });
  assert.match(await page.locator('#copy-element ~ [role=status]').textContent(), /^已选中/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in-page links move the focus and keep the view in the address', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  const hash = '#chart=ranking-un_icann&doc=002-china-position-international-rules-cyberspace';
  await page.goto(`${fixture.served.url}${hash}`);
  await waitForAnalysis(page, 5);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'charts');
  assert.equal(await page.evaluate(() => location.hash), hash);
  await page.reload();
  await waitForAnalysis(page, 5);
  assert.equal(await page.locator('#evidence-select').inputValue(), '002-china-position-international-rules-cyberspace');

  await page.setViewportSize({ width: 390, height: 800 });
  await page.click('#to-documents');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'documents');
  assert.ok(Math.abs(await page.locator('#documents').evaluate((section) => section.getBoundingClientRect().top)) < 5, 'the documents are scrolled to');
  assert.equal(await page.evaluate(() => location.hash), hash);
  assert.deepEqual(problems, []);
});

test('an embed links back to the page it came from, on its own origin', async () => {
  const context = await fixture.browser.newContext({ locale: 'en-US' });
  const { page, problems } = openPage.record(await context.newPage(), fixture.served.origin);
  await page.goto(`${fixture.served.url}?embed=ranking-un_icann&lang=zh#dims=un_icann`);
  const link = page.getByRole('link', { name: '用 Stance 制作' });
  await link.waitFor({ timeout: 60_000 });
  assert.equal(await link.getAttribute('href'), `${fixture.served.url}?lang=zh#chart=ranking-un_icann&dims=un_icann`);
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await opened.waitForLoadState();
  assert.equal(opened.url(), `${fixture.served.url}#chart=ranking-un_icann&dims=un_icann`, 'the page, in the link’s language');
  assert.deepEqual(problems, []);
  await context.close();
});

test('embeds take the blog’s background and the colours the blogger chose', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const light = await snippetsOf(page, 'map');
  await page.click('#chart-map button[data-action=embed]');
  await page.selectOption('#embed-theme', 'dark');
  const dark = { iframe: await page.locator('#embed-iframe').inputValue(), element: await page.locator('#embed-element').inputValue() };
  assert.match(dark.iframe, /[?&]theme=dark/);
  assert.match(dark.element, / theme="dark"/);
  // A snippet that names no theme (as older ones) is light, as most blogs are.
  const bare = `<stance-chart id="bare" chart="map"></stance-chart>`;

  for (const { blog, scheme, snippets, background, text } of [
    // A light-only blog read with the system in dark mode: the chart stays light, on the blog's white.
    { blog: 'light', scheme: 'dark', snippets: light, background: [255, 255, 255], text: 'rgb(27, 27, 31)' },
    { blog: 'light', scheme: 'light', snippets: light, background: [255, 255, 255], text: 'rgb(27, 27, 31)' },
    // A dark blog with the system in light mode.
    { blog: 'dark', scheme: 'light', snippets: dark, background: [17, 17, 17], text: 'rgb(232, 232, 234)' },
  ]) {
    // Tall enough for the light blog's three embeds: Chromium's full-page screenshot leaves a frame
    // below the viewport unpainted, which showed the second cut off and the third blank.
    const context = await fixture.browser.newContext({ colorScheme: scheme, viewport: { width: 900, height: 2400 } });
    const reader = openPage.record(await context.newPage(), 'http://127.0.0.1:');
    await reader.page.goto(await serveBlog({
      style: blog === 'dark' ? 'background:#111;color:#eee' : 'background:#fff;max-width:680px',
      html: `<h1>A ${blog} blog</h1>${snippets.iframe}<p>Between the charts.</p>${snippets.element}<p>After.</p>${blog === 'light' ? bare : ''}`,
    }));
    for (const selector of ['body > iframe', 'stance-chart:not(#bare) iframe', ...(blog === 'light' ? ['#bare iframe'] : [])]) {
      const frame = reader.page.frameLocator(selector);
      await frame.locator('#chart-map g[aria-label="dot"] circle').first().waitFor({ timeout: 60_000 });
      assert.equal(await frame.locator('body').evaluate((body) => getComputedStyle(body).color), text, `${blog} blog, ${scheme} system, ${selector}`);
      await reader.page.locator(selector).scrollIntoViewIfNeeded();
      const box = await reader.page.locator(selector).boundingBox();
      assert.deepEqual(await pixelAt(reader.page, Math.floor(box.x + box.width - 3), Math.floor(box.y + 2)), background, `${blog} blog, ${scheme} system, ${selector}: the blog's background shows`);
      // The iframe keeps the height its snippet writes: short of the embed's, its made-with line
      // was cut in half.
      const bottom = await frame.locator('.made-with').evaluate((link) => link.getBoundingClientRect().bottom);
      assert.ok(bottom <= box.height, `${blog} blog, ${selector}: the embed ends at ${bottom}px, in a frame of ${box.height}px`);
    }
    // Back at the top, where a reader starts: a frame scrolled out of view was not painted in the
    // whole-page screenshot, which showed the first embed blank.
    await reader.page.evaluate(() => window.scrollTo(0, 0));
    await reader.page.waitForTimeout(500);
    await reader.page.screenshot({ path: `${SCREENSHOTS}embed-${blog}-blog-${scheme}-system.png`, fullPage: true });
    assert.deepEqual(reader.problems, []);
    await context.close();
  }
  assert.deepEqual(problems, []);
});
