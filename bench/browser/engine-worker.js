// Runs the engine in a Web Worker, as the page does, for bench/chromium.mjs. Messages:
// {first} → builds the engine and analyses `first`, replies with how long each part took: when
// this module started (after its import of the engine's JavaScript), compiling and instantiating
// the wasm, building the Engine, analysing `first`;
// {corpusUrl, rounds, peers} → fetches the text, runs each work once to warm up, and replies with
// the MB/s of each of `rounds` analyses; with `peers`, segmentation of the same text by
// jieba-wasm and by jieba-rs alone built to wasm (bench/jieba-rs-wasm, served under /__jieba-rs/)
// takes turns with them, round by round, and their MB/s come too (loaded only then, so no other
// figure includes them). A later message with the same text and `peers` reuses them without
// warming up again, so that bench/chromium.mjs can time one round at a time and have native
// jieba-rs take its turn between rounds.
import init, { Engine } from '/dist/pkg/stance.js';

// Wall-clock time, comparable with the page's `performance.timeOrigin + performance.now()`.
const started = performance.timeOrigin + performance.now();
let engine;
let wasm;
/** The text and works of the last throughput message: {key, bytes, works}. */
let prepared;

async function prepare({ corpusUrl, peers }) {
  const key = `${corpusUrl} ${Boolean(peers)}`;
  if (prepared?.key === key) return { ...prepared, fresh: false };
  const bytes = new Uint8Array(await (await fetch(corpusUrl)).arrayBuffer());
  const works = [() => engine.analyze('corpus', 'corpus.txt', bytes)];
  if (peers) {
    const text = new TextDecoder().decode(bytes);
    const jiebaWasm = await import('/__jieba/jieba_rs_wasm.js');
    await jiebaWasm.default({ module_or_path: '/__jieba/jieba_rs_wasm_bg.wasm' });
    const jiebaRsWasm = await import('/__jieba-rs/jieba_rs_wasm_peer.js');
    await jiebaRsWasm.default({ module_or_path: '/__jieba-rs/jieba_rs_wasm_peer_bg.wasm' });
    const bareSegmenter = new jiebaRsWasm.Segmenter(await (await fetch('/__jieba-rs/dict.txt')).text());
    works.push(
      () => jiebaWasm.cut(text, true),
      () => bareSegmenter.count_words(text),
    );
  }
  prepared = { key, bytes, works };
  return { ...prepared, fresh: true };
}

self.onmessage = async ({ data }) => {
  try {
    if (data.first) {
      const begin = performance.now();
      wasm = await init({ module_or_path: '/dist/pkg/stance_bg.wasm' });
      const compiled = performance.now();
      engine = new Engine();
      const built = performance.now();
      engine.analyze('first', 'first.txt', new TextEncoder().encode(data.first));
      const parts = { compile: compiled - begin, build: built - compiled, first: performance.now() - built };
      self.postMessage({ started, parts });
    } else {
      const { bytes, works, fresh } = await prepare(data);
      // Imported here, not at the top: the worker's start is part of what {first} times.
      const { roundRates } = await import('/__bench/rounds.mjs');
      const [rates, jiebaRates, bareRates] = roundRates(data.rounds, bytes.length, works, { warmUp: fresh });
      self.postMessage({ rates, jiebaRates, bareRates, wasmMemoryBytes: wasm.memory.buffer.byteLength });
    }
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};
