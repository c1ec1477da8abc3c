// What the shares change for a reader of the page: the served page (www/, with the patch's engine
// client) in Chromium, the default corpus analysed, then the benchmark text added as a file, then
// again with one line more (a second long document, the helper workers now started). Per number
// of cores the page is told it has (navigator.hardwareConcurrency, which sets the shares): the
// milliseconds, by the page's clock, from the file input's change to the charts settled again,
// the part of them spent analysing (from the status saying so to the status counting the
// document), and the renderer's peak memory over both files, as bench/chromium.mjs reads it.
// Prints a table (medians of `rounds` fresh browsers).
// Usage, after applying shares.patch and `npm run build`: node bench/shares/in-the-page.mjs [rounds]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveWww } from '../../tests/e2e/browser.mjs';
import { addFilesToServedPage, median, WORK, writeBenchCorpus } from '../common.mjs';

const ROUNDS = Number(process.argv[2] ?? 3);
const CORES = [1, 2, 4];
const first = writeBenchCorpus();
const second = join(WORK, 'corpus-5mb-again.txt');
writeFileSync(second, `${readFileSync(first, 'utf8')}\n我们坚持网络主权。\n`);

async function round(url, cores) {
  const { added, documents, peakBytes } = await addFilesToServedPage(url, [first, second], (context) =>
    context.addInitScript((cores) => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => cores }), cores),
  );
  if (documents !== 2) throw new Error(`${cores} cores: ${documents} of the 2 long documents charted`);
  const [one, two] = added;
  return { first: one.ms, firstAnalysing: one.analysing, second: two.ms, secondAnalysing: two.analysing, peak: peakBytes / 1e6 };
}

const { server, url } = await serveWww();
const rows = [];
for (const cores of CORES) {
  const rounds = [];
  for (let index = 0; index < ROUNDS; index++) rounds.push(await round(url, cores));
  const of = (key) => median(rounds.map((r) => r[key]));
  const ms = (key) => `${of(key).toFixed(0)} (${of(`${key}Analysing`).toFixed(0)})`;
  rows.push(`| ${cores} | ${ms('first')} | ${ms('second')} | ${of('peak').toFixed(1)} |`);
}
server.close();
console.log(`medians of ${ROUNDS} fresh browsers\n`);
console.log('| cores | first 5 MB file, ms (analysing) | second, ms (analysing) | peak memory, MB |\n|---|---|---|---|');
console.log(rows.join('\n'));
