// Runs the wasm engine off the main thread, so the page never freezes. One Engine lives here; the
// page sends one document per message, which lets it show progress and cancel between documents.
import init, { Engine } from '../dist/pkg/stance.js';
import { wasmSource } from './wasm-source.js';

const ready = init({ module_or_path: wasmSource() });
let engine;

// Dimension management lives only here: a fresh Engine has the built-in dimensions, and the
// user's dimension files are added on top (the engine cannot remove a dimension).
async function buildEngine(dimensionFiles) {
  await ready;
  const next = new Engine();
  for (const { name, json } of dimensionFiles) next.add_dimension(name, json);
  engine = next;
  return engine.dimensions();
}

const handlers = {
  async dimensions({ files }) {
    return { dimensions: await buildEngine(files) };
  },
  async analyse({ id, path, bytes }) {
    if (!engine) await buildEngine([]);
    return { report: engine.analyze(id, path, new Uint8Array(bytes)) };
  },
  // Distances, rankings and keyness over reports the page already has: no document is re-read.
  async compare({ reports }) {
    return { comparison: engine.compare(reports) };
  },
};

self.onmessage = async ({ data: { call, request, ...args } }) => {
  try {
    self.postMessage({ request, ok: true, ...(await handlers[call](args)) });
  } catch (error) {
    self.postMessage({ request, ok: false, error: String(error?.message ?? error) });
  }
};
