// What differs between the served page and the offline single file: how the worker is started,
// where the default corpus and pdf.js come from. scripts/build-offline.mjs swaps in
// platform-offline.js.
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

/** pdf.js and the options it needs (its worker and CMaps are copied to dist/pdfjs by the build). */
export async function loadPdfjs() {
  const base = new URL('./pdfjs/', import.meta.url);
  const pdfjs = await import(new URL('pdf.min.mjs', base).href);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', base).href;
  return { pdfjs, options: { cMapUrl: new URL('cmaps/', base).href, cMapPacked: true } };
}
