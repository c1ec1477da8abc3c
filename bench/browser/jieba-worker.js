// jieba-wasm's web build in a Web Worker, for bench/chromium.mjs: its time to first result in
// Chromium, measured as the engine's is (bench/browser/engine-worker.js). On {first}: loads and
// compiles its wasm, then cuts `first` (its first cut builds its dictionary) and replies with when
// this module started (after its import of jieba-wasm's JavaScript) and how long each part took.
import init, { cut } from '/__jieba/jieba_rs_wasm.js';

// Wall-clock time, comparable with the page's `performance.timeOrigin + performance.now()`.
const started = performance.timeOrigin + performance.now();

self.onmessage = async ({ data }) => {
  try {
    const begin = performance.now();
    await init({ module_or_path: '/__jieba/jieba_rs_wasm_bg.wasm' });
    const compiled = performance.now();
    cut(data.first, true);
    self.postMessage({ started, parts: { compile: compiled - begin, first: performance.now() - compiled } });
  } catch (error) {
    self.postMessage({ error: String(error?.message ?? error) });
  }
};
