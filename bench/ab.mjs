// Interleaved A/B of two builds of the engine in one Node process: is a change faster or slower?
// The bench's rounds run minutes apart, on a shared machine whose speed drifts more than most
// changes move the analysis; alternating the two builds analysis by analysis cancels the drift.
//
//   node bench/ab.mjs <pkg A> <pkg B> [rounds]
//
// Each <pkg> is a folder holding stance.js and stance_bg.wasm (www/dist/pkg after
// `npm run build`; copy it aside before building the other). Both analyse the bench's 5 MB text;
// printed: each build's median time and B's speed-up over A (>1: B is faster). Run A against A
// to see this machine's noise.
import { CORPUS_FILE, loadStance, median, writeBenchCorpus } from './common.mjs';
import { readFileSync } from 'node:fs';

const [a, b, rounds = '11'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/ab.mjs <pkg A> <pkg B> [rounds]');
  process.exit(2);
}
writeBenchCorpus();
const bytes = new Uint8Array(readFileSync(CORPUS_FILE));
const engines = [];
for (const pkg of [a, b]) engines.push(new (await loadStance(pkg)).Engine());
for (const engine of engines) engine.analyze('warm-up', 'corpus.txt', bytes);
const times = [[], []];
for (let round = 0; round < Number(rounds); round++) {
  for (const which of round % 2 ? [1, 0] : [0, 1]) {
    const start = performance.now();
    engines[which].analyze('corpus', 'corpus.txt', bytes);
    times[which].push(performance.now() - start);
  }
}
const [timeA, timeB] = times.map(median);
const perRound = median(times[0].map((time, round) => time / times[1][round]));
console.log(`A ${timeA.toFixed(1)} ms, B ${timeB.toFixed(1)} ms per analysis; B's speed-up ${(timeA / timeB).toFixed(3)} (per round ${perRound.toFixed(3)}, ${rounds} rounds)`);
