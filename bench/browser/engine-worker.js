// Runs the engine in a Web Worker, as the page does, for bench/chromium.mjs. Messages:
// {first} → builds the engine and analyses `first`, replies with how long each part took: when
// this module started (after its import of the engine's JavaScript), compiling and instantiating
// the wasm, building the Engine, analysing `first`;
// {corpusUrl, rounds, jieba} → fetches the text, runs each work once to warm up, and replies with
// the MB/s of each of `rounds` analyses; with `jieba`, jieba-wasm's segmentation of the same text
// takes turns with them, round by round, and its MB/s come too (loaded only then, so no other
// figure includes it). A later message with the same text and `jieba` reuses them without
// warming up again, so that bench/chromium.mjs can time one round at a time and have native
// jieba-rs take its turn between rounds.
import init, { Engine } from '/dist/pkg/stance.js';

// Wall-clock time, comparable with the page's `performance.timeOrigin + performance.now()`.
const started = performance.timeOrigin + performance.now();
let engine;
let wasm;
/** The text and works of the last throughput message: {key, bytes, works}. */
let prepared;

async function prepare({ corpusUrl, jieba }) {
  const key = `${corpusUrl} ${Boolean(jieba)}`;
  if (prepared?.key === key) return { ...prepared, fresh: false };
  const bytes = new Uint8Array(await (await fetch(corpusUrl)).arrayBuffer());
  const works = [() => engine.analyze('corpus', 'corpus.txt', bytes)];
  if (jieba) {
    const jiebaWasm = await import('/__jieba/jieba_rs_wasm.js');
    await jiebaWasm.default({ module_or_path: '/__jieba/jieba_rs_wasm_bg.wasm' });
    const text = new TextDecoder().decode(bytes);
    works.push(() => jiebaWasm.cut(text, true));
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
      const [rates, jiebaRates] = roundRates(data.rounds, bytes.length, works, { warmUp: fresh });
      self.postMessage({ rates, jiebaRates, wasmMemoryBytes: wasm.memory.buffer.byteLength });
    }
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};
