// Shared by the bench scripts: paths, the benchmark text, the peers, memory readings, the served
// page with files added, and medians. The local server for the page, its browser and the waits
// for its charts are the end-to-end tests' (tests/e2e/browser.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium, settled, waitForAnalysis } from '../tests/e2e/browser.mjs';

export { roundRates } from './browser/rounds.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
export const WASM_PKG = join(ROOT, 'www/dist/pkg');
export const WORK = join(ROOT, 'target/bench');
export const CORPUS_FILE = join(WORK, 'corpus-5mb.txt');
/** Where bench/build-jieba-rs-wasm.sh puts jieba-rs built to wasm, and its dictionary. */
export const JIEBA_RS_WASM = join(WORK, 'jieba-rs-wasm');
const TARGET_BYTES = 5_000_000;

/** The default corpus, concatenated and repeated until it reaches about 5 MB; written once per run. */
export function writeBenchCorpus() {
  const index = JSON.parse(readFileSync(join(ROOT, 'corpus/index.json'), 'utf8'));
  const corpus = Buffer.concat(index.documents.map(({ file }) => readFileSync(join(ROOT, 'corpus', file))));
  const copies = Math.max(1, Math.round(TARGET_BYTES / corpus.length));
  mkdirSync(WORK, { recursive: true });
  writeFileSync(CORPUS_FILE, Buffer.concat(Array(copies).fill(corpus)));
  return CORPUS_FILE;
}

/** A wasm-bindgen package (`<name>.js` and `<name>_bg.wasm` in `dir`) loaded in Node. */
export async function loadWasmPackage(dir, name) {
  const pkg = await import(resolve(dir, `${name}.js`));
  pkg.initSync({ module: readFileSync(resolve(dir, `${name}_bg.wasm`)) });
  return pkg;
}

/** The engine's wasm package loaded in Node: the built page's, or another build's directory. */
export function loadStance(pkg = WASM_PKG) {
  return loadWasmPackage(pkg, 'stance');
}

/** Builds the native peers (examples/native_peer.rs) in release mode: the executable's path. */
export function buildNativePeer() {
  return execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'native_peer', '--message-format=json'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  })
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((message) => message.reason === 'compiler-artifact' && message.target?.name === 'native_peer').executable;
}

/** One round of the native peers (examples/native_peer.rs) on `file`, in a fresh process: its JSON. */
export function nativePeerRound(nativePeer, file) {
  return JSON.parse(execFileSync(nativePeer, [file, '1'], { encoding: 'utf8' }));
}

/**
 * One round of Python jieba (bench/python-jieba/peer.py) on `file`, in a fresh process run by
 * `python`, the environment bench/build-python-jieba.sh made: its JSON.
 */
export function pythonPeerRound(python, file) {
  const peer = join(ROOT, 'bench/python-jieba/peer.py');
  return JSON.parse(execFileSync(python, [peer, file, '1', FIRST_TEXT], { encoding: 'utf8' }));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The ratio of two works' rates in each round they took turns in. */
export function ratiosByRound(rates, peerRates) {
  return rates.map((rate, round) => rate / peerRates[round]);
}

/** A short sentence for "first result" measurements. */
export const FIRST_TEXT = '各国应尊重网络主权，坚持多边主义。';

/** Total size of some files as served raw, and compressed at gzip's and brotli's highest levels. */
export function compressedSizes(buffers) {
  const sum = (f) => buffers.reduce((total, buffer) => total + f(buffer), 0);
  return {
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
}

/**
 * The high-water mark of resident memory (VmHWM in /proc) of each renderer process of the browser
 * `cdp` is a browser session of, by process id. Renderers are listed by CDP's
 * SystemInfo.getProcessInfo.
 */
export async function rendererPeaks(cdp) {
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  return new Map(
    processInfo
      .filter(({ type }) => type === 'renderer')
      .map(({ id }) => [id, Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))[1]) * 1024]),
  );
}

/**
 * The page's renderer, of two `rendererPeaks` readings taken before and after some work: the one
 * whose mark the work raised most. Its process id, and its mark after and before, in bytes.
 */
export function pagePeak(before, after) {
  const growth = (pid) => after.get(pid) - (before.get(pid) ?? 0);
  const pid = [...after.keys()].reduce((best, pid) => (growth(pid) > growth(best) ? pid : best));
  return { pid, peakBytes: after.get(pid), readyPeakBytes: before.get(pid) ?? 0 };
}

/**
 * The private part of a process's resident memory now (RssAnon + RssShmem in /proc), in bytes:
 * what it holds for itself, without the pages it maps from files (Chromium's binary, fonts),
 * which VmHWM counts and every Chromium process shares.
 */
function privateResident(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)[1]) * 1024;
  return kB('RssAnon') + kB('RssShmem');
}

/**
 * An init script for the served page: times, by the page's clock, what follows each change of
 * the file input: when the status says the analysis began and ended, and when the charts settled.
 */
function watchThePage() {
  window.timings = [];
  document.addEventListener('change', () => window.timings.push({ chosen: performance.now() }), true);
  addEventListener('DOMContentLoaded', () =>
    new MutationObserver(() => {
      const timing = window.timings.at(-1);
      if (!timing || timing.settled) return;
      const status = document.getElementById('status')?.textContent ?? '';
      if (/^Analysing 0/.test(status)) timing.analysing ??= performance.now();
      if (timing.analysing && /documents analysed/.test(status)) timing.analysed ??= performance.now();
      if (timing.analysed && document.getElementById('charts').getAttribute('aria-busy') === 'false') timing.settled = performance.now();
    }).observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true }),
  );
}

/**
 * Adds `file` through the served page's file input, as a reader would, and waits until it is
 * charted: the milliseconds from the change to the charts settled, and those spent analysing (see
 * `watchThePage`, which the page must have been given).
 */
async function addFileToPage(page, file) {
  await page.setInputFiles('#file-input', file);
  await page.waitForFunction(() => window.timings.at(-1)?.settled, null, { timeout: 120_000 });
  const { chosen, analysing, analysed, settled } = await page.evaluate(() => window.timings.at(-1));
  return { ms: settled - chosen, analysing: analysed - analysing };
}

/**
 * The served page at `url` in a browser of its own, as a reader uses it: once it has charted the
 * default corpus, each of `files` is added in turn through the file input. `prepare(context)` may
 * add init scripts to the browser context first. Resolves with each file's timing (see
 * `addFileToPage`), the number of the reader's documents listed at the end, and of the page's
 * renderer (the one whose mark the files raised most): its high-water mark of resident memory
 * after the files and before them, as `rendererPeaks` reads it, and the most private memory it
 * held meanwhile (`privateResident`, sampled every 5 ms, so a lower bound).
 */
export async function addFilesToServedPage(url, files, prepare = async () => {}) {
  const browser = await launchChromium();
  try {
    const cdp = await browser.newBrowserCDPSession();
    const context = await browser.newContext();
    await prepare(context);
    await context.addInitScript(watchThePage);
    const page = await context.newPage();
    await page.goto(url);
    await waitForAnalysis(page, 5);
    await settled(page);
    const charted = await rendererPeaks(cdp);
    const privatePeaks = new Map();
    const sample = () => {
      for (const pid of charted.keys()) {
        try {
          privatePeaks.set(pid, Math.max(privatePeaks.get(pid) ?? 0, privateResident(pid)));
        } catch (error) {
          // A renderer other than the page's (a spare one) may end meanwhile.
          if (error.code !== 'ENOENT') throw error;
        }
      }
    };
    const sampling = setInterval(sample, 5);
    const added = [];
    try {
      for (const file of files) added.push(await addFileToPage(page, file));
    } finally {
      clearInterval(sampling);
    }
    sample();
    const documents = await page.locator('#document-list li.user').count();
    const { pid, peakBytes, readyPeakBytes } = pagePeak(charted, await rendererPeaks(cdp));
    return { added, documents, peakBytes, chartedPeakBytes: readyPeakBytes, privatePeakBytes: privatePeaks.get(pid) };
  } finally {
    await browser.close();
  }
}
