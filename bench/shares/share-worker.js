// One engine in a worker, for bench/shares/run.mjs, in Chromium (a Web Worker) and in Node (a
// worker thread). Each message may carry {pkg}: load the engine from that wasm-bindgen package;
// {corpusUrl} or {bytes}: keep that text; {share, shares}: analyse that share of the text (see
// analyze-share.patch) and reply with its number of sentences. Other messages get an empty reply.
const node = typeof self === 'undefined';
const { parentPort } = node ? await import('node:worker_threads') : {};
const reply = (message) => (node ? parentPort.postMessage(message) : self.postMessage(message));

let engine;
let bytes;

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
  }
  if (data.corpusUrl) bytes = new Uint8Array(await (await fetch(data.corpusUrl)).arrayBuffer());
  if (data.bytes) bytes = data.bytes;
  if (data.shares === undefined) return {};
  return { sentences: engine.analyze_share('corpus', 'corpus.txt', bytes, data.share, data.shares).sentences };
}

const listen = (data) =>
  handle(data).then(reply, (error) => reply({ error: String(error?.message ?? error) }));
if (node) parentPort.on('message', listen);
else self.onmessage = ({ data }) => listen(data);
