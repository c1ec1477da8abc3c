// Exports: each chart as SVG and PNG with its Chinese text, the scores as CSV and JSON, and the
// session (documents and dimension files) as JSON that a fresh browser imports again. Also the
// dimension file round trip and a malformed dimension file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, sovereigntyDots, waitForAnalysis } from './browser.mjs';

const folder = scratchFolder('stance-exports-');
const fixture = pageServerAndBrowser();

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('charts, scores and the session are exported; the session imports again', async () => {
  const context = await fixture.browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);

  const svgs = {};
  for (const chart of ['map', 'ranking-sovereignty_multistakeholder', 'heatmap', 'keyness']) {
    const svg = readFileSync(await downloadOf(page, () => page.click(`#chart-${chart} button[data-action=svg]`)), 'utf8');
    assert.match(svg, /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/, `${chart}: a standalone SVG`);
    assert.match(svg, /联合国回归/, `${chart}: Chinese labels are kept as text`);
    const png = readFileSync(await downloadOf(page, () => page.click(`#chart-${chart} button[data-action=png]`)));
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], `${chart}: a PNG`);
    assert.ok(png.length > 5000, `${chart}: the PNG has content`);
    svgs[chart] = svg;
  }
  // The heatmap's colour scale is an SVG of its own beside the cells; it was left out.
  assert.match(svgs.heatmap, /Distance/, 'the heatmap exports with its colour scale');
  // Key terms are one panel per document: they had no export at all.
  const panels = await page.locator('#chart-keyness .chart-body svg').count();
  assert.equal(panels, 5);
  assert.equal(svgs.keyness.match(/<svg/g).length, 1 + panels, 'every key-term panel is exported');
  for (const title of ['000 联合国回归', '004 国际网络空间安全战略']) assert.ok(svgs.keyness.includes(title), `the panel of ${title} is named in the export`);
  assert.equal(await page.locator('#chart-keyness h2').count(), 0, 'the panels add no heading to the page outline');
  // A chart inside the evidence is headed by an h5 now; its export still carries its title.
  const contributions = readFileSync(await downloadOf(page, () => page.click('#chart-contributions-sovereignty_multistakeholder button[data-action=svg]')), 'utf8');
  assert.match(contributions, /<text[^>]*>Contributions of cue words: state sovereignty ↔ multistakeholder<\/text>/);
  // The figure's reading goes with it: which documents the map leaves out was on the page only.
  // Its lines joined again, as the caption wraps them wherever its width falls; the fitted axes'
  // range goes with it too, or an exported map would pass for one drawn pole to pole.
  const caption = svgs.map.replace(/<\/text><text[^>]*>/g, ' ');
  assert.match(caption, /Not placed \(insufficient evidence/, 'the map exports its reading');
  assert.match(caption, /The axes are fitted to the documents: across −\d\.\d to −\d\.\d/, 'and says its axes are fitted');
  assert.doesNotMatch(svgs.map, /your documents/, 'no colour key for the corpus alone');
  assert.doesNotMatch(contributions, /your documents/, 'nor where the colours are poles');

  await page.fill('#paste-title', 'Mine');
  await page.fill('#paste-text', 'We support the multistakeholder model and the role of civil society and the private sector. ICANN and the IETF should continue to coordinate the unique identifiers of the Internet. The IANA functions should stay with ICANN. The regional Internet registries serve the technical community well.');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  // With the reader's document beside the corpus, the colours mean something only with their key.
  const mixed = readFileSync(await downloadOf(page, () => page.click('#chart-map button[data-action=svg]')), 'utf8');
  assert.match(mixed, /<text[^>]*>default corpus<\/text>/);
  assert.match(mixed, /<text[^>]*>your documents<\/text>/);
  await downloadOf(page, () => page.click('#chart-map button[data-action=png]'));
  // Look at an exported PNG as an image, with its Chinese labels, its reading and its key.
  const shown = await context.newPage();
  await shown.setContent(`<img src="data:image/png;base64,${readFileSync(join(folder, 'stance-map.png')).toString('base64')}" style="width:640px">`);
  await shown.screenshot({ path: `${SCREENSHOTS}export-map-png.png` });
  await shown.close();
  await page.locator('#document-list li.user').getByRole('button', { name: /Remove/ }).click();
  await settled(page);

  const csv = readFileSync(await downloadOf(page, () => page.click('#export-csv')), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  // The command line's columns in its order (salience and attributed hits were missing).
  assert.equal(lines[0], 'document,path,source,dimension,status,score,ci_low,ci_high,hits,salience,attributed_hits');
  assert.ok(lines.slice(1).every((line) => /^(?:"[^"]*",){9}"\d+(\.\d+)?","\d+"$/.test(line)), lines.join('\n'));
  assert.equal(lines.length, 1 + 5 * 2, 'one row per document and dimension');
  assert.match(csv, /"000 联合国回归 \(中州学刊 2020\)"/);
  const json = JSON.parse(readFileSync(await downloadOf(page, () => page.click('#export-json')), 'utf8'));
  assert.equal(json.scores.length, 10);
  assert.ok(json.scores.every((row) => row.status !== 'ok' || (row.ci_low <= row.score && row.score <= row.ci_high)));
  // The scores alone left a researcher without the sentences and hits behind them.
  const reports = JSON.parse(readFileSync(await downloadOf(page, () => page.click('#export-reports')), 'utf8'));
  assert.equal(reports.documents.length, 5);
  const first = reports.documents.find((doc) => doc.id.startsWith('000'));
  assert.equal(first.title, '000 联合国回归 (中州学刊 2020)');
  assert.ok(first.dimensions.un_icann.evidence.negative.length > 0, 'with its evidence sentences');
  assert.ok(first.dimensions.un_icann.own_hits.every((group) => group.spans.length === group.sentences.length), 'and every hit');
  assert.ok(Object.keys(reports.comparison.keyness).length === 5, 'and the comparison');

  await page.fill('#paste-title', '我的文件');
  await page.fill('#paste-text', '我们坚持网络主权和国家主权原则，尊重各国的管辖权。我们主张多边主义。');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  const dimension = readFileSync(await downloadOf(page, () => page.locator('#dimension-list li').first().getByRole('button', { name: /Export/ }).click()), 'utf8');
  const custom = { ...JSON.parse(dimension), id: 'custom_test', negative: 'Security first', positive: 'Openness first' };
  writeFileSync(join(folder, 'custom.json'), JSON.stringify(custom));
  await page.setInputFiles('#dimension-input', join(folder, 'custom.json'));
  await settled(page);
  assert.equal(await page.locator('#dimension-list li').count(), 3, 'a loaded dimension file adds a dimension');
  assert.ok(await page.locator('figure.chart[data-dimension="custom_test"] g[aria-label="dot"] circle').count() >= 5, 'and it is charted without a reload');

  writeFileSync(join(folder, 'broken.json'), '{"id": "x", "negative": "a",\n "cues": 3}');
  await page.setInputFiles('#dimension-input', join(folder, 'broken.json'));
  await settled(page);
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => m.startsWith('broken.json')), `a malformed dimension file is named: ${messages}`);
  assert.equal(await page.locator('#dimension-list li').count(), 3, 'and nothing already loaded is lost');
  await page.screenshot({ path: `${SCREENSHOTS}dimensions.png`, fullPage: true });

  // A second file with the same id, saved as UTF-16 (read by the engine, as on the command line):
  // it replaces the first, which is set aside and named, as the command line names it.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ ...custom, positive: 'Openness, again' }), 'utf16le')]);
  writeFileSync(join(folder, 'custom-again.json'), utf16);
  await page.setInputFiles('#dimension-input', join(folder, 'custom-again.json'));
  await settled(page);
  const replaced = await page.locator('#problems li span').allTextContents();
  assert.ok(
    replaced.includes('custom-again.json: dimension `custom_test` replaces the one from custom.json (of two dimension files with one id, the later is used)'),
    `${replaced}`,
  );
  assert.equal(await page.locator('#dimension-list li').count(), 3, 'one dimension of that id');
  assert.match(await page.locator('#dimension-list').textContent(), /Openness, again/);

  const sessionPath = await downloadOf(page, () => page.click('#export-session'));
  const session = JSON.parse(readFileSync(sessionPath, 'utf8'));
  assert.equal(session.format, 'stance-session');
  assert.equal(session.documents.length, 1);
  assert.deepEqual(session.dimensionFiles.map((file) => file.name), ['custom-again.json'], 'the file set aside is not in the session');

  const fresh = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(fixture.served.url);
  await waitForAnalysis(other, 5);
  await settled(other);
  await other.setInputFiles('#session-input', sessionPath);
  await settled(other);
  assert.deepEqual(await other.locator('#document-list li.user .doc-title').allTextContents(), ['我的文件']);
  assert.equal(await other.locator('#dimension-list li').count(), 3);
  assert.equal(await sovereigntyDots(other), 6);
  assert.equal(await other.locator('#status').textContent(), 'Session imported: 1 document.');
  // Imported a second time, the session listed each of its documents twice.
  await other.setInputFiles('#session-input', sessionPath);
  await settled(other);
  assert.deepEqual(await other.locator('#document-list li.user .doc-title').allTextContents(), ['我的文件']);
  assert.equal(await other.locator('#status').textContent(), 'Session imported: 0 new documents (1 already here).');
  // Nothing new to analyse: the session's settings were stored but never drawn.
  const hiding = { ...session, dimensionFiles: [], settings: { ...session.settings, hideCorpus: true } };
  writeFileSync(join(folder, 'hiding.json'), JSON.stringify(hiding));
  await other.setInputFiles('#session-input', join(folder, 'hiding.json'));
  await settled(other);
  await other.waitForFunction(() => document.querySelectorAll('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="dot"] circle').length === 1);
  await other.uncheck('#hide-corpus');
  // A session with a document the engine refuses: the status counts what was charted, and the
  // problem, where it once said every document was imported.
  const another = { ...session.documents[0], title: '另一份', path: '另一份.txt' };
  const withBad = { ...session, documents: [another, { ...session.documents[0], title: 'bad', path: 'bad.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]).toString('base64') }] };
  writeFileSync(join(folder, 'with-bad.json'), JSON.stringify(withBad));
  await other.setInputFiles('#session-input', join(folder, 'with-bad.json'));
  await settled(other);
  assert.equal(await other.locator('#status').textContent(), 'Session imported: 1 document. Problems: 1');
  await fresh.close();

  writeFileSync(join(folder, 'not-a-session.json'), '[1, 2]');
  await page.setInputFiles('#session-input', join(folder, 'not-a-session.json'));
  await settled(page);
  assert.ok((await page.locator('#problems li span').allTextContents()).some((m) => m.startsWith('not-a-session.json')));
  assert.equal(await page.locator('#status').textContent(), 'not-a-session.json was not imported (see the problem below); nothing changed.');
  // Damaged sessions quoted the parser ("Failed to execute 'atob' on 'Window'…", a binary file's
  // bytes) or named a dimension file the reader does not have, without the session.
  const damaged = {
    'binary-session.json': Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x41]),
    'bad-base64.json': JSON.stringify({ ...session, documents: [{ ...session.documents[0], title: 'broken', bytes: '%%%' }] }),
    'bad-dimension.json': JSON.stringify({ ...session, documents: [], dimensionFiles: [{ name: 'dim_bad_weight.json', json: '{"id": "x", "negative": "a", "positive": "b", "cues": [{"term": "x", "pole": "negative", "weight": -1}]}' }] }),
  };
  const said = {
    'binary-session.json': 'binary-session.json: this is not a Stance session file (it is not JSON text)',
    'bad-base64.json': 'bad-base64.json: the session is damaged: its document “broken” cannot be read back',
    'bad-dimension.json': /^bad-dimension\.json: dim_bad_weight\.json, line 1: /,
  };
  for (const [name, contents] of Object.entries(damaged)) {
    writeFileSync(join(folder, name), contents);
    await page.setInputFiles('#session-input', join(folder, name));
    await settled(page);
    const messages = await page.locator('#problems li span').allTextContents();
    const message = messages.find((m) => m.startsWith(name));
    if (typeof said[name] === 'string') assert.equal(message, said[name], messages.join(' | '));
    else assert.match(message ?? '', said[name], messages.join(' | '));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart exported in dark mode keeps the mark colours the page shows, key included', async () => {
  const context = await fixture.browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 }, locale: 'en-US', colorScheme: 'dark' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.fill('#paste-title', 'Mine');
  await page.fill('#paste-text', 'We support the multistakeholder model and the role of civil society and the private sector. ICANN and the IETF should continue to coordinate the unique identifiers of the Internet. The IANA functions should stay with ICANN. The regional Internet registries serve the technical community well.');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  const svg = readFileSync(await downloadOf(page, () => page.click('#chart-map button[data-action=svg]')), 'utf8');
  // The attributes' darker blue and vermilion were exported onto the dark background, where the
  // page's style sheet had shown Okabe–Ito's lighter blue and orange.
  assert.doesNotMatch(svg, /"#0072B2"|"#D55E00"/, 'no mark keeps the light-mode colour');
  const lightBlue = 'rgb\\(86, 180, 233\\)';
  const orange = 'rgb\\(230, 159, 0\\)';
  assert.match(svg, new RegExp(`<circle[^>]*fill="${lightBlue}"`), 'the corpus dots are the lighter blue');
  assert.match(svg, new RegExp(`<circle[^>]*fill="${orange}"`), "the reader's dot is orange");
  assert.match(svg, new RegExp(`stroke="${lightBlue}"`), 'and so are the whiskers');
  assert.match(svg, new RegExp(`<circle cx="13" cy="[\\d.]+" r="5" fill="${lightBlue}"`), 'the key shows the colour of the marks');
  await downloadOf(page, () => page.click('#chart-map button[data-action=png]'));
  const shown = await context.newPage();
  await shown.setContent(`<img src="data:image/png;base64,${readFileSync(join(folder, 'stance-map.png')).toString('base64')}" style="width:640px">`);
  await shown.screenshot({ path: `${SCREENSHOTS}export-map-png-dark.png` });
  await shown.close();
  assert.deepEqual(problems, []);
  await context.close();
});
