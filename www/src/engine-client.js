// The page's side of the worker: promises for each call, a queue that analyses documents one at
// a time with progress, and cancel (which ends the worker; the next call starts a fresh one).
import { startWorker } from './platform.js';

let worker;
let nextRequest = 1;
const pending = new Map();
let dimensionFiles = [];

function ensureWorker() {
  if (worker) return worker;
  worker = startWorker();
  worker.onmessage = ({ data }) => {
    const waiting = pending.get(data.request);
    pending.delete(data.request);
    if (data.ok) waiting?.resolve(data);
    else if (data.broken) {
      waiting?.reject(new EngineBroken(data.error));
      // The next call starts a fresh worker, with the reader's dimension files.
      failAll(Object.assign(new Error('the analysis worker was restarted'), { key: 'workerRestarted' }));
    } else waiting?.reject(Object.assign(new Error(data.error), { details: data.details, key: data.key }));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(Object.assign(new Error(event.message || 'the analysis worker stopped'), { key: 'workerStopped' }));
  };
  if (dimensionFiles.length) call('dimensions', { files: dimensionFiles }).catch(() => {});
  return worker;
}

function failAll(error) {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function call(name, args, transfer = []) {
  const request = nextRequest++;
  const reply = new Promise((resolve, reject) => pending.set(request, { resolve, reject }));
  ensureWorker().postMessage({ call: name, request, ...args }, transfer);
  return reply;
}

/** Starts the worker, which fetches the engine and builds it, ahead of the first call. */
export function startEngine() {
  ensureWorker();
}

/**
 * Replaces the user's dimension files; resolves to the dimensions in use, the files kept and
 * `replaced`, `{name, earlier, id}` for each file set aside. Of two files with one id the later is
 * used, as on the command line, which says so too; the earlier is set aside, so that the files
 * kept (and saved, and exported in a session) are the ones in use.
 */
export async function setDimensionFiles(files) {
  const ids = files.map(({ json }) => fileDimensionId(json));
  const last = new Map(ids.map((id, index) => [id, index]));
  const replaced = [];
  const kept = files.filter((file, index) => {
    const later = last.get(ids[index]);
    if (ids[index] === undefined || later === index) return true;
    replaced.push({ name: files[later].name, earlier: file.name, id: ids[index] });
    return false;
  });
  const { dimensions, builtIn } = await call('dimensions', { files: kept });
  dimensionFiles = kept;
  // The dimensions a reader's file defines, a built-in one among them when the file reuses its id
  // (`builtInReplacedBy`, the file's name): their names come from the file, and no embed can show
  // them, as an embed loads no reader's files.
  const fileOf = new Map(ids.map((id, index) => [id, files[index].name]));
  return {
    dimensions: dimensions.map((dimension) => ({
      ...dimension,
      fromFile: fileOf.has(dimension.id),
      builtInReplacedBy: builtIn.includes(dimension.id) ? fileOf.get(dimension.id) : undefined,
    })),
    files: kept,
    replaced,
  };
}

/** A dimension file's text from its bytes (an ArrayBuffer, handed over), decoded by the engine. */
export async function dimensionText(name, bytes) {
  const { json } = await call('dimensionText', { name, bytes }, [bytes]);
  return json;
}

function fileDimensionId(json) {
  try {
    return JSON.parse(json.replace(/^\uFEFF/, '')).id;
  } catch {
    return undefined;
  }
}

export class Cancelled extends Error {}

/** The engine trapped (ran out of memory, most likely) and its worker was replaced. */
export class EngineBroken extends Error {}

/**
 * Analyses documents one by one. `onProgress(done, total)` after each; `onResult(doc, report,
 * error)` for each. Resolves when all are done or `signal` aborts (then the worker is ended).
 */
export async function analyseAll(documents, { onProgress, onResult, signal }) {
  let done = 0;
  const aborted = new Promise((_, reject) =>
    signal?.addEventListener('abort', () => {
      failAll(new Cancelled('cancelled'));
      reject(new Cancelled('cancelled'));
    }),
  );
  aborted.catch(() => {});
  for (const doc of documents) {
    if (signal?.aborted) throw new Cancelled('cancelled');
    try {
      const bytes = doc.bytes.slice(0);
      const { report } = await Promise.race([call('analyse', { id: doc.id, path: doc.path, bytes }, [bytes]), aborted]);
      onResult(doc, report, null);
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      onResult(doc, null, error);
    }
    onProgress(++done, documents.length);
  }
}

/** The engine's cross-document comparison of `reports`, on the dimensions listed in `dimensionIds`. */
export async function compareReports(reports, dimensionIds) {
  const onDimensions = (report) => ({
    id: report.id,
    terms: report.terms,
    term_forms: report.term_forms ?? {},
    dimensions: Object.fromEntries(dimensionIds.filter((id) => id in report.dimensions).map((id) => [id, { score: report.dimensions[id].score }])),
  });
  const { comparison } = await call('compare', { reports: reports.map(onDimensions) });
  return comparison;
}
