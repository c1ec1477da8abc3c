// One engine in a worker, for bench/shares/run.mjs, in Chromium (a Web Worker) and in Node (a
// worker thread), answering the calls the page's workers answer with shares.patch
// (www/src/worker.js): {pkg} loads the engine from that wasm-bindgen package; {analyse: bytes}
// analyses the whole text; {tally: bytes, index, count} tallies one share of it; {report:
// tallies} reports from the shares' tallies. Replies with the report's number of sentences (all
// the bench needs of it), or the tally.
const node = typeof self === 'undefined';
const { parentPort } = node ? await import('node:worker_threads') : {};
const reply = (message) => (node ? parentPort.postMessage(message) : self.postMessage(message));
const PATH = 'corpus.txt';

let engine;

async function handle(data) {
  if (data.pkg) {
    const stance = await import(`${data.pkg}/stance.js`);
    if (node) {
      const { readFileSync } = await import('node:fs');
      stance.initSync({ module: readFileSync(new URL(`${data.pkg}/stance_bg.wasm`)) });
    } else {
      await stance.default({ module_or_path: `${data.pkg}/stance_bg.wasm` });
    }
    engine = new stance.Engine();
    return {};
  }
  if (data.analyse) return { sentences: engine.analyze('corpus', PATH, new Uint8Array(data.analyse)).sentences };
  if (data.tally) return { tally: engine.tally(PATH, new Uint8Array(data.tally), data.index, data.count) };
  return { sentences: engine.report('corpus', PATH, `[${data.report.join(',')}]`).sentences };
}

const listen = (data) =>
  handle(data).then(reply, (error) => reply({ error: String(error?.message ?? error) }));
if (node) parentPort.on('message', listen);
else self.onmessage = ({ data }) => listen(data);
