// Chart layout and the keyboard across redraws: the map's labels stay inside the chart, apart from
// each other and off every interval; tick labels and axis titles fit in Chinese at phone width;
// a control the page redraws keeps the focus, and open tables stay open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, pageServerAndBrowser, SCREENSHOTS, scratchFolder, settled, waitForAnalysis, xTicks } from './browser.mjs';

const fixture = pageServerAndBrowser();
const folder = scratchFolder('stance-charts-');

// Four documents at the same place near the top-right corner: their labels piled up at the top
// edge and ran out of the chart (cut off in exports).
const ICANN_SIDE = 'The multistakeholder model works: the private sector, civil society and the technical community govern bottom-up through ICANN, IANA and the IETF. We support the multistakeholder model and ICANN.';

async function paste(page, title, text) {
  await page.fill('#paste-title', title);
  await page.fill('#paste-text', text);
  await page.click('#paste-form button[type=submit]');
  await settled(page);
}

const boxesOf = (locator) => locator.evaluateAll((elements) => elements.map((element) => {
  const { left, right, top, bottom } = element.getBoundingClientRect();
  return { left, right, top, bottom, text: element.textContent };
}));

test('map labels stay inside the chart, off the axes, apart, and off their own whiskers', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  for (const title of ['en-statement', 'en-word', 'en-statement copy', 'A rather long title for the position statement of a registry operator']) await paste(page, title, ICANN_SIDE);
  const map = page.locator('#chart-map .chart-body svg');
  const [frame] = await boxesOf(map);
  const labels = await boxesOf(map.locator('g[aria-label="text"] text'));
  assert.equal(labels.length, 8, 'every placed document is labelled');
  for (const label of labels) {
    assert.ok(label.left >= frame.left - 0.5 && label.right <= frame.right + 0.5 && label.top >= frame.top - 0.5 && label.bottom <= frame.bottom + 0.5, `${label.text} lies inside the chart`);
  }
  const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (const [at, a] of labels.entries()) {
    for (const b of labels.slice(at + 1)) assert.ok(!overlap(a, b), `“${a.text}” and “${b.text}” do not overlap`);
  }
  // A label's halo hid the axes' numbers it was allowed to reach.
  const numbers = await boxesOf(map.locator('g[aria-label="y-axis tick label"] text, g[aria-label="x-axis tick label"] text'));
  const dots = await boxesOf(map.locator('g[aria-label="dot"] circle'));
  for (const label of labels) {
    assert.ok(!numbers.some((number) => overlap(label, number)), `“${label.text}” leaves the axes' numbers visible`);
    assert.ok(!dots.some((dot) => overlap(label, dot)), `“${label.text}” covers no dot`);
  }
  // Each label was drawn on a solid band over the dot's own horizontal whisker, hiding half of
  // the interval; now the whiskers are drawn after the labels, and no label sits on its own.
  const order = await map.evaluate((svg) => [...svg.children].map((child) => child.getAttribute('aria-label')));
  const labelsAt = order.indexOf('text');
  assert.deepEqual(order.slice(labelsAt + 1, labelsAt + 3), ['rule', 'rule'], `the whiskers are drawn after the labels: ${order}`);
  // nth-child counts from 1: the horizontal whiskers are the group right after the labels.
  const whiskers = await boxesOf(map.locator(`:scope > :nth-child(${labelsAt + 2}) line`));
  assert.equal(whiskers.length, labels.length);
  for (const [at, label] of labels.entries()) {
    const level = (whiskers[at].top + whiskers[at].bottom) / 2;
    assert.ok(level < label.top || level > label.bottom, `“${label.text}” is off its own horizontal whisker`);
  }
  await page.locator('#chart-map').screenshot({ path: `${SCREENSHOTS}map-crowded.png` });
  assert.deepEqual(problems, []);
});

test('tick labels and axis titles fit, in Chinese at phone width', async () => {
  const context = await fixture.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const charts = page.locator('figure.chart[data-chart^="ranking-"], figure.chart[data-chart^="contributions-"], #chart-keyness');
  assert.ok((await charts.count()) >= 5);
  for (const figure of await charts.all()) {
    const name = await figure.getAttribute('data-chart');
    for (const svg of await figure.locator('.chart-body svg').all()) {
      const [frame] = await boxesOf(svg);
      // Document titles and cue words were cut at the left edge ("称与数字地址分配机构").
      for (const label of await boxesOf(svg.locator('g[aria-label="y-axis tick label"] text'))) {
        assert.ok(label.left >= frame.left - 0.5, `${name}: “${label.text}” starts inside the chart`);
      }
      // The Chinese axis title was drawn over the tick numbers, and key terms' "G²" over the last.
      const ticks = await boxesOf(svg.locator('g[aria-label="x-axis tick label"] text'));
      // Key terms' axis has Plot's own title (G²), the others a title at each pole.
      const titles = await boxesOf(svg.locator('g[aria-label="x pole"] text, g[aria-label="x-axis label"] text'));
      assert.ok(ticks.length > 0 && titles.length === (name === 'keyness' ? 1 : 2), `${name}: the x axis has its numbers and its titles`);
      for (const title of titles) {
        assert.ok(ticks.every((tick) => title.top >= tick.bottom - 0.5), `${name}: the axis title “${title.text}” is below the tick numbers`);
      }
    }
  }
  await page.locator('figure.chart[data-chart^="contributions-"]').first().screenshot({ path: `${SCREENSHOTS}contributions-zh-phone.png` });
  await context.close();
});

test('a control the page redraws keeps the keyboard focus, and open tables stay open', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await paste(page, 'first', ICANN_SIDE);
  await paste(page, 'second', ICANN_SIDE);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
  await page.click('#chart-map summary');
  // Showing or hiding a document redraws the list and the charts; the focus fell to <body>.
  await page.focus('#document-list input[aria-label="Show: first"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#chart-map g[aria-label="dot"] circle').length === 5);
  assert.equal(await focused(), 'Show: first');
  assert.equal(await page.locator('#chart-map details').evaluate((details) => details.open), true, 'the map’s table stays open');
  // Sections were once found again by their summary, which a change of language rewords.
  await page.click('#language');
  assert.equal(await page.locator('#chart-map details').evaluate((details) => details.open), true, 'and open in Chinese too');
  await page.click('#language');
  await page.focus('#document-list input[aria-label="Show: first"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelectorAll('#chart-map g[aria-label="dot"] circle').length === 6);
  assert.equal(await focused(), 'Show: first');
  // After a Remove the focus goes to the control now in its place: the next document's.
  await page.focus('#document-list button[aria-label="Remove: first"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#document-list button[aria-label="Remove: first"]'));
  assert.equal(await focused(), 'Remove: second', 'the focus is on the next document’s Remove');
  // Removing the last of one's own documents left no control in the list, and the focus fell to
  // <body>: it stays in the Documents section, on its first control.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('#document-list button[aria-label="Remove: second"]'));
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'hide-corpus');
  assert.deepEqual(problems, []);
});

test('long titles and pole names stay inside the page at 320 px; one document has no key terms to show', async () => {
  const context = await fixture.browser.newContext({ locale: 'en-US', viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // Pole names without a colon are used whole: a sentence each ran out of the chart and the page.
  const builtIn = JSON.parse(readFileSync(new URL('../../data/dimensions/un_icann.json', import.meta.url), 'utf8'));
  writeFileSync(join(folder, 'long-poles.json'), JSON.stringify({
    ...builtIn,
    id: 'long_poles',
    negative: 'Governance led by states through the United Nations and its specialised agencies',
    positive: 'Governance led by the technical community through ICANN, the IETF and the regional registries',
  }));
  await page.setInputFiles('#dimension-input', join(folder, 'long-poles.json'));
  await settled(page);
  // The map plots the first two dimensions ticked: UN ↔ ICANN across, the long poles up.
  await page.locator('#dimension-list input[type=checkbox]').first().uncheck();
  await page.waitForFunction(() => document.querySelectorAll('figure.chart[data-chart^="ranking-"]').length === 2);
  // A long title made the evidence picker, and so the page, wider than the window.
  await paste(page, `A position statement with a very long title ${'that goes on and on '.repeat(12)}`, ICANN_SIDE);
  // An opened cue table (term, pole, weight) was wider than the window.
  await page.locator('#dimension-list li').last().locator('summary').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `nothing is wider than the window (${overflow}px too wide)`);
  const longPoleCharts = page.locator('figure.chart[data-chart="ranking-long_poles"] .chart-body svg, #chart-map .chart-body svg, figure.chart[data-chart="contributions-long_poles"] .chart-body svg');
  assert.equal(await longPoleCharts.count(), 3);
  for (const svg of await longPoleCharts.all()) {
    const [frame] = await boxesOf(svg);
    for (const title of await boxesOf(svg.locator('g[aria-label="x pole"] text, g[aria-label="y pole"] text'))) {
      assert.ok(title.left >= frame.left - 0.5 && title.right <= frame.right + 0.5 && title.top >= frame.top - 0.5, `the axis title “${title.text}” is inside its chart`);
    }
  }
  // With the corpus hidden, one document is left: key terms said "Not available in this version
  // of the engine".
  await page.check('#hide-corpus');
  await page.waitForFunction(() => document.querySelectorAll('figure.chart[data-dimension="un_icann"] g[aria-label="dot"] circle').length === 1);
  assert.equal(await page.locator('#chart-keyness .not-available').textContent(), 'Key terms compare two or more documents.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dimension file that replaces a built-in one takes its place on the map, and says so', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const builtIn = JSON.parse(readFileSync(new URL('../../data/dimensions/un_icann.json', import.meta.url), 'utf8'));
  writeFileSync(join(folder, 'mine.json'), JSON.stringify({ ...builtIn, id: 'mine', negative: 'Closed: gatekeepers', positive: 'Open: anyone' }));
  writeFileSync(join(folder, 'un.json'), JSON.stringify({ ...builtIn, negative: 'Treaty bodies: the UN', positive: 'Registries: ICANN' }));
  await page.setInputFiles('#dimension-input', join(folder, 'mine.json'));
  await settled(page);
  await page.setInputFiles('#dimension-input', join(folder, 'un.json'));
  await settled(page);
  // The replaced dimension went to the end of the list, and the map's vertical axis silently
  // from UN ↔ ICANN to the reader's other dimension.
  const yPoles = await page.locator('#chart-map g[aria-label="y pole"] text').allTextContents();
  assert.ok(yPoles.some((pole) => pole.includes('Registries')), `the map still plots UN ↔ ICANN, the file's: ${yPoles}`);
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => m.startsWith('un.json: dimension `un_icann` replaces the built-in one')), `the reader is told: ${messages}`);
  assert.deepEqual(problems, []);
});

test('a redraw without a dimension reopens the same section, not the one now in its place', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const voices = page.locator('#chart-evidence details[data-key="other-voices-un_icann"]');
  await voices.locator('summary').click();
  await page.locator('#dimension-list input[type=checkbox]').first().uncheck();
  await page.waitForFunction(() => document.querySelectorAll('#chart-evidence h4').length === 1);
  assert.equal(await voices.evaluate((details) => details.open), true, 'the UN ↔ ICANN account of other voices stays open');
  assert.equal(await page.locator('#chart-evidence details.removals').evaluate((details) => details.open), false, 'and the removals stay shut');
  await page.locator('#dimension-list input[type=checkbox]').first().check();
  assert.deepEqual(problems, []);
});

test('key terms are shown as each document writes them: Traditional characters, whole English words', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // Key terms were counted, and shown, by their matching form: 企业 for a Traditional text that
  // writes 企業, "multistakehold" and "govern" for English.
  const traditional = '網際網路治理應當尊重各國主權，企業與公民社會可以參與，但國際規則應由各國政府共同制定。'.repeat(6);
  const english = 'Governance of the Internet belongs to its stakeholders. The multistakeholder model works, and multistakeholder governance keeps registries accountable. '.repeat(6);
  await paste(page, 'Traditional', traditional);
  await paste(page, 'English', english);
  const rows = await page.locator('#chart-keyness table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((cell) => cell.textContent)));
  const labels = (title) => rows.filter(([doc]) => doc === title).map(([, label]) => label);
  assert.ok(labels('Traditional').length > 0 && labels('English').length > 0, JSON.stringify(rows));
  for (const label of labels('Traditional')) assert.ok(traditional.includes(label), `“${label}” is written so in the Traditional text`);
  for (const label of labels('English')) assert.match(english, new RegExp(`\\b${label}\\b`), `“${label}” is a word of the English text`);
  // The table names every form a term counts ("governance" and "Governance" are one).
  const governance = rows.find(([doc, label]) => doc === 'English' && label.toLowerCase() === 'governance');
  assert.ok(governance, JSON.stringify(labels('English')));
  const forms = rows.find(([doc, label]) => doc === 'English' && label === 'multistakeholder');
  assert.ok(forms, JSON.stringify(rows));
  assert.equal(forms[2], 'multistakeholder', 'the column "Counted as written" lists the forms');
  const stakeholders = rows.find(([doc, label]) => doc === 'English' && label === 'stakeholders');
  assert.equal(stakeholders?.[2], 'stakeholders', JSON.stringify(rows));
  await page.locator('#chart-keyness').screenshot({ path: `${SCREENSHOTS}key-terms-as-written.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the heatmap’s numbers never run into each other: with many documents the cells keep their colour and the table the numbers', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const heatmap = page.locator('#chart-heatmap');
  const numbers = heatmap.locator('.chart-body svg g[aria-label="text"] text');
  const apart = async (texts = numbers) => {
    const boxes = await boxesOf(texts);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) assert.ok(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${a.text} and ${b.text} overlap`);
    }
    return boxes.length;
  };
  assert.equal(await apart(), 25, 'five documents: every cell shows its number');
  // Thirty documents on a desktop made 22 px cells, and their numbers ran into one unreadable band.
  const names = Array.from({ length: 25 }, (_, i) => join(folder, `statement-${String(i).padStart(2, '0')}.txt`));
  for (const name of names) writeFileSync(name, ICANN_SIDE);
  await page.setInputFiles('#file-input', names);
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('#chart-heatmap table tbody tr').length === 30);
  assert.equal(await apart(), 0, 'thirty documents: the cells are too small for numbers');
  assert.match(await heatmap.locator('.reading').textContent(), /too small for their numbers: point at a cell, or open the table/);
  assert.equal(await heatmap.locator('.chart-body svg g[aria-label="cell"] rect').count(), 900, 'every pair keeps its cell');
  // Turned 40°, the column names stood less than a line apart and overlapped; upright they do not.
  assert.equal(await apart(heatmap.locator('.chart-body svg g[aria-label="x-axis tick label"] text')), 30, 'the column names stand apart');
  assert.match(await heatmap.locator('.chart-body svg g[aria-label="cell"] rect title').first().textContent(), /↔ .*: \d\.\d\d/, 'a cell’s tooltip gives its number');
  await heatmap.screenshot({ path: `${SCREENSHOTS}heatmap-thirty-documents.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the heatmap marks a distance over fewer dimensions; with every document hidden the page says so', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // 003 has no UN ↔ ICANN score: its distance to 000 over sovereignty alone read 0.00, "the same
  // position", with nothing to tell it apart.
  const cells = await page.locator('#chart-heatmap table tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((row) => [row.cells[0].textContent.slice(0, 3), [...row.cells].slice(1).map((cell) => cell.textContent)])));
  assert.match(cells['003'][0], /^\d\.\d\d\*$/, JSON.stringify(cells));
  assert.match(cells['000'][1], /^\d\.\d\d$/, JSON.stringify(cells));
  assert.match(await page.locator('#chart-heatmap .reading').textContent(), /\* Over fewer dimensions/);
  // Hiding the corpus with no document of one's own left empty axes and "Not available in this
  // version of the engine" in the evidence.
  await page.check('#hide-corpus');
  await page.waitForFunction(() => document.querySelectorAll('#chart-area figure.chart').length === 0);
  const said = 'No document is shown: the default corpus is hidden and none of your own is shown. Add documents, or untick “Hide the default corpus”.';
  assert.equal(await page.locator('#chart-area .not-available').textContent(), said);
  assert.equal(await page.locator('#evidence .not-available').textContent(), said);
  assert.equal(await page.locator('#document-list li.hidden-corpus').count(), 5, 'the corpus is marked hidden in the list');
  await page.uncheck('#hide-corpus');
  await waitForAnalysis(page, 5);
  assert.deepEqual(problems, []);
  await page.close();
});

// The default corpus all leans one way (near −0.9 on both axes): on axes from pole to pole its five
// documents crowded one corner, their differences a few pixels wide. The axes are fitted to the
// documents unless the reader asks for the whole scale, and the reading says which.
test('the map and rankings fit their axes to the documents; Full scale shows pole to pole, and a link keeps it', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const map = page.locator('#chart-map');
  const ticks = (figure) => xTicks(figure.locator('.chart-body svg'));
  const spread = async () => {
    const dots = await boxesOf(map.locator('.chart-body svg g[aria-label="dot"] circle'));
    return Math.max(...dots.map((dot) => dot.left)) - Math.min(...dots.map((dot) => dot.left));
  };
  const everythingInside = async () => {
    const [frame] = await boxesOf(map.locator('.chart-body svg'));
    const marks = await boxesOf(map.locator('.chart-body svg g[aria-label="dot"] circle, .chart-body svg g[aria-label="rule"] line'));
    return marks.every((mark) => mark.left >= frame.left - 0.5 && mark.right <= frame.right + 0.5 && mark.top >= frame.top - 0.5 && mark.bottom <= frame.bottom + 0.5);
  };
  const sovereignty = page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"]');

  const fitted = await ticks(map);
  assert.ok(Math.max(...fitted) < 1 || Math.min(...fitted) > -1, `the map's axis is fitted: ${fitted}`);
  assert.match(await map.locator('.reading').textContent(), /fitted to the documents: across −?\d\.\d to −?\d\.\d, up −?\d\.\d to −?\d\.\d/);
  assert.match(await sovereignty.locator('.reading').textContent(), /fitted to the documents/);
  assert.ok(await everythingInside(), 'every dot and whisker lies inside the fitted map');
  const fittedSpread = await spread();
  await map.screenshot({ path: `${SCREENSHOTS}map-fitted.png` });

  await page.check('#full-scale');
  await page.waitForFunction(() => /scale=full/.test(location.hash));
  const full = await ticks(map);
  assert.ok(Math.min(...full) === -1 && Math.max(...full) === 1, `pole to pole: ${full}`);
  assert.doesNotMatch(await map.locator('.reading').textContent(), /fitted/);
  const ranked = await ticks(sovereignty);
  assert.ok(Math.min(...ranked) === -1 && Math.max(...ranked) === 1, `the rankings follow the same switch: ${ranked}`);
  const fullSpread = await spread();
  assert.ok(fittedSpread >= 2 * fullSpread, `fitted, the documents stand further apart (${fittedSpread} px against ${fullSpread} px)`);

  // The switch is part of the view: a reload and an embed's snippet keep it.
  await page.reload();
  await waitForAnalysis(page, 5);
  assert.equal(await page.isChecked('#full-scale'), true);
  assert.deepEqual(await ticks(map), full);
  await map.locator('button[data-action="embed"]').click();
  assert.match(await page.inputValue('#embed-iframe'), /#scale=full|&scale=full/);
  assert.match(await page.inputValue('#embed-element'), / scale="full"/);
  await page.keyboard.press('Escape');

  // A document at the other pole widens the fitted axes to nearly the whole scale, which is then shown whole.
  await page.uncheck('#full-scale');
  await paste(page, 'ICANN side', ICANN_SIDE);
  const widened = await ticks(map);
  assert.ok(Math.min(...widened) === -1 && Math.max(...widened) === 1, `with both sides present the scale is whole: ${widened}`);
  assert.doesNotMatch(await map.locator('.reading').textContent(), /fitted/);
  assert.deepEqual(problems, []);
});
