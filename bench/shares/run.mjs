// How fast one long text is analysed when the page splits it among workers (see README.md): one
// engine analysing the whole benchmark text, against `shares` engines in as many workers each
// tallying one share of its paragraphs at the same time and the first reporting from their
// tallies, and native jieba-rs segmenting the whole text in a fresh process, taking turns round by
// round, in Node (worker threads) and in Chromium (Web Workers); then the page's peak memory
// analysing the text with one engine and in shares. Wall clock from handing each worker its copy
// of the text to the report. Prints a table and writes target/bench/shares-results.json.
// Usage, after applying shares.patch and `npm run build`: node bench/shares/run.mjs [shares] [rounds]
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { launchChromium, serveWww } from '../../tests/e2e/browser.mjs';
import { timeShares } from './time-shares.mjs';
import {
  buildNativePeer,
  median,
  nativePeerRound,
  pagePeak,
  ratiosByRound,
  rendererPeaks,
  WASM_PKG,
  WORK,
  writeBenchCorpus,
} from '../common.mjs';

const SHARES = Number(process.argv[2] ?? 2);
const ROUNDS = Number(process.argv[3] ?? 9);
const WORKER = new URL('./share-worker.js', import.meta.url);

const corpus = writeBenchCorpus();
const nativePeer = buildNativePeer();

/**
 * Rounds of: one engine on the whole text, the `SHARES` engines on their shares at once, native
 * jieba-rs. `time(shares)` resolves with the milliseconds the engines took (see `timeShares`).
 * MB/s of each in each round.
 */
async function rounds(time, bytes) {
  await time(1);
  await time(SHARES);
  const rates = { one: [], shares: [], native: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rates.one.push(bytes / 1e3 / (await time(1)));
    rates.shares.push(bytes / 1e3 / (await time(SHARES)));
    rates.native.push(nativePeerRound(nativePeer, corpus).segment_mbps_native_jieba_rs);
  }
  return rates;
}

async function inNode() {
  const workers = Array.from({ length: SHARES }, () => new Worker(WORKER));
  const ask = (index, message, transfer) =>
    new Promise((resolve, reject) => {
      workers[index].once('message', (reply) => (reply.error ? reject(new Error(reply.error)) : resolve(reply)));
      workers[index].postMessage(message, transfer);
    });
  const bytes = new Uint8Array(readFileSync(corpus));
  const pkg = pathToFileURL(WASM_PKG).href;
  await Promise.all(workers.map((_, index) => ask(index, { pkg })));
  const rates = await rounds((shares) => timeShares(ask, bytes, shares), bytes.length);
  await Promise.all(workers.map((worker) => worker.terminate()));
  return rates;
}

/** The page of the Chromium rounds, served with www/: this folder and the text. */
function serve() {
  return serveWww({
    texts: { '/__shares/corpus.txt': corpus },
    folders: { '/__shares/': new URL('.', import.meta.url).pathname },
  });
}

/** A new page of `browser` holding the text, with `workers` engines in as many workers. */
async function sharesPage(browser, origin, workers) {
  const page = await browser.newPage();
  await page.goto(`${origin}/__shares/page.html`);
  // The shares are timed in the page, so that no round trip to it is timed.
  await page.evaluate(async (count) => {
    const { timeShares } = await import('/__shares/time-shares.mjs');
    const workers = Array.from({ length: count }, () => new Worker('/__shares/share-worker.js', { type: 'module' }));
    const ask = (index, message, transfer) =>
      new Promise((resolve, reject) => {
        workers[index].onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data));
        workers[index].postMessage(message, transfer);
      });
    const bytes = new Uint8Array(await (await fetch('/__shares/corpus.txt')).arrayBuffer());
    window.timeShares = (shares) => timeShares(ask, bytes, shares);
    await Promise.all(workers.map((_, index) => ask(index, { pkg: '/dist/pkg' })));
  }, workers);
  return page;
}

/**
 * Peak memory (MB) of the page's renderer analysing the text once in `shares` shares, in a
 * browser of its own with `shares` workers, as bench/chromium.mjs measures the engine's.
 */
async function peakMemoryMb(origin, shares) {
  const browser = await launchChromium();
  const cdp = await browser.newBrowserCDPSession();
  const page = await sharesPage(browser, origin, shares);
  const ready = await rendererPeaks(cdp);
  await page.evaluate((count) => window.timeShares(count), shares);
  const { peakBytes } = pagePeak(ready, await rendererPeaks(cdp));
  await browser.close();
  return peakBytes / 1e6;
}

async function inChromium() {
  const { server, origin } = await serve();
  const browser = await launchChromium();
  const page = await sharesPage(browser, origin, SHARES);
  const rates = await rounds((shares) => page.evaluate((count) => window.timeShares(count), shares), readFileSync(corpus).length);
  await browser.close();
  const memory = { one: await peakMemoryMb(origin, 1), shares: await peakMemoryMb(origin, SHARES) };
  server.close();
  return { rates, memory };
}

function summary(rates) {
  const ratio = (a, b) => median(ratiosByRound(rates[a], rates[b]));
  return {
    mbps: Object.fromEntries(Object.entries(rates).map(([name, values]) => [name, median(values)])),
    shares_to_one: ratio('shares', 'one'),
    shares_to_native: ratio('shares', 'native'),
    one_to_native: ratio('one', 'native'),
    rates,
  };
}

const chromium = await inChromium();
const results = {
  shares: SHARES,
  cores: availableParallelism(),
  node: summary(await inNode()),
  chromium: { ...summary(chromium.rates), peak_memory_mb_5mb: chromium.memory },
};
writeFileSync(join(WORK, 'shares-results.json'), `${JSON.stringify(results, null, 2)}\n`);
const cells = (f) => `${f(results.node).toFixed(2)} | ${f(results.chromium).toFixed(2)}`;
console.log(`${SHARES} shares on ${results.cores} cores, medians of ${ROUNDS} rounds\n`);
console.log('| figure | Node | Chromium |\n|---|---|---|');
console.log(`| one engine, MB/s | ${cells((r) => r.mbps.one)} |`);
console.log(`| ${SHARES} shares at once, MB/s | ${cells((r) => r.mbps.shares)} |`);
console.log(`| native jieba-rs, MB/s | ${cells((r) => r.mbps.native)} |`);
console.log(`| shares vs one engine, by round | ${cells((r) => r.shares_to_one)} |`);
console.log(`| shares vs native jieba-rs, by round | ${cells((r) => r.shares_to_native)} |`);
console.log(`| one engine vs native jieba-rs, by round | ${cells((r) => r.one_to_native)} |`);
const memory = results.chromium.peak_memory_mb_5mb;
console.log(`| peak memory, one engine / ${SHARES} shares, MB | | ${memory.one.toFixed(1)} / ${memory.shares.toFixed(1)} |`);
