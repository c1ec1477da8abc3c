// What differs between the served page and the offline single file: how the worker is started
// and where the default corpus comes from. scripts/build-offline.mjs swaps in platform-offline.js.
export const OFFLINE = false;

export function startWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

export async function loadCorpusFiles() {
  const base = new URL('./corpus/', import.meta.url);
  const index = await (await fetch(new URL('index.json', base))).json();
  return Promise.all(
    index.documents.map(async ({ file, title }) => ({
      file,
      title,
      bytes: await (await fetch(new URL(encodeURIComponent(file), base))).arrayBuffer(),
    })),
  );
}
