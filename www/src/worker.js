// Runs the wasm engine off the main thread. The engine is built once and kept.
import init, { Engine } from '../dist/pkg/stance.js';

const ready = init({ module_or_path: new URL('./pkg/stance_bg.wasm', import.meta.url) }).then(() => new Engine());

self.onmessage = async ({ data: { documents } }) => {
  try {
    const engine = await ready;
    const reports = [];
    const errors = [];
    for (const { id, path, bytes } of documents) {
      try {
        reports.push(engine.analyze(id, path, new Uint8Array(bytes)));
      } catch (error) {
        errors.push(String(error.message ?? error));
      }
    }
    self.postMessage({ reports, errors });
  } catch (error) {
    self.postMessage({ reports: [], errors: [`The engine could not start: ${error.message ?? error}`] });
  }
};
