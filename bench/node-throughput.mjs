// Throughput on the benchmark text, all peers taking turns round by round so that their ratios
// compare the same moments of a machine whose speed drifts: this engine's full analysis through
// its wasm boundary in Node, segmentation alone by the jieba-wasm npm package, segmentation alone
// by jieba-rs built to wasm like the engine (bench/jieba-rs-wasm: no other stage, no strings out),
// the native peers (examples/native_peer.rs: jieba-rs and this engine's native analysis) and, when
// given its python, Python jieba (bench/python-jieba/peer.py), each run once per round in a fresh
// process, which also times their start. Prints one JSON object.
// Usage: node bench/node-throughput.mjs <text file> <rounds> <native_peer executable> [python]
// (bench/build-jieba-rs-wasm.sh first, and bench/build-python-jieba.sh for the python)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  JIEBA_RS_WASM,
  loadStance,
  loadWasmPackage,
  median,
  nativePeerRound,
  pythonPeerRound,
  ratiosByRound,
  roundRates,
} from './common.mjs';

const [file, rounds = '5', nativePeer, python] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const text = new TextDecoder().decode(bytes);

const stance = await loadStance();
const engine = new stance.Engine();
const jieba = await import('jieba-wasm');
const jiebaRsWasm = await loadWasmPackage(JIEBA_RS_WASM, 'jieba_rs_wasm_peer');
const bareSegmenter = new jiebaRsWasm.Segmenter(readFileSync(join(JIEBA_RS_WASM, 'dict.txt'), 'utf8'));
const native = [];
const pythonRounds = [];
const [analyzeRates, segmentRates, bareRates] = roundRates(
  Number(rounds),
  bytes.length,
  [
    () => engine.analyze('corpus', 'corpus.txt', bytes),
    () => jieba.cut(text, true),
    () => bareSegmenter.count_words(text),
  ],
  {
    afterEachRound: () => {
      native.push(nativePeerRound(nativePeer, file));
      if (python) pythonRounds.push(pythonPeerRound(python, file));
    },
  },
);
const nativeFigure = (name) => native.map((round) => round[name]);
const pythonFigure = (name) => pythonRounds.map((round) => round[name]);
const pythonFigures = python
  ? {
      segment_mbps_python_jieba: median(pythonFigure('segment_mbps_python_jieba')),
      python_jieba_ready_ms: median(pythonFigure('python_jieba_ready_ms')),
      python_jieba_version: pythonRounds[0].python_jieba_version,
      analyze_to_python_jieba_by_round_node: ratiosByRound(analyzeRates, pythonFigure('segment_mbps_python_jieba')),
    }
  : {};

console.log(
  JSON.stringify({
    analyze_mbps_wasm_node: median(analyzeRates),
    segment_mbps_jieba_wasm: median(segmentRates),
    segment_mbps_jieba_rs_wasm_node: median(bareRates),
    analyze_to_jieba_wasm_by_round_node: ratiosByRound(analyzeRates, segmentRates),
    analyze_to_native_jieba_rs_by_round_node: ratiosByRound(analyzeRates, nativeFigure('segment_mbps_native_jieba_rs')),
    analyze_to_jieba_rs_wasm_by_round_node: ratiosByRound(analyzeRates, bareRates),
    ...Object.fromEntries(Object.keys(native[0]).filter((name) => name !== 'bytes').map((name) => [name, median(nativeFigure(name))])),
    ...pythonFigures,
  }),
);
