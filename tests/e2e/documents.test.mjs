// The reader's own documents: a .txt, a .docx and a Chinese .pdf are added, charted, kept across a
// reload; bad files get a message naming them; user text and file names are never run as HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmapPdf, docx } from './fixtures.mjs';
import { openPage, pageServerAndBrowser, scratchFolder, SCREENSHOTS, settled, sovereigntyDots, waitForAnalysis } from './browser.mjs';

const TEXT = '我们坚持网络主权和国家主权原则，尊重各国的管辖权。我们主张多边主义，在联合国框架下依据联合国宪章制定国际条约。互联网治理应当政府主导，坚持多边参与。';
const EVIL = '<img src=x onerror=alert(1)>';
const folder = scratchFolder('stance-e2e-');

const fixture = pageServerAndBrowser(async ({ browser }) => {
  writeFileSync(join(folder, 'position.txt'), TEXT);
  writeFileSync(join(folder, 'memo.docx'), docx('多利益攸关方模式是互联网治理的基础。私营部门、公民社会和技术社群自下而上地参与。ICANN 与 IANA 职能由社群治理，IETF 制定标准。'));
  writeFileSync(join(folder, `${EVIL}.txt`), EVIL);
  // A saved web page: named by its <title>, not by its file name.
  writeFileSync(join(folder, 'speech.html'), `<html><head><title>\n  Statement on\n  cyber sovereignty </title></head><body><p>${TEXT}</p></body></html>`);
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'huge.txt'), Buffer.alloc(26 * 1024 * 1024, 'a'));
  writeFileSync(join(folder, 'picture.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]));
  // A Chinese PDF, printed by Chromium itself (CID fonts with a ToUnicode map, like most PDFs).
  const printer = await browser.newPage();
  await printer.setContent(`<html lang="zh"><body style="font: 20px 'Noto Sans CJK SC'"><p>${TEXT}</p><p>联合国宪章和主权平等原则适用于网络空间。</p></body></html>`);
  writeFileSync(join(folder, '立场文件.pdf'), await printer.pdf({ format: 'A5' }));
  await printer.close();
  writeFileSync(join(folder, '旧版立场.pdf'), cmapPdf(['我们坚持网络主权和国家主权原则，尊重各国的管辖权。', '我们主张多边主义，在联合国框架下依据联合国宪章制定国际条约。']));
});

test('adding documents, persistence, bad files and hostile names', async () => {
  const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const { problems } = await openPage.record(page, fixture.served.url);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    dialog.dismiss();
  });
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);

  await page.setInputFiles('#file-input', [join(folder, 'position.txt')]);
  await settled(page);
  assert.equal(await sovereigntyDots(page), 6, 'the .txt is charted');

  await page.setInputFiles('#file-input', [join(folder, '立场文件.pdf')]);
  await settled(page);
  assert.equal(await page.locator('#document-list li.user .doc-title', { hasText: /^立场文件$/ }).count(), 1);
  assert.equal(await sovereigntyDots(page), 7, 'the Chinese PDF is read with pdf.js and charted');

  await page.setInputFiles('#file-input', [join(folder, '旧版立场.pdf')]);
  await settled(page);
  assert.equal(await sovereigntyDots(page), 8, 'a Chinese PDF with a predefined CJK CMap is read (pdf.js CMaps)');

  await page.setInputFiles('#file-input', [join(folder, 'memo.docx')]);
  await settled(page);
  const rankingRows = () => page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="y-axis tick label"] text').allTextContents();
  const messages = () => page.locator('#problems li span').allTextContents();
  assert.ok((await rankingRows()).includes('memo'), 'the .docx is read by the engine and charted');

  await page.setInputFiles('#file-input', [join(folder, 'speech.html')]);
  await settled(page);
  assert.equal(await page.locator('#document-list li.user .doc-title', { hasText: /^Statement on cyber sovereignty$/ }).count(), 1, 'a web page is titled by its <title>');
  assert.ok((await rankingRows()).includes('Statement on cyber sovereignty'), 'and charted under it');

  await page.setInputFiles('#file-input', [join(folder, 'empty.txt'), join(folder, 'huge.txt'), join(folder, 'picture.txt'), join(folder, `${EVIL}.txt`)]);
  await settled(page);
  const shown = await messages();
  assert.ok(shown.some((m) => m.startsWith('empty.txt') && /empty/.test(m)), `empty file named: ${shown}`);
  assert.ok(shown.some((m) => m.startsWith('picture.txt') && /binary/.test(m)), `binary file named: ${shown}`);
  assert.ok(shown.some((m) => m.startsWith('huge.txt') && /26\.0 MB.*25 MB/.test(m)), `huge file named: ${shown}`);
  assert.ok(shown.some((m) => m.includes(EVIL) && /no cue words/.test(m)), `document without relevant content named: ${shown}`);
  assert.equal(await page.locator('#document-list .doc-title', { hasText: EVIL }).count(), 1, 'the hostile name is shown as text');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from user text');
  assert.equal(await sovereigntyDots(page), 10, 'nothing already loaded was lost');

  await page.fill('#paste-title', 'Pasted position');
  await page.fill('#paste-text', 'The multistakeholder model works: the private sector, civil society and the technical community govern bottom-up. ICANN and the IETF show how.');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  await page.locator('#evidence-select').selectOption({ label: '立场文件' });
  await page.screenshot({ path: `${SCREENSHOTS}own-documents.png`, fullPage: true });
  // Four problems pushed the page down a screenful, each dismissed alone.
  await page.click('#dismiss-problems');
  assert.deepEqual(await messages(), [], 'Dismiss all clears the list');
  assert.equal(await page.locator('#dismiss-problems').isVisible(), false, 'and goes with it');
  const before = await page.locator('#document-list li.user .doc-title').allTextContents();

  await page.reload();
  await waitForAnalysis(page, 5);
  await settled(page);
  const titles = await page.locator('#document-list li.user .doc-title').allTextContents();
  assert.deepEqual(titles, before, 'documents survive a reload');
  assert.ok(titles.includes('position') && titles.includes('立场文件') && titles.includes('旧版立场') && titles.includes('Pasted position'));
  assert.ok(titles.includes('Statement on cyber sovereignty'), 'a page keeps its own title');

  await page.check('#hide-corpus');
  await page.waitForFunction(() => ![...document.querySelectorAll('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="y-axis tick label"] text')].some((label) => label.textContent.includes('联合国回归')));
  assert.equal(await page.locator('figure.chart[data-dimension="sovereignty_multistakeholder"] g[aria-label="y-axis tick label"] text', { hasText: '联合国回归' }).count(), 0, 'the corpus can be hidden');
  await page.uncheck('#hide-corpus');
  await page.locator('#document-list li.user', { hasText: 'Pasted position' }).getByRole('button', { name: /Remove/ }).click();
  await page.waitForFunction((count) => document.querySelectorAll('#document-list li.user').length === count, titles.length - 1);
  // The status counted the removed document; it says what is left.
  assert.match(await page.locator('#status').textContent(), new RegExp(`^Removed “Pasted position”; ${5 + titles.length - 1} documents analysed\\.$`));
  // A removal alone can be undone, report and all, and the document is stored again.
  await page.click('#undo-remove');
  await page.waitForFunction((count) => document.querySelectorAll('#document-list li.user').length === count, titles.length);
  assert.deepEqual(await page.locator('#document-list li.user .doc-title').allTextContents(), titles, 'Undo puts it back in its place');
  assert.match(await page.locator('#status').textContent(), new RegExp(`^Brought back “Pasted position”; ${5 + titles.length} documents analysed\\.$`));
  assert.equal(await page.locator('#undo-remove').isVisible(), false, 'and Undo goes');
  await page.reload();
  await waitForAnalysis(page, 5);
  await settled(page);
  assert.deepEqual(await page.locator('#document-list li.user .doc-title').allTextContents(), titles, 'and it is kept across a reload');
  await page.screenshot({ path: `${SCREENSHOTS}after-reload.png`, fullPage: true });
  assert.equal(dialogs, 0, 'no alert ran');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a large batch shows progress and can be cancelled; the page stays responsive', async () => {
  const corpusText = readFileSync(new URL('../../corpus/000-un-return-cyberspace-security-governance.txt', import.meta.url), 'utf8');
  const files = [];
  for (let i = 0; i < 30; i++) {
    const path = join(folder, `batch-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(path, corpusText.repeat(8));
    files.push(path);
  }
  const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await page.setInputFiles('#file-input', files);
  await page.waitForSelector('#progress:not([hidden])');
  await page.waitForFunction(() => document.getElementById('progress').value >= 2);
  assert.match(await page.locator('#status').textContent(), /^Analysing \d+ of 30…$/);
  await page.screenshot({ path: `${SCREENSHOTS}progress.png` });
  const started = Date.now();
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  assert.ok(Date.now() - started < 500, 'the main thread answers while the worker analyses');
  await page.click('#cancel');
  await settled(page);
  assert.match(await page.locator('#status').textContent(), /cancelled/);
  assert.ok(await sovereigntyDots(page) >= 5, 'what was analysed stays charted');
  await page.fill('#paste-title', 'After cancel');
  await page.fill('#paste-text', '我们坚持网络主权和国家主权原则，尊重各国的管辖权。我们主张多边主义。');
  await page.click('#paste-form button[type=submit]');
  await settled(page);
  assert.match(await page.locator('#status').textContent(), /analysed/, 'a fresh worker takes over after cancel');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reader’s documents are removed all at once, once confirmed', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  const files = ['one', 'two', 'three'].map((name) => join(folder, `${name}.txt`));
  for (const file of files) writeFileSync(file, TEXT);
  await page.setInputFiles('#file-input', files);
  await settled(page);
  const mine = page.locator('#document-list li.user');
  assert.equal(await mine.count(), 3);
  // A folder of 95 documents took 95 clicks of Remove to clear.
  const messages = [];
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.click('#remove-all');
  assert.equal(await mine.count(), 3, 'nothing is removed unless confirmed');
  page.once('dialog', (dialog) => {
    messages.push(dialog.message());
    dialog.accept();
  });
  await page.click('#remove-all');
  await page.waitForFunction(() => document.querySelectorAll('#document-list li.user').length === 0);
  assert.match(messages[0], /^Remove all 3 of your documents/);
  assert.equal(await page.locator('#remove-all').isVisible(), false);
  await page.reload();
  await waitForAnalysis(page, 5);
  await settled(page);
  assert.equal(await mine.count(), 0, 'nor are they stored');
  assert.deepEqual(problems, []);
});

test('dropping files and choosing a folder', async () => {
  const sub = join(folder, 'folder-pick');
  mkdirSync(join(sub, 'inner'), { recursive: true });
  writeFileSync(join(sub, 'a.txt'), TEXT);
  writeFileSync(join(sub, 'inner', 'b.md'), `# 标题\n\n${TEXT}`);
  // The same name in another format: both were titled "a", and could not be told apart.
  writeFileSync(join(sub, 'inner', 'a.md'), `# 标题\n\n${TEXT}`);
  // An empty file was named "empty.txt", where the engine names a folder's files by their path.
  writeFileSync(join(sub, 'inner', 'empty.txt'), '');
  writeFileSync(join(sub, 'notes.xyz'), 'ignored');
  writeFileSync(join(sub, 'chart.png'), 'ignored');
  // A folder's hidden files and folders were each a problem, and .git's text files documents.
  writeFileSync(join(sub, '.DS_Store'), 'ignored');
  mkdirSync(join(sub, '.git'), { recursive: true });
  writeFileSync(join(sub, '.git', 'HEAD.txt'), 'ref: refs/heads/main');
  const context = await fixture.browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  const { problems } = openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  await settled(page);

  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, TEXT);
  await page.waitForFunction(() => [...document.querySelectorAll('#document-list .doc-title')].some((e) => e.textContent === 'dropped'));
  await settled(page);

  await page.setInputFiles('#folder-input', sub);
  await settled(page);
  const titles = await page.locator('#document-list li.user .doc-title').allTextContents();
  assert.ok(titles.includes('a') && titles.includes('dropped'), `titles: ${titles}`);
  // A folder's documents were listed in the order the browser handed them over.
  const fromFolder = titles.slice(titles.indexOf('dropped') + 1);
  assert.deepEqual(fromFolder, ['a', 'a (md)', 'b'], `in path order: ${titles}`);
  assert.ok(titles.includes('a (md)') || titles.includes('a (txt)'), `the second "a" is told by its format: ${titles}`);
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => /^2 files were left out, not of a type the page reads .*: (folder-pick\/)?(notes\.xyz|chart\.png), (folder-pick\/)?(notes\.xyz|chart\.png)$/.test(m)), `a folder's other files are named in one line: ${messages}`);
  assert.ok(!messages.some((m) => /DS_Store|\.git/.test(m)), `hidden files are passed over: ${messages}`);
  assert.ok(messages.some((m) => /^(folder-pick\/)?inner\/empty\.txt: the file is empty$/.test(m)), `named by its path: ${messages}`);
  assert.ok(!titles.includes('HEAD'), `nor read: ${titles}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a document the engine runs out of memory on is named, and the next one is analysed', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // Under the 25 MB limit, but NFKC turns each ﷺ (3 bytes) into 18 characters: more than wasm's
  // 4 GB hold. The trapped engine once failed every later document with "unreachable".
  writeFileSync(join(folder, 'expands.txt'), '\uFDFA'.repeat(6_900_000));
  await page.setInputFiles('#file-input', [join(folder, 'expands.txt')]);
  await settled(page);
  const messages = await page.locator('#problems li span').allTextContents();
  assert.ok(messages.some((m) => m.startsWith('expands.txt: the engine ran out of memory on it')), `${messages}`);
  await page.setInputFiles('#file-input', [join(folder, 'position.txt')]);
  await waitForAnalysis(page, 6);
  assert.match(await page.locator('#status').textContent(), /^6 documents analysed\./);
  assert.deepEqual(problems, []);
});

test('in Chinese, what the engine finds wrong with a file is said in Chinese, with its values', async () => {
  const context = await fixture.browser.newContext({ locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const { problems } = await openPage.record(page, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  // One damaged byte in UTF-8 text: a problem with values (line and byte) to fill in.
  const text = Buffer.from('网络主权是国家主权的延伸。\n'.repeat(4));
  writeFileSync(join(folder, '损坏.txt'), Buffer.concat([text.subarray(0, 40), Buffer.from([0xa0]), text.subarray(40)]));
  // A PDF pdf.js cannot read: its own message is in English.
  writeFileSync(join(folder, '坏.pdf'), '%PDF-1.7\nnothing a PDF reader can use\n');
  await page.setInputFiles('#file-input', [join(folder, 'picture.txt'), join(folder, '损坏.txt'), join(folder, '坏.pdf')]);
  await settled(page);
  const messages = () => page.locator('#problems li span').allTextContents();
  let shown = await messages();
  assert.ok(shown.includes('picture.txt：这似乎是二进制文件，而不是文本'), `${shown}`);
  assert.ok(shown.includes('损坏.txt：UTF-8 文本在第 2 行第 1 个字节处有一处无效字节序列；请修复，或重新另存为 UTF-8'), `${shown}`);
  assert.ok(shown.includes('坏.pdf：这不是可读取的 PDF（文件可能已损坏或不完整）'), `${shown}`);
  // A dimension file's problem names its line, and the values quoted from the file.
  const cues = [{ term: 'ICANN', pole: 'positive', weight: 500 }];
  writeFileSync(join(folder, '权重.json'), JSON.stringify({ id: 'w', negative: '甲', positive: '乙', cues }, null, 1));
  await page.setInputFiles('#dimension-input', join(folder, '权重.json'));
  await settled(page);
  shown = await messages();
  assert.ok(shown.includes('权重.json 第 6 行：提示词 `ICANN` 的字段 `weight` 必须是 0.01 到 100 之间的数，而不是 `500`'), `${shown}`);
  assert.equal(await page.locator('#status').textContent(), '未载入 权重.json（问题见下）；维度保持不变。');
  assert.equal(await page.locator('figure.chart[data-chart^="ranking-"]').count(), 2, 'the dimensions in use stay');
  await page.screenshot({ path: `${SCREENSHOTS}problems-zh.png`, fullPage: true });
  // A GBK dimension file loaded as nonsense terms, without a word.
  writeFileSync(join(folder, 'gbk.json'), Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x20, 0x22, 0xcd, 0xf8, 0xc2, 0xe7, 0x22, 0x7d]));
  await page.setInputFiles('#dimension-input', join(folder, 'gbk.json'));
  await settled(page);
  assert.ok((await messages()).includes('gbk.json：维度文件是 JSON，应为 UTF-8 文本；此文件不是（请另存为 UTF-8）'), `${await messages()}`);
  // Switching language re-words the problems already listed.
  await page.click('#language');
  shown = await messages();
  assert.ok(shown.includes('picture.txt: this looks like a binary file, not text'), `${shown}`);
  assert.ok(shown.includes('权重.json, line 6: field `weight` of cue `ICANN` must be a number from 0.01 to 100, not `500`'), `${shown}`);
  assert.ok(shown.includes('坏.pdf: not a readable PDF (the file may be damaged or cut short)'), `${shown}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a problem found again is listed once', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  writeFileSync(join(folder, 'shopping.txt'), 'Bread, milk, apples and a newspaper.');
  await page.setInputFiles('#file-input', [join(folder, 'shopping.txt')]);
  await settled(page);
  // A dimension file re-analyses every document, and found the same one without cue words again.
  const builtIn = JSON.parse(readFileSync(new URL('../../data/dimensions/un_icann.json', import.meta.url), 'utf8'));
  writeFileSync(join(folder, 'another.json'), JSON.stringify({ ...builtIn, id: 'another' }));
  await page.setInputFiles('#dimension-input', join(folder, 'another.json'));
  await settled(page);
  const shown = await page.locator('#problems li span').allTextContents();
  assert.deepEqual(shown.filter((m) => m.startsWith('shopping.txt')), ['shopping.txt: no cue words of any dimension were found, so it cannot be placed']);
  // An empty paste without a title named "Pasted text 2", a document that never existed.
  await page.click('#paste-form button[type=submit]');
  await page.waitForFunction(() => [...document.querySelectorAll('#problems li span')].some((span) => span.textContent.startsWith('The text box')));
  assert.ok((await page.locator('#problems li span').allTextContents()).includes('The text box: there is no text to add'));
  assert.deepEqual(problems, []);
});

test('a document renamed to another one’s title is told apart from it', async () => {
  const { page, problems } = await openPage(fixture.browser, fixture.served.url);
  await page.goto(fixture.served.url);
  await waitForAnalysis(page, 5);
  for (const title of ['Alpha', 'Beta']) {
    await page.fill('#paste-title', title);
    await page.fill('#paste-text', TEXT);
    await page.click('#paste-form button[type=submit]');
    await settled(page);
  }
  // Two documents called "Alpha" had one label on the map and one merged key-term panel.
  page.once('dialog', (dialog) => dialog.accept('Alpha'));
  await page.locator('#document-list button[aria-label="Rename: Beta"]').click();
  await page.waitForFunction(() => !document.querySelector('#document-list button[aria-label="Rename: Beta"]'));
  assert.deepEqual(await page.locator('#document-list li.user .doc-title').allTextContents(), ['Alpha', 'Alpha (2)']);
  assert.deepEqual(problems, []);
});
