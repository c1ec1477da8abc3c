// First visit: the page loads the engine, analyses the default corpus in a worker and charts all
// five documents, with no console error and no request beyond its own origin. Also the page in
// Chinese, in dark mode and at phone width.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, pageServerAndBrowser, SCREENSHOTS, sovereigntyDots, waitForAnalysis } from './browser.mjs';

const fixture = pageServerAndBrowser();

test('the default corpus is charted on every chart', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(`${fixture.served.url}?lang=en`);
  await waitForAnalysis(page, 5);
  assert.equal(await sovereigntyDots(page), 5, 'every corpus document is plotted on the sovereignty ranking');
  const rows = await page.locator('figure.chart[data-dimension="un_icann"] g[aria-label="y-axis tick label"] text').allTextContents();
  assert.equal(rows.length, 5, 'every corpus document has a row on the UN ↔ ICANN ranking');
  assert.match(await page.locator('#status').textContent(), /^5 documents analysed\.$/);
  assert.ok(await page.locator('#chart-map svg').count(), 'the position map is drawn');
  assert.ok(await page.locator('#chart-heatmap svg').count(), 'the distance heatmap is drawn');
  assert.equal(await page.locator('figure[data-chart="keyness"] .small-multiples g[aria-label="bar"]').count(), 5, 'key terms: one panel of bars per document');
  for (const figure of await page.locator('figure.chart').all()) {
    assert.ok((await figure.locator(':scope > figcaption > .reading').textContent()).length > 10, 'every chart has a one-line reading');
  }
  assert.ok(await page.locator('#chart-map details.table table tr').count() >= 6, 'the map has a table alternative');
  // A screen reader walked through every tick of every chart; each drawing is now one named image.
  assert.equal(await page.getByRole('img', { name: 'Position map' }).count(), 1);
  assert.equal(await page.getByRole('img', { name: 'Key terms: 002 中国立场文件 (2022, 繁體)' }).count(), 1);
  assert.equal(await page.getByRole('img', { name: 'Distance' }).count(), 1, 'the heatmap’s legend is named apart from it');
  const unnamed = await page.locator('figure.chart .chart-body svg').evaluateAll((svgs) => svgs.filter((svg) => !svg.parentElement.closest('svg') && !(svg.getAttribute('role') === 'img' && svg.getAttribute('aria-label'))).length);
  assert.equal(unnamed, 0, 'every chart drawing is a named image');
  // The two "JSON" buttons were named alike.
  assert.equal(await page.getByRole('button', { name: 'Scores JSON' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Session JSON' }).count(), 1);
  assert.equal(await page.getByRole('button', { name: /^中文/ }).count(), 1, 'the language switch’s name starts with what it shows');
  // The corpus crowds one corner of the map: its labels must still not overlap one another or
  // sit under a dot.
  const overlaps = await page.locator('#chart-map svg').first().evaluate((svg) => {
    const box = (element) => element.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('g[aria-label="text"] text')].map((text) => ({ text: text.textContent, box: box(text) }));
    const dots = [...svg.querySelectorAll('g[aria-label="dot"] circle')].map(box);
    const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return labels.flatMap((label, i) => [
      ...labels.slice(i + 1).filter((other) => meet(label.box, other.box)).map((other) => `${label.text} / ${other.text}`),
      ...dots.filter((dot) => meet(label.box, dot)).map(() => `${label.text} / a dot`),
    ]);
  });
  assert.deepEqual(overlaps, [], 'map labels overlap');
  await page.screenshot({ path: `${SCREENSHOTS}first-load.png`, fullPage: true });
  await page.screenshot({ path: `${SCREENSHOTS}first-load-viewport.png` });
  assert.deepEqual(problems, []);
});

test('Chinese interface, dark mode, and keyboard use', async () => {
  const context = await fixture.browser.newContext({ locale: 'zh-CN', colorScheme: 'dark', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  assert.match(await page.locator('h1').textContent(), /立场/);
  assert.match(await page.locator('#status').textContent(), /已分析 5 份文件/);
  // Sentences were joined with the space English puts after a full stop.
  const reading = await page.locator('#chart-map .reading').textContent();
  assert.match(reading, /。未能定位/, reading);
  // Keyboard: tab to the language switch and press it.
  await page.locator('#language').focus();
  await page.keyboard.press('Enter');
  assert.match(await page.locator('#status').textContent(), /analysed|已分析/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${SCREENSHOTS}first-load-zh-dark.png`, fullPage: true });
  await context.close();
});

test('phone width', async () => {
  const context = await fixture.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `nothing is wider than the phone (${overflow}px too wide)`);
  // Map labels were cut to 240 px whatever the chart's width, and ran off a phone's.
  const outside = await page.locator('#chart-map .chart-body svg').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('g[aria-label="text"] text')].filter((text) => text.getBoundingClientRect().right > frame.right + 0.5).map((text) => text.textContent);
  });
  assert.deepEqual(outside, [], 'every map label ends inside the map');
  // One axis title held both poles, centred and cut on a phone ("← stat…   multistakeholder →"),
  // and the upright one pointed its arrows sideways. Each pole now stands whole at its own end,
  // inside the chart, the upright ones reading upwards.
  const poles = await page.locator('#chart-map .chart-body svg').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const numbers = svg.querySelectorAll('g[aria-label="x-axis tick label"] text, g[aria-label="y-axis tick label"] text').length;
    return [...svg.querySelectorAll('g[aria-label="x pole"] text, g[aria-label="y pole"] text')].map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent, inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5, upright: box.height > box.width, top: box.top, numbers };
    });
  });
  assert.deepEqual(poles.map(({ text, inside, upright }) => [text, inside, upright]), [
    ['← state sovereignty', true, false],
    ['multistakeholder →', true, false],
    ['← UN-centric', true, true],
    ['ICANN-centric →', true, true],
  ]);
  assert.ok(poles[3].top < poles[2].top, 'the positive pole of the upright axis is at its top');
  assert.ok(poles[0].numbers >= 10, 'both axes keep their numbers');
  // The documents panel comes after every chart on a phone, some 6,000 px down: the header leads there.
  await page.click('#to-documents');
  await page.waitForFunction(() => Math.abs(document.getElementById('documents').getBoundingClientRect().top) < 5);
  assert.equal(await page.locator('#to-documents').isVisible(), true);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}phone.png`, fullPage: false });
  await context.close();
});

test('an engine that cannot be fetched is said so, in the reader’s language, and loses nothing', async () => {
  const context = await fixture.browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const paste = async (title) => {
    await page.fill('#paste-title', title);
    await page.fill('#paste-text', '我们坚持网络主权原则，主张多边主义。');
    await page.click('#paste-form button[type=submit]');
    await page.waitForSelector('#charts[aria-busy="false"]');
  };
  await paste('我的笔记');
  // As on a blog whose server does not serve .wasm, or a page saved without its dist/ folder.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.reload();
  await page.waitForSelector('#status.error');
  // The browser's own reason ("Failed to fetch") alone named nothing the reader could act on.
  assert.match(await page.locator('#status').textContent(), /^出错了：无法载入分析引擎（.+）；请重新载入页面，或使用离线文件$/);
  // The stored documents were neither listed nor kept: a paste now ran each through the dead
  // engine, which named each as a bad file and deleted it from the browser's storage.
  assert.deepEqual(await page.locator('#document-list li.user .doc-title').allTextContents(), ['我的笔记']);
  await paste('另一份笔记');
  assert.match(await page.locator('#status').textContent(), /^出错了：无法载入分析引擎/);
  assert.deepEqual(await page.locator('#problems li').allTextContents(), [], 'no document is blamed');
  // It was worded once: a change of language left the browser's reason in a Chinese sentence.
  await page.click('#language');
  assert.match(await page.locator('#status').textContent(), /^Something went wrong: the analysis engine could not be loaded \(.+\); reload the page, or use the offline file$/);
  await page.unroute('**/*.wasm');
  await page.reload();
  await waitForAnalysis(page, 7);
  assert.deepEqual((await page.locator('#document-list li.user .doc-title').allTextContents()).sort(), ['另一份笔记', '我的笔记']);
  // The aborted fetch is the only console error: the worker's failure is not also thrown unhandled.
  assert.deepEqual(problems.filter((problem) => !/net::ERR_FAILED/.test(problem)), []);
  await context.close();
});
