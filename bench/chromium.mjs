// The browser figures, in Debian's Chromium driven by playwright-core, with www/ served locally.
// Every "first" measurement uses a fresh browser context, so nothing comes from a cache.
// Usage: node bench/chromium.mjs <text file> <rounds> <native_peer executable>   → prints one JSON
// object (bench/build-jieba-rs-wasm.sh first, as for bench/node-throughput.mjs).
import { join } from 'node:path';
import { launchChromium, serveWww } from '../tests/e2e/browser.mjs';
import {
  addFilesToServedPage,
  compressedSizes,
  FIRST_TEXT,
  JIEBA_RS_WASM,
  median,
  nativePeerRound,
  pagePeak,
  ratiosByRound,
  rendererPeaks,
  ROOT,
} from './common.mjs';

const [corpusFile, rounds = '5', nativePeer] = process.argv.slice(2);
const FIRST_CHART = 'figure.chart svg';

/**
 * www/ as the page sees it, plus the bench harness under /__bench/, the text at
 * /__bench/corpus.txt, jieba-wasm's web build under /__jieba/ and jieba-rs alone built to wasm
 * (bench/build-jieba-rs-wasm.sh) under /__jieba-rs/.
 */
function serve() {
  return serveWww({
    texts: { '/__bench/corpus.txt': corpusFile },
    folders: {
      '/__jieba/': join(ROOT, 'node_modules/jieba-wasm/pkg/web'),
      '/__jieba-rs/': JIEBA_RS_WASM,
      '/__bench/': join(ROOT, 'bench/browser'),
    },
  });
}

/**
 * Milliseconds from creating a worker to its first result, and the parts of that time: until the
 * worker's module runs (starting the worker, loading its JavaScript), then what the worker reports
 * (see bench/browser/engine-worker.js and jieba-worker.js, the worker `name` under /__bench/):
 * the engine's, and jieba-wasm's measured the same way so that the engine's time in Chromium has
 * a peer in Chromium.
 */
async function readyInWorker(browser, origin, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/blank.html`);
  const ready = await page.evaluate(
    async ({ url, first }) => {
      const start = performance.timeOrigin + performance.now();
      const { started, parts } = await window.ask(url, { first });
      const ms = performance.timeOrigin + performance.now() - start;
      return { ms, parts: { worker: started - start, ...parts } };
    },
    { url: `/__bench/${name}`, first: FIRST_TEXT },
  );
  await context.close();
  return ready;
}

/** Medians of each part of some `readyInWorker` results. */
function medianParts(ready) {
  return Object.fromEntries(Object.keys(ready[0].parts).map((part) => [part, median(ready.map(({ parts }) => parts[part]))]));
}

/**
 * Full analysis of the benchmark text in the engine worker, segmentation of it by jieba-wasm and
 * by jieba-rs alone in wasm in the same worker, and native jieba-rs in a fresh process
 * (examples/native_peer.rs), taking turns round by round: MB/s of each in each round. Native
 * jieba-rs takes its turn here as it does beside the Node rounds, so that the analysis in Chromium
 * is divided by native speed measured at the same minutes, not by the Node rounds' native figure
 * from minutes earlier. jieba-rs alone in wasm against native is the ceiling of any analysis that
 * segments with jieba-rs in this browser.
 */
async function analyzeThroughput(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/__bench/blank.html`);
  await page.evaluate((first) => window.askEngine({ first }), FIRST_TEXT);
  const analyze = (rounds) =>
    page.evaluate((rounds) => window.askEngine({ corpusUrl: '/__bench/corpus.txt', rounds, peers: true }), rounds);
  // Loads the text and the peers and runs each once to warm up; later calls reuse them.
  await analyze(0);
  const rates = [];
  const jiebaRates = [];
  const bareRates = [];
  const nativeRates = [];
  for (let round = 0; round < Number(rounds); round++) {
    const turn = await analyze(1);
    rates.push(turn.rates[0]);
    jiebaRates.push(turn.jiebaRates[0]);
    bareRates.push(turn.bareRates[0]);
    nativeRates.push(nativePeerRound(nativePeer, corpusFile).segment_mbps_native_jieba_rs);
  }
  await context.close();
  return { rates, jiebaRates, bareRates, nativeRates };
}

/**
 * Peak memory of analysing the benchmark text once, in a browser of its own: the high-water mark
 * of resident memory of the renderer process that holds the page and its worker (see
 * `rendererPeaks`). Also its mark once the engine is ready, before the analysis, and the wasm
 * linear memory, which never shrinks, so its final size is its peak.
 */
async function peakMemory(origin) {
  const browser = await launchChromium();
  const cdp = await browser.newBrowserCDPSession();
  const page = await browser.newPage();
  await page.goto(`${origin}/__bench/blank.html`);
  await page.evaluate((first) => window.askEngine({ first }), FIRST_TEXT);
  const ready = await rendererPeaks(cdp);
  const { wasmMemoryBytes } = await page.evaluate(() =>
    window.askEngine({ corpusUrl: '/__bench/corpus.txt', rounds: 0 }),
  );
  const after = await rendererPeaks(cdp);
  await browser.close();
  const { peakBytes, readyPeakBytes } = pagePeak(ready, after);
  return { peakBytes, readyPeakBytes, wasmMemoryBytes };
}

/**
 * The served page itself with the benchmark text added as a file once it has charted the default
 * corpus (see `addFilesToServedPage`). `peakMemory` measures the engine's worker in a blank page;
 * this is everything a reader's page holds besides (charts, evidence, the document's bytes, the
 * fonts' pages).
 */
async function pageMemory(origin) {
  const { added, peakBytes, chartedPeakBytes, privatePeakBytes } = await addFilesToServedPage(`${origin}/`, [corpusFile]);
  return { peakBytes, chartedPeakBytes, privatePeakBytes, addedMs: added[0].ms };
}

/**
 * Navigation to the first drawn chart (ms, from the page's own clock) and every file the visit
 * loaded. The bytes are fetched again from Node: playwright hands text bodies back decoded and
 * re-encoded, which would miscount them.
 */
async function firstVisit(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(selector)) {
        window.firstChartMs = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, FIRST_CHART);
  const urls = new Set();
  page.on('response', (response) => response.url().startsWith(origin) && urls.add(response.url()));
  await page.goto(`${origin}/`);
  await page.waitForSelector(FIRST_CHART, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const firstChartMs = await page.evaluate(() => window.firstChartMs);
  await context.close();
  const files = await Promise.all(
    [...urls].map(async (url) => ({ url, body: Buffer.from(await (await fetch(url)).arrayBuffer()) })),
  );
  return { firstChartMs, files };
}

const { server, origin } = await serve();
const browser = await launchChromium();
try {
  const ready = [];
  const jiebaReady = [];
  const charts = [];
  let files;
  for (let round = 0; round < Number(rounds); round++) {
    ready.push(await readyInWorker(browser, origin, 'engine-worker.js'));
    jiebaReady.push(await readyInWorker(browser, origin, 'jieba-worker.js'));
    const visit = await firstVisit(browser, origin);
    charts.push(visit.firstChartMs);
    files ??= visit.files;
  }
  const throughput = await analyzeThroughput(browser, origin);
  const memory = await peakMemory(origin);
  const inThePage = await pageMemory(origin);
  console.log(
    JSON.stringify({
      chromium_version: browser.version(),
      analyze_mbps_wasm_chromium: median(throughput.rates),
      segment_mbps_jieba_wasm_chromium: median(throughput.jiebaRates),
      segment_mbps_jieba_rs_wasm_chromium: median(throughput.bareRates),
      segment_mbps_native_jieba_rs_chromium_rounds: median(throughput.nativeRates),
      analyze_to_jieba_wasm_by_round_chromium: ratiosByRound(throughput.rates, throughput.jiebaRates),
      analyze_to_native_jieba_rs_by_round_chromium: ratiosByRound(throughput.rates, throughput.nativeRates),
      analyze_to_jieba_rs_wasm_by_round_chromium: ratiosByRound(throughput.rates, throughput.bareRates),
      jieba_rs_wasm_to_native_by_round_chromium: ratiosByRound(throughput.bareRates, throughput.nativeRates),
      engine_ready_ms_chromium: median(ready.map(({ ms }) => ms)),
      engine_ready_parts_ms_chromium: medianParts(ready),
      jieba_wasm_ready_ms_chromium: median(jiebaReady.map(({ ms }) => ms)),
      jieba_wasm_ready_parts_ms_chromium: medianParts(jiebaReady),
      first_chart_ms_chromium: median(charts),
      first_visit_bytes: compressedSizes(files.map((f) => f.body)),
      first_visit_files: Object.fromEntries(files.map((f) => [new URL(f.url).pathname, f.body.length])),
      peak_memory_mb_5mb: memory.peakBytes / 1e6,
      peak_memory_mb_engine_ready: memory.readyPeakBytes / 1e6,
      wasm_memory_mb_5mb: memory.wasmMemoryBytes / 1e6,
      page_peak_memory_mb_5mb: inThePage.peakBytes / 1e6,
      page_peak_memory_mb_charted: inThePage.chartedPeakBytes / 1e6,
      page_peak_private_memory_mb_5mb: inThePage.privatePeakBytes / 1e6,
      page_add_5mb_ms: inThePage.addedMs,
    }),
  );
} finally {
  await browser.close();
  server.close();
}
