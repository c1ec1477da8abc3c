// Runs the wasm engine off the main thread, so the page never freezes. One Engine lives here; the
// page sends one document per message, which lets it show progress and cancel between documents.
import init, { dimensionText, Engine } from '../dist/pkg/stance.js';
import { wasmSource } from './wasm-source.js';

let engine;
// The built-in dimensions' ids: a reader's file may replace one.
let builtIn = [];
// Whether `engine` carries the user's dimension files rather than the built-in ones alone.
let customised = false;
// The engine is built as soon as the module is, before the page asks: most visits keep the
// built-in dimensions, and the page meanwhile loads the corpus.
const ready = init({ module_or_path: wasmSource() })
  .then(() => {
    engine = new Engine();
    builtIn = engine.dimensions().map((dimension) => dimension.id);
  })
  .catch((error) => {
    // Fetching, compiling or building failed: no document is at fault, and the browser's reason
    // alone ("Failed to fetch") does not say what failed.
    throw Object.assign(new Error(String(error?.message ?? error)), { key: 'engineNotLoaded' });
  });
// Every call awaits `ready` and reports its failure; this keeps the browser from also logging it
// as unhandled before the first call.
ready.catch(() => {});

// Dimension management lives only here: a fresh Engine has the built-in dimensions, and the
// user's dimension files are added on top (the engine cannot remove a dimension). A file that
// fails leaves the engine in use as it was.
async function buildEngine(dimensionFiles) {
  await ready;
  if (dimensionFiles.length || customised) {
    const next = new Engine();
    for (const { name, json } of dimensionFiles) next.add_dimension(name, json);
    engine = next;
    customised = dimensionFiles.length > 0;
  }
  return engine.dimensions();
}

const handlers = {
  async dimensions({ files }) {
    return { dimensions: await buildEngine(files), builtIn };
  },
  // A dimension file's bytes as text, decoded by the core as the command line decodes them.
  async dimensionText({ name, bytes }) {
    await ready;
    return { json: dimensionText(name, new Uint8Array(bytes)) };
  },
  async analyse({ id, path, bytes }) {
    await ready;
    return { report: engine.analyze(id, path, new Uint8Array(bytes)) };
  },
  // Distances, rankings and keyness over reports the page already has: no document is re-read.
  async compare({ reports }) {
    await ready;
    return { comparison: engine.compare(reports) };
  },
};

self.onmessage = async ({ data: { call, request, ...args } }) => {
  try {
    self.postMessage({ request, ok: true, ...(await handlers[call](args)) });
  } catch (error) {
    // A trap (most likely memory run out) leaves the engine's memory as it was at that moment,
    // unfit for another call: the page starts a fresh worker.
    const broken = error instanceof WebAssembly.RuntimeError;
    // `details` (the file, line and problem as data) or `key` lets the page word it in the
    // reader's language.
    self.postMessage({ request, ok: false, broken, error: String(error?.message ?? error), details: error?.details, key: error?.key });
  }
};
