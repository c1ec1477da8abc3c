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

// The evidence view highlights spans in the text the engine analysed. Until a report carries
// that text itself (`report.text.content`), plain-text inputs are decoded here with the encoding
// the engine detected, which gives the same UTF-16 string the spans count in.
function analysedText(report, bytes) {
  if (typeof report.text?.content === 'string') return report.text.content;
  try {
    return new TextDecoder(report.encoding).decode(bytes);
  } catch {
    return null;
  }
}

const handlers = {
  async dimensions({ files }) {
    return { dimensions: await buildEngine(files) };
  },
  async analyse({ id, path, bytes }) {
    if (!engine) await buildEngine([]);
    const data = new Uint8Array(bytes);
    const report = engine.analyze(id, path, data);
    report.sourceText = analysedText(report, data);
    return { report };
  },
  // engine.compare (distances, rankings, keyness) comes with the model branch; until then the
  // answer is null and the page computes distances from the scores itself.
  async compare({ reports }) {
    return { comparison: typeof engine?.compare === 'function' ? engine.compare(reports) : null };
  },
};

self.onmessage = async ({ data: { call, request, ...args } }) => {
  try {
    self.postMessage({ request, ok: true, ...(await handlers[call](args)) });
  } catch (error) {
    self.postMessage({ request, ok: false, error: String(error?.message ?? error) });
  }
};
