// Runs the engine in a Web Worker, as the page does, for bench/chromium.mjs. Messages:
// {first} → builds the engine and analyses `first`, replies with how long each part took: when
// this module started (after its import of the engine's JavaScript), compiling and instantiating
// the wasm, building the Engine, analysing `first`;
// {corpusUrl, rounds} → fetches the text and replies with the median MB/s of `rounds` analyses.
import init, { Engine } from '/dist/pkg/stance.js';

// Wall-clock time, comparable with the page's `performance.timeOrigin + performance.now()`.
const started = performance.timeOrigin + performance.now();
let engine;
let wasm;

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
      const bytes = new Uint8Array(await (await fetch(data.corpusUrl)).arrayBuffer());
      const rates = [];
      for (let round = 0; round <= data.rounds; round++) {
        const start = performance.now();
        engine.analyze('corpus', 'corpus.txt', bytes);
        // Round 0 warms up.
        if (round > 0) rates.push(bytes.length / 1e6 / ((performance.now() - start) / 1e3));
      }
      rates.sort((a, b) => a - b);
      self.postMessage({ mbps: rates[Math.floor(rates.length / 2)], wasmMemoryBytes: wasm.memory.buffer.byteLength });
    }
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};
