// The offline single file: the worker and the corpus are inlined by scripts/build-offline.mjs
// (virtual modules `offline:worker` and `offline:corpus`), so nothing is fetched.
import workerSource from 'offline:worker';
import corpus from 'offline:corpus';

export const OFFLINE = true;

export function startWorker() {
  return new Worker(URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })));
}

export async function loadCorpusFiles() {
  const encoder = new TextEncoder();
  return corpus.map(({ file, title, text }) => ({ file, title, bytes: encoder.encode(text).buffer }));
}
