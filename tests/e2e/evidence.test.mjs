// The evidence view against the report fields it expects from the model and pipeline branches
// (see the header of www/src/evidence.js): sentences with highlighted, tagged cue words, the
// contributions chart, and removed text on request. The engine in this branch has none of these
// fields yet, so the module is bundled on its own and given a report of the expected shape.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchChromium, SCREENSHOTS, serveWww, waitForAnalysis } from './browser.mjs';

let served;
let browser;
before(async () => {
  served = await serveWww();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  served?.server.close();
});

const TEXT = '我们坚持网络主权原则。我们不赞成所谓多利益攸关方模式。<b>有人</b>认为私营部门应当主导，这是错误的。';

test('sentences, tags, contributions and removals are drawn from the report', async () => {
  const bundle = await build({
    stdin: { contents: "import { evidenceView } from './evidence.js'; window.evidenceView = evidenceView;", resolveDir: fileURLToPath(new URL('../../www/src/', import.meta.url)) },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  // Only this test injects a script, so only it bypasses the page's CSP.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(served.url);
  await waitForAnalysis(page, 5);
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const at = (term, from = 0) => [TEXT.indexOf(term, from), TEXT.indexOf(term, from) + term.length];
  const report = {
    sourceText: TEXT,
    text: { removals: [{ kind: 'footnote', span: [0, 3], excerpt: '[1] 注释' }] },
    dimensions: {
      sovereignty_multistakeholder: {
        score: -0.6,
        ci: [-0.8, -0.3],
        status: 'ok',
        hits: [{}, {}, {}],
        salience: 4.2,
        contributions: [
          { term: '网络主权', contribution: -2 },
          { term: '多利益攸关方', contribution: 0.4 },
          { term: '私营部门', contribution: 0.2 },
        ],
        evidence: {
          negative: [{ span: [0, 11], hits: [{ term: '网络主权', span: at('网络主权'), tags: [] }] }],
          positive: [
            { span: [11, 30], hits: [{ term: '多利益攸关方', span: at('多利益攸关方'), tags: ['negated'] }] },
            { span: [30, TEXT.length], hits: [{ term: '私营部门', span: at('私营部门'), tags: ['attributed', 'criticised'] }] },
          ],
        },
      },
    },
  };
  await page.evaluate(({ report }) => {
    const dimension = { id: 'sovereignty_multistakeholder', negative: 'a', positive: 'b', cues: [] };
    const figure = window.evidenceView({ id: 'x', title: 'Test <i>document</i>', report }, [dimension], 700);
    document.getElementById('evidence').replaceChildren(figure);
  }, { report });
  const evidence = page.locator('#evidence');
  assert.equal(await evidence.locator('ol.sentences li').count(), 3);
  assert.deepEqual(await evidence.locator('mark.hit:not(.legend mark)').allTextContents(), ['网络主权', '多利益攸关方', '私营部门']);
  assert.equal(await evidence.locator('ol mark.negated').textContent(), '多利益攸关方');
  assert.equal(await evidence.locator('ol mark.attributed.criticised').textContent(), '私营部门');
  assert.equal(await evidence.locator('b').count(), 0, 'document text is inserted as text');
  assert.match(await evidence.locator('ol').textContent(), /<b>有人<\/b>/);
  assert.equal(await evidence.locator('figure[data-chart="contributions-sovereignty_multistakeholder"] g[aria-label="bar"] rect').count(), 3);
  await evidence.locator('details.removals summary').click();
  assert.match(await evidence.locator('details.removals table').textContent(), /footnote.*\[1\] 注释/);
  assert.match(await evidence.locator('.evidence-summary').textContent(), /-0\.60.*Cue hits: 3.*4\.2/);
  await evidence.screenshot({ path: `${SCREENSHOTS}evidence-view.png` });
  await context.close();
});
