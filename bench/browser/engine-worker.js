// Runs the engine in a Web Worker, as the page does, for bench/chromium.mjs. Messages:
// {first} → builds the engine and analyses `first`, replies when done;
// {corpusUrl, rounds} → fetches the text and replies with the median MB/s of `rounds` analyses.
import init, { Engine } from '/dist/pkg/stance.js';

let engine;
let wasm;

self.onmessage = async ({ data }) => {
  try {
    if (data.first) {
      wasm = await init({ module_or_path: '/dist/pkg/stance_bg.wasm' });
      engine = new Engine();
      engine.analyze('first', 'first.txt', new TextEncoder().encode(data.first));
      self.postMessage({ ok: true });
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
