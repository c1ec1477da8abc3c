// Where the time of two shares goes, in Node, one engine doing each part in turn on the benchmark
// text: the whole analysis, the tally of each half, the tally of the last ten-thousandth (what
// every share spends on the whole text before its own paragraphs: decoding and cleaning), and
// the report from the two halves' tallies (their JSON read, the report made and handed to
// JavaScript). Medians of `rounds`, after one round to warm up. Prints a table.
// Usage, after applying shares.patch and `npm run build`: node bench/shares/parts.mjs [rounds]
import { readFileSync } from 'node:fs';
import { loadStance, median, writeBenchCorpus } from '../common.mjs';

const ROUNDS = Number(process.argv[2] ?? 9);
const PATH = 'corpus.txt';
const bytes = new Uint8Array(readFileSync(writeBenchCorpus()));
const engine = new (await loadStance()).Engine();

const timed = (work) => {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
};

function round() {
  const whole = timed(() => engine.analyze('corpus', PATH, bytes));
  const first = timed(() => engine.tally(PATH, bytes, 0, 2));
  const second = timed(() => engine.tally(PATH, bytes, 1, 2));
  const least = timed(() => engine.tally(PATH, bytes, 9_999, 10_000));
  const report = timed(() => engine.report('corpus', PATH, `[${first.result},${second.result}]`));
  if (report.result.sentences !== whole.result.sentences) throw new Error('the shares report other sentences');
  return { whole: whole.ms, first: first.ms, second: second.ms, least: least.ms, report: report.ms };
}

round();
const rounds = Array.from({ length: ROUNDS }, round);
const of = (key) => median(rounds.map((r) => r[key])).toFixed(1);
console.log(`medians of ${ROUNDS} rounds, ms\n`);
console.log('| whole analysis | tally, first half | tally, second half | tally, last ten-thousandth | report from the halves |');
console.log('|---|---|---|---|---|');
console.log(`| ${of('whole')} | ${of('first')} | ${of('second')} | ${of('least')} | ${of('report')} |`);
