// Throughput in Node on the benchmark text: this engine's full analysis through its wasm boundary,
// and segmentation alone by the jieba-wasm npm package. Prints one JSON object.
// Usage: node bench/node-throughput.mjs <text file> <rounds>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ratiosByRound, roundRates, WASM_PKG } from './common.mjs';

const [file, rounds = '5'] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const text = new TextDecoder().decode(bytes);

const stance = await import(join(WASM_PKG, 'stance.js'));
stance.initSync({ module: readFileSync(join(WASM_PKG, 'stance_bg.wasm')) });
const engine = new stance.Engine();
const jieba = await import('jieba-wasm');
const [analyzeRates, segmentRates] = roundRates(Number(rounds), bytes.length, [
  () => engine.analyze('corpus', 'corpus.txt', bytes),
  () => jieba.cut(text, true),
]);

console.log(
  JSON.stringify({
    analyze_mbps_wasm_node: median(analyzeRates),
    segment_mbps_jieba_wasm: median(segmentRates),
    analyze_to_jieba_wasm_by_round_node: ratiosByRound(analyzeRates, segmentRates),
  }),
);
