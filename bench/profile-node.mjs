// A fixed workload for instruction counts through the wasm boundary, the way the page calls the
// engine: builds it in Node from the built page's wasm, then analyses a text file `times` times,
// the report handed over as the page gets it (JSON text parsed by the JavaScript engine), which
// examples/profile_analysis.rs, native, leaves out. One warm analysis is the difference between
// two runs, halved (optimised code only and one thread, so that the counts repeat). The wasm
// package is the built page's unless another build's directory is given, to compare two builds:
//
//   for times in 1 3; do valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//     --smc-check=all-non-file node --no-liftoff --single-threaded bench/profile-node.mjs \
//     corpus.txt $times [package directory] 2>&1 | grep Collected; done
import { readFileSync } from 'node:fs';
import { loadStance } from './common.mjs';

const [file, times, pkg] = process.argv.slice(2);
if (!file || !/^\d+$/.test(times ?? '')) throw new Error('usage: node bench/profile-node.mjs <text file> <times> [package directory]');
const bytes = new Uint8Array(readFileSync(file));
const stance = await loadStance(pkg);
const engine = new stance.Engine();
let sentences = 0;
for (let round = 0; round < Number(times); round++) sentences += engine.analyze('corpus', 'corpus.txt', bytes).sentences;
console.log(sentences);
