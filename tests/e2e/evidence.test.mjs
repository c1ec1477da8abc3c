// The evidence view on a real analysis: a pasted document whose sentences put cues in the author's
// own voice, under negation, attributed to another actor and held at a distance (所谓). The view
// must highlight each with its own style, draw the contributions, and insert the text as text,
// leaving out the footnote markers the analysis cut out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, waitForAnalysis } from './browser.mjs';

const fixture = pageServerAndBrowser();

const TEXT = [
  '我们坚持网络主权原则<sup>①</sup>，各国应尊重网络主权。',
  '美国鼓吹由ICANN管理互联网，主张多利益攸关方模式。',
  '我们反对所谓多利益攸关方模式<b>凌驾</b>于国家之上。',
  '联合国应当在网络空间治理中发挥核心作用，国际电信联盟也应发挥作用。',
].join('\n');

test('evidence sentences show own, negated, attributed and criticised cue words apart', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.fill('#paste-text', TEXT);
  await page.fill('#paste-title', 'evidence test');
  await page.click('#paste-form button[type="submit"]');
  await waitForAnalysis(page, 6);
  await settled(page);
  const value = await page.locator('#evidence-select option', { hasText: 'evidence test' }).getAttribute('value');
  await page.selectOption('#evidence-select', value);
  const evidence = page.locator('#evidence');
  await evidence.locator('ol.sentences li').first().waitFor();
  await evidence.locator('details.other-voices summary').first().click();
  const marks = evidence.locator('ol.sentences mark.hit');
  const own = await evidence.locator('ol.sentences mark.hit:not(.negated):not(.attributed):not(.criticised)').allTextContents();
  assert.ok(own.includes('网络主权'), `own-voice cue highlighted: ${own}`);
  assert.ok(own.includes('联合国'), `own-voice UN cue highlighted: ${own}`);
  assert.ok((await evidence.locator('ol.sentences mark.hit.attributed').allTextContents()).includes('ICANN'));
  assert.ok((await evidence.locator('ol.sentences mark.hit.criticised').allTextContents()).includes('多利益攸关方'));
  assert.ok((await marks.count()) >= 5);
  assert.equal(await evidence.locator('ol b').count(), 0, 'document text is inserted as text');
  const shown = (await evidence.locator('ol').allTextContents()).join('');
  assert.match(shown, /<b>凌驾<\/b>/);
  assert.match(shown, /我们坚持网络主权原则，各国应尊重网络主权。/, 'the footnote marker is left out');
  assert.doesNotMatch(shown, /<sup>|①/);
  const voices = await evidence.locator('details.other-voices summary').allTextContents();
  assert.ok(voices.some((text) => text.startsWith('Other voices: 1 sentence with')), `singular: ${voices.join(' | ')}`);
  // "Other voices: 0 sentences with …" where there were none.
  // "Other voices: 0 sentences with …" where there were none; some corpus document has none.
  const summaries = [];
  for (const option of await page.locator('#evidence-select option').evaluateAll((options) => options.map((o) => o.value))) {
    await page.selectOption('#evidence-select', option);
    summaries.push(...(await evidence.locator('details.other-voices summary').allTextContents()));
  }
  assert.ok(summaries.includes('Other voices: none'), `none said as none: ${summaries.join(' | ')}`);
  // 003 is hard-wrapped: each line break between two hanzi showed as a space ("尊 重").
  await page.selectOption('#evidence-select', '003-community-shared-future-cyberspace');
  const wrapped = (await evidence.locator('ol.sentences').allTextContents()).join('');
  assert.ok(wrapped.length > 100);
  assert.doesNotMatch(wrapped, /[\u4e00-\u9fff]\s*\n\s*[\u4e00-\u9fff]/);
  assert.ok(!summaries.some((text) => /^Other voices: 0/.test(text)), summaries.join(' | '));
  // 001's UN score rests on two sentences, and its interval reached 0.00 with no word of why.
  await page.selectOption('#evidence-select', '001-china-us-major-power-relations-cyberspace');
  const lines = await evidence.locator('p.evidence-summary').allTextContents();
  assert.ok(lines.some((line) => line.endsWith('a wide interval, as the score rests on 2 sentences')), lines.join(' | '));
  assert.equal(lines.filter((line) => /wide interval/.test(line)).length, 1, `a narrow one is not called wide: ${lines.join(' | ')}`);
  // The contribution bars of a Traditional document were labelled in Simplified, as the cues are.
  await page.selectOption('#evidence-select', '002-china-position-international-rules-cyberspace');
  const labels = await evidence.locator('figure[data-chart="contributions-sovereignty_multistakeholder"] g[aria-label="y-axis tick label"] text').allTextContents();
  assert.ok(labels.includes('國家主權') && !labels.includes('国家主权'), `as the document writes them: ${labels}`);
  await page.selectOption('#evidence-select', value);
  // The bars beside the sentences were explained nowhere.
  assert.deepEqual(await page.locator('#chart-evidence .legend .pole-key').allTextContents(), ['sentence for the left-hand pole', 'sentence for the right-hand pole']);
  assert.ok((await evidence.locator('figure[data-chart^="contributions-"] g[aria-label="bar"] rect').count()) >= 2);
  // What the pipeline removed is listed once asked for, as text.
  const removals = evidence.locator('details.removals');
  assert.equal(await removals.locator('table').count(), 0, 'the removals table is built on opening');
  await removals.locator('summary').click();
  await removals.locator('tbody tr').first().waitFor();
  // The kind of each removal is named in words, not by the engine's code (footnote_marker).
  assert.deepEqual(await removals.locator('thead th').allTextContents(), ['What', 'Times', 'Text']);
  assert.deepEqual(await removals.locator('tbody tr').first().locator('th, td').allTextContents(), ['Footnote marker', '1', '<sup>①</sup>']);
  assert.equal(await removals.locator('sup').count(), 0);
  await evidence.screenshot({ path: `${SCREENSHOTS}evidence-view.png` });
  assert.deepEqual(problems, []);
});

test('a sentence on both poles is listed once; the contribution table says what its numbers are; cue words are legible in dark mode', async () => {
  const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US', colorScheme: 'dark' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // It was listed twice, once under each pole's bar.
  await page.fill('#paste-title', 'both poles');
  await page.fill('#paste-text', 'ICANN should remain independent of the ITU. The ITU and ICANN both met again. We support ICANN.');
  await page.click('#paste-form button[type="submit"]');
  await settled(page);
  const value = await page.locator('#evidence-select option', { hasText: 'both poles' }).getAttribute('value');
  await page.selectOption('#evidence-select', value);
  const lists = await page.locator('#evidence ol.sentences').evaluateAll((ols) => ols.map((ol) => [...ol.children].map((li) => ({ text: li.textContent, className: li.className }))));
  for (const items of lists) {
    const texts = items.map((item) => item.text);
    assert.equal(new Set(texts).size, texts.length, `each sentence once: ${texts.join(' | ')}`);
  }
  assert.ok(lists.flat().some((item) => /pole-negative/.test(item.className) && /pole-positive/.test(item.className)), JSON.stringify(lists));
  // The header read "Score" over contributions.
  const headers = await page.locator('#evidence figure[data-chart^="contributions-"] thead th').first().locator('xpath=..').locator('th').allTextContents();
  assert.deepEqual(headers, ['Term', 'Counted as written', 'Cue hits', 'Contribution']);
  // Text on a highlighted cue word stood at 3.4:1 in dark mode, under WCAG AA's 4.5:1.
  const ratio = await page.locator('#evidence mark.hit').first().evaluate((mark) => {
    const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    const style = getComputedStyle(mark);
    const [light, dark] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
  });
  assert.ok(ratio >= 4.5, `contrast ${ratio.toFixed(2)}:1`);
  await page.locator('#evidence').screenshot({ path: `${SCREENSHOTS}evidence-both-poles-dark.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a document whose heading names its author says so, and that author’s sentences count as its own', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // Governments write of themselves in the third person: without the heading's author, "The
  // United States believes…" was another actor's position in the US's own submission.
  await page.fill('#paste-title', 'US submission');
  await page.fill('#paste-text', [
    'U.S. Government Submission for NETmundial',
    '',
    'The United States believes that the multistakeholder model of Internet governance must be preserved.',
    'The United States supports the multistakeholder approach and the private sector’s leading role.',
    // Under the US's heading 中国 is another actor, not the author's own voice.
    '中国主张网络主权。',
  ].join('\n'));
  await page.click('#paste-form button[type="submit"]');
  await settled(page);
  const value = await page.locator('#evidence-select option', { hasText: 'US submission' }).getAttribute('value');
  await page.selectOption('#evidence-select', value);
  const evidence = page.locator('#evidence');
  assert.equal(await evidence.locator('p.evidence-author').textContent(), 'The heading names its author, the United States: sentences in which the United States speaks are read as the author’s own. China (中国, 中方, 以中国为首…), which speaks for the author when a document names none, is read as another actor.');
  const own = await evidence.locator('ol.sentences mark.hit:not(.negated):not(.attributed):not(.criticised)').allTextContents();
  assert.ok(own.some((text) => /multistakeholder/i.test(text)), `own-voice cue: ${own}`);
  // The one attributed cue is China's, among the other voices; the author's sentences are its own.
  assert.deepEqual(await evidence.locator('ol.sentences mark.hit.attributed').allTextContents(), ['网络主权']);
  assert.equal(await evidence.locator('.other-voices mark.hit.attributed').count(), 1);
  await evidence.screenshot({ path: `${SCREENSHOTS}evidence-author.png` });
  // A corpus document names no author and shows no such line.
  await page.selectOption('#evidence-select', { index: 0 });
  assert.equal(await evidence.locator('p.evidence-author').count(), 0);
  // A document with no Chinese sentence has no 中国 to speak of, and the line says nothing of it.
  await page.fill('#paste-title', 'US statement');
  await page.fill('#paste-text', 'U.S. Government Submission for NETmundial\n\nThe United States supports the multistakeholder model.');
  await page.click('#paste-form button[type="submit"]');
  await settled(page);
  await page.selectOption('#evidence-select', await page.locator('#evidence-select option', { hasText: 'US statement' }).getAttribute('value'));
  assert.equal(await evidence.locator('p.evidence-author').textContent(), 'The heading names its author, the United States: sentences in which the United States speaks are read as the author’s own.');
  assert.deepEqual(problems, []);
});

test('a Markdown file’s link addresses, code and list markers are cut, and the removals are named as such', async () => {
  const folder = scratchFolder('stance-e2e-md-');
  writeFileSync(join(folder, 'notes.md'), [
    '# Our position',
    '',
    'We support the [multistakeholder model](https://example.org/msm) of Internet governance.',
    '',
    '```',
    'sovereignty sovereignty',
    '```',
    '',
    '- The private sector and civil society should lead, bottom-up.',
  ].join('\n'));
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.setInputFiles('#file-input', [join(folder, 'notes.md')]);
  await settled(page);
  const value = await page.locator('#evidence-select option', { hasText: 'notes' }).getAttribute('value');
  await page.selectOption('#evidence-select', value);
  const evidence = page.locator('#evidence');
  const shown = (await evidence.locator('ol.sentences').allTextContents()).join(' ');
  // The address was shown in the evidence, though the analysis had cut it, and then the link
  // text's brackets ("[multistakeholder model]"), which a reader of the page never sees.
  assert.match(shown, /We support the multistakeholder model of Internet governance\./, 'the link text stays, its address and brackets go');
  assert.doesNotMatch(shown, /example\.org|sovereignty/, 'neither the address nor the code block is read');
  const removals = evidence.locator('details.removals');
  await removals.locator('summary').click();
  await removals.locator('tbody tr').first().waitFor();
  const kinds = await removals.locator('tbody th').allTextContents();
  for (const kind of ['Link address or brackets (Markdown)', 'Code block (Markdown)', 'Quote, list or table marker (Markdown)']) {
    assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(' | ')}`);
  }
  await evidence.screenshot({ path: `${SCREENSHOTS}evidence-markdown.png` });
  assert.deepEqual(problems, []);
});
