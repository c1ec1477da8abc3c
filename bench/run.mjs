// `npm run bench`: every figure of the performance budget in one run, side by side with the peers
// (native jieba-rs, the jieba-wasm npm package, Python jieba). Prints a table and writes
// bench-results.json.
// Expects a fresh build (npm run bench builds first). Timings on a shared machine are noisy:
// read the ratios, which are measured in the same run.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildNativePeer, compressedSizes, median, ROOT, writeBenchCorpus } from './common.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const MB = 1e6;

/** A command's standard output; its standard error goes to ours unless `stderr` says otherwise. */
function output(command, args, stderr = 'inherit') {
  return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', stderr], maxBuffer: 64 << 20 });
}

function runJson(command, args) {
  return JSON.parse(output(command, args));
}

// A tool's one-line answer, or 'unknown' where it cannot answer (a copy without git history must
// not lose a whole run's figures at the end).
function runText(command, args) {
  try {
    return output(command, args, 'ignore').trim();
  } catch {
    return 'unknown';
  }
}

function step(what) {
  console.error(`bench: ${what}`);
}

const started = new Date().toISOString();
const corpus = writeBenchCorpus();
const corpusBytes = readFileSync(corpus).length;

step('building the native peers (cargo build --release --example native_peer)');
const nativePeer = buildNativePeer();

step('building jieba-rs alone to wasm (bench/build-jieba-rs-wasm.sh)');
execFileSync('bash', [join(ROOT, 'bench/build-jieba-rs-wasm.sh')], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });

step('setting up Python jieba (bench/build-python-jieba.sh)');
const python = output('bash', [join(ROOT, 'bench/build-python-jieba.sh')]).trim();

step(`throughput on ${(corpusBytes / MB).toFixed(1)} MB, taking turns: engine analysis, jieba-wasm and jieba-rs in wasm in Node, native peers${python ? ' and Python jieba' : ''} in a fresh process`);
const node = runJson(process.execPath, [join(ROOT, 'bench/node-throughput.mjs'), corpus, String(ROUNDS), nativePeer, ...(python ? [python] : [])]);

step('time to first result in fresh Node processes, alternating engine and jieba-wasm');
const readyMs = { stance: [], 'jieba-wasm': [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const engine of Object.keys(readyMs)) readyMs[engine].push(runJson(process.execPath, [join(ROOT, 'bench/node-ready.mjs'), engine]));
}

step('Chromium: engine ready, first chart, first-visit bytes, throughput (taking turns with jieba-wasm, jieba-rs in wasm and native jieba-rs), peak memory (the engine in a blank page, then the served page with the text added as a file)');
const chromium = runJson(process.execPath, [join(ROOT, 'bench/chromium.mjs'), corpus, String(ROUNDS), nativePeer]);

const jiebaWasmWeb = join(ROOT, 'node_modules/jieba-wasm/pkg/web');
const jiebaWasmBytes = compressedSizes(['jieba_rs_wasm.js', 'jieba_rs_wasm_bg.wasm'].map((f) => readFileSync(join(jiebaWasmWeb, f))));
// The single-file offline page, when the build makes one (www/dist/*offline*.html).
const offlineFile = readdirSync(join(ROOT, 'www/dist')).find((f) => /offline.*\.html$/.test(f));

// Where the figures were taken: without it two runs' figures cannot be told apart by runtime,
// compiler, machine or code.
const environment = {
  started,
  commit: runText('git', ['describe', '--always', '--dirty']),
  node: process.version,
  v8: process.versions.v8,
  chromium: chromium.chromium_version,
  rustc: runText('rustc', ['--version']),
  python: python ? `${runText(python, ['--version'])}, jieba ${node.python_jieba_version}` : 'not measured',
  cpu: cpus()[0]?.model ?? 'unknown',
  logical_cpus: cpus().length,
};

const results = {
  environment,
  corpus_bytes: corpusBytes,
  rounds: ROUNDS,
  analyze_mbps_wasm_node: node.analyze_mbps_wasm_node,
  analyze_mbps_wasm_chromium: chromium.analyze_mbps_wasm_chromium,
  analyze_mbps_native: node.analyze_mbps_native,
  segment_mbps_native_jieba_rs: node.segment_mbps_native_jieba_rs,
  // Native jieba-rs again, taking turns with the Chromium rounds: the peer of the analysis in
  // Chromium, measured at the same minutes (the figure above is the Node rounds').
  segment_mbps_native_jieba_rs_chromium_rounds: chromium.segment_mbps_native_jieba_rs_chromium_rounds,
  segment_mbps_jieba_wasm: node.segment_mbps_jieba_wasm,
  // Python jieba (bench/python-jieba), what researchers run today, once per Node round in a fresh
  // process; null where this machine cannot have it (bench/build-python-jieba.sh says why).
  segment_mbps_python_jieba: node.segment_mbps_python_jieba ?? null,
  segment_mbps_jieba_wasm_chromium: chromium.segment_mbps_jieba_wasm_chromium,
  // jieba-rs alone built to wasm (bench/jieba-rs-wasm), its full dictionary, in Node: where the
  // analysis stands against segmentation alone in wasm, and that against native.
  segment_mbps_jieba_rs_wasm_node: node.segment_mbps_jieba_rs_wasm_node,
  // The same in the Chromium rounds, against native jieba-rs at the same minutes: the ceiling of
  // any analysis that segments with jieba-rs in the browser.
  segment_mbps_jieba_rs_wasm_chromium: chromium.segment_mbps_jieba_rs_wasm_chromium,
  // Analysis MB/s over jieba-wasm's in each round, the two taking turns: how steady the ratio is.
  analyze_to_jieba_wasm_by_round_node: node.analyze_to_jieba_wasm_by_round_node,
  analyze_to_jieba_wasm_by_round_chromium: chromium.analyze_to_jieba_wasm_by_round_chromium,
  analyze_to_native_jieba_rs_by_round_node: node.analyze_to_native_jieba_rs_by_round_node,
  analyze_to_native_jieba_rs_by_round_chromium: chromium.analyze_to_native_jieba_rs_by_round_chromium,
  analyze_to_jieba_rs_wasm_by_round_node: node.analyze_to_jieba_rs_wasm_by_round_node,
  analyze_to_python_jieba_by_round_node: node.analyze_to_python_jieba_by_round_node ?? null,
  analyze_to_jieba_rs_wasm_by_round_chromium: chromium.analyze_to_jieba_rs_wasm_by_round_chromium,
  jieba_rs_wasm_to_native_by_round_chromium: chromium.jieba_rs_wasm_to_native_by_round_chromium,
  engine_ready_ms_chromium: chromium.engine_ready_ms_chromium,
  engine_ready_parts_ms_chromium: chromium.engine_ready_parts_ms_chromium,
  engine_ready_ms_node: median(readyMs.stance),
  engine_ready_ms_native: node.engine_ready_ms_native,
  jieba_wasm_ready_ms_node: median(readyMs['jieba-wasm']),
  // jieba-wasm's web build started in a worker like the engine, taking turns with it round by round.
  jieba_wasm_ready_ms_chromium: chromium.jieba_wasm_ready_ms_chromium,
  jieba_wasm_ready_parts_ms_chromium: chromium.jieba_wasm_ready_parts_ms_chromium,
  jieba_rs_ready_ms_native: node.jieba_rs_ready_ms_native,
  // From importing jieba to its first cut, its dictionary cache built (as on every run after a
  // researcher's first).
  python_jieba_ready_ms: node.python_jieba_ready_ms ?? null,
  python_jieba_version: node.python_jieba_version ?? null,
  first_chart_ms_chromium: chromium.first_chart_ms_chromium,
  first_visit_bytes: chromium.first_visit_bytes,
  first_visit_files: chromium.first_visit_files,
  offline_file_bytes: offlineFile ? compressedSizes([readFileSync(join(ROOT, 'www/dist', offlineFile))]) : null,
  jieba_wasm_bytes: jiebaWasmBytes,
  peak_memory_mb_5mb: chromium.peak_memory_mb_5mb,
  peak_memory_mb_engine_ready: chromium.peak_memory_mb_engine_ready,
  wasm_memory_mb_5mb: chromium.wasm_memory_mb_5mb,
  // The served page itself, the text added as a file after the corpus was charted: its
  // renderer's mark, that mark before the file, its private part's peak (without the pages mapped
  // from files), and the milliseconds from choosing the file to the charts settled.
  page_peak_memory_mb_5mb: chromium.page_peak_memory_mb_5mb,
  page_peak_memory_mb_charted: chromium.page_peak_memory_mb_charted,
  page_peak_private_memory_mb_5mb: chromium.page_peak_private_memory_mb_5mb,
  page_add_5mb_ms: chromium.page_add_5mb_ms,
};

// figure, value, unit, peer name, peer value, target on the ratio (or on the value when no peer).
const rows = [
  ['analyze_mbps_wasm_node', results.analyze_mbps_wasm_node, 'MB/s', 'segment_mbps_native_jieba_rs', results.segment_mbps_native_jieba_rs, '>= 0.7'],
  ['analyze_mbps_wasm_node', results.analyze_mbps_wasm_node, 'MB/s', 'segment_mbps_jieba_wasm', results.segment_mbps_jieba_wasm, '>= 4'],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_native_jieba_rs_chromium_rounds', results.segment_mbps_native_jieba_rs_chromium_rounds, '>= 0.7'],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_native_jieba_rs', results.segment_mbps_native_jieba_rs, null],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_jieba_wasm', results.segment_mbps_jieba_wasm, '>= 4'],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_jieba_wasm_chromium', results.segment_mbps_jieba_wasm_chromium, '>= 4'],
  ['analyze_mbps_native', results.analyze_mbps_native, 'MB/s', 'segment_mbps_native_jieba_rs', results.segment_mbps_native_jieba_rs, null],
  ['analyze_mbps_wasm_node', results.analyze_mbps_wasm_node, 'MB/s', 'segment_mbps_jieba_rs_wasm_node', results.segment_mbps_jieba_rs_wasm_node, null],
  ['segment_mbps_jieba_rs_wasm_node', results.segment_mbps_jieba_rs_wasm_node, 'MB/s', 'segment_mbps_native_jieba_rs', results.segment_mbps_native_jieba_rs, null],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_jieba_rs_wasm_chromium', results.segment_mbps_jieba_rs_wasm_chromium, null],
  ['segment_mbps_jieba_rs_wasm_chromium', results.segment_mbps_jieba_rs_wasm_chromium, 'MB/s', 'segment_mbps_native_jieba_rs_chromium_rounds', results.segment_mbps_native_jieba_rs_chromium_rounds, null],
  ['engine_ready_ms_node', results.engine_ready_ms_node, 'ms', 'jieba_wasm_ready_ms_node', results.jieba_wasm_ready_ms_node, '<= 0.5'],
  ['engine_ready_ms_chromium', results.engine_ready_ms_chromium, 'ms', 'jieba_wasm_ready_ms_node', results.jieba_wasm_ready_ms_node, '<= 0.5'],
  ['engine_ready_ms_chromium', results.engine_ready_ms_chromium, 'ms', 'jieba_wasm_ready_ms_chromium', results.jieba_wasm_ready_ms_chromium, '<= 0.5'],
  ['engine_ready_ms_native', results.engine_ready_ms_native, 'ms', 'jieba_rs_ready_ms_native', results.jieba_rs_ready_ms_native, null],
  ['analyze_mbps_wasm_node', results.analyze_mbps_wasm_node, 'MB/s', 'segment_mbps_python_jieba', results.segment_mbps_python_jieba, null],
  ['analyze_mbps_wasm_chromium', results.analyze_mbps_wasm_chromium, 'MB/s', 'segment_mbps_python_jieba', results.segment_mbps_python_jieba, null],
  ['engine_ready_ms_chromium', results.engine_ready_ms_chromium, 'ms', 'python_jieba_ready_ms', results.python_jieba_ready_ms, null],
  ['first_chart_ms_chromium', results.first_chart_ms_chromium, 'ms', 'budget', 1000, '<= 1'],
  ['first_visit_bytes.gzip', results.first_visit_bytes.gzip / MB, 'MB', 'budget', 2.0, '<= 1'],
  ['first_visit_bytes.gzip', results.first_visit_bytes.gzip / MB, 'MB', 'jieba_wasm_bytes.gzip', jiebaWasmBytes.gzip / MB, null],
  ['first_visit_bytes.brotli', results.first_visit_bytes.brotli / MB, 'MB', 'jieba_wasm_bytes.brotli', jiebaWasmBytes.brotli / MB, null],
  ['first_visit_bytes.raw', results.first_visit_bytes.raw / MB, 'MB', 'jieba_wasm_bytes.raw', jiebaWasmBytes.raw / MB, null],
  ...(results.offline_file_bytes
    ? [['offline_file_bytes.gzip', results.offline_file_bytes.gzip / MB, 'MB', 'jieba_wasm_bytes.gzip', jiebaWasmBytes.gzip / MB, null]]
    : []),
  ['peak_memory_mb_5mb', results.peak_memory_mb_5mb, 'MB', 'budget', 200, '<= 1'],
  ['peak_memory_mb_engine_ready', results.peak_memory_mb_engine_ready, 'MB', 'peak_memory_mb_5mb', results.peak_memory_mb_5mb, null],
  ['wasm_memory_mb_5mb', results.wasm_memory_mb_5mb, 'MB', 'peak_memory_mb_5mb', results.peak_memory_mb_5mb, null],
  ['page_peak_memory_mb_5mb', results.page_peak_memory_mb_5mb, 'MB', 'budget', 200, null],
  ['page_peak_memory_mb_charted', results.page_peak_memory_mb_charted, 'MB', 'page_peak_memory_mb_5mb', results.page_peak_memory_mb_5mb, null],
  ['page_peak_private_memory_mb_5mb', results.page_peak_private_memory_mb_5mb, 'MB', 'budget', 200, null],
];

results.ratios = {};
// Rows whose peer this machine could not measure (Python jieba) are left out, not shown as NaN.
const table = rows.filter((row) => row[4] !== null).map(([figure, value, unit, peer, peerValue, target]) => {
  const ratio = value / peerValue;
  results.ratios[`${figure}/${peer}`] = ratio;
  const [op, bound] = target?.split(' ') ?? [];
  const met = target ? ((op === '>=' ? ratio >= Number(bound) : ratio <= Number(bound)) ? 'yes' : 'NO') : '';
  return { figure, value: `${value.toFixed(2)} ${unit}`, peer, 'peer value': `${peerValue.toFixed(2)} ${unit}`, ratio: ratio.toFixed(2), target: target ?? '', met };
});
results.targets = table.filter((row) => row.target).map(({ figure, peer, ratio, target, met }) => ({ figure, peer, ratio: Number(ratio), target, met: met === 'yes' }));

writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(Object.entries(environment).map(([name, value]) => `${name}: ${value}`).join('; '));
console.table(table);
const parts = (name) => Object.entries(results[name]).map(([part, ms]) => `${part} ${ms.toFixed(0)} ms`).join(', ');
console.log(`engine ready in Chromium, medians of its parts: ${parts('engine_ready_parts_ms_chromium')}`);
console.log(`jieba-wasm ready in Chromium, medians of its parts: ${parts('jieba_wasm_ready_parts_ms_chromium')}`);
console.log(`the served page, the text added as a file: charted in ${results.page_add_5mb_ms.toFixed(0)} ms (once, by the page's clock)`);
for (const [name, peer, bound] of [
  ['analyze_to_jieba_wasm_by_round_node', 'jieba-wasm in Node', 4],
  ['analyze_to_jieba_wasm_by_round_chromium', 'jieba-wasm in Chromium', 4],
  ['analyze_to_native_jieba_rs_by_round_node', 'native jieba-rs', 0.7],
  ['analyze_to_native_jieba_rs_by_round_chromium', 'native jieba-rs', 0.7],
  ['analyze_to_jieba_rs_wasm_by_round_node', 'jieba-rs in wasm', null],
  ['analyze_to_python_jieba_by_round_node', 'Python jieba', null],
  ['analyze_to_jieba_rs_wasm_by_round_chromium', 'jieba-rs in wasm', null],
  ['jieba_rs_wasm_to_native_by_round_chromium', 'native jieba-rs', 0.7],
]) {
  const ratios = results[name];
  if (!ratios) continue;
  const met = bound === null ? '' : `>= ${bound} in ${ratios.filter((ratio) => ratio >= bound).length} of ${ratios.length} rounds, `;
  console.log(`${name}: ${ratios.map((r) => r.toFixed(2)).join(' ')} (${met}against ${peer} in the same round)`);
}
if (!offlineFile) console.log('offline_file_bytes: null (the build makes no www/dist/*offline*.html)');
if (!python) console.log('Python jieba: not measured on this machine (see the bench/build-python-jieba.sh line above)');
console.log('written to bench-results.json');
