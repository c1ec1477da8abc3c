// The offline single file: the worker, the corpus, and pdf.js with its worker and CMaps are
// inlined by scripts/build-offline.mjs (the `offline:` modules), so nothing is fetched.
import * as pdfjs from 'pdfjs-dist/build/pdf.min.mjs';
import workerSource from 'offline:worker';
import corpus from 'offline:corpus';
import pdfWorkerSource from 'offline:pdf-worker';
import cmaps from 'offline:cmaps';

export const OFFLINE = true;

const blobUrl = (source) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));

export function startWorker() {
  return new Worker(blobUrl(workerSource));
}

export async function loadCorpusFiles() {
  const encoder = new TextEncoder();
  return corpus.map(({ file, title, text }) => ({ file, title, bytes: encoder.encode(text).buffer }));
}

// pdf.js asks this for CMaps (by name) instead of fetching them: pdf.js's CMapReaderFactory
// interface, constructed with {baseUrl, isCompressed}.
class InlineCMaps {
  async fetch({ name }) {
    const filename = `${name}.bcmap`;
    if (!Object.hasOwn(cmaps, filename)) throw new Error(`${filename} is not in the offline file`);
    return { cMapData: Uint8Array.from(atob(cmaps[filename]), (c) => c.charCodeAt(0)), isCompressed: true };
  }
}

export async function loadPdfjs() {
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(blobUrl(pdfWorkerSource));
  return { pdfjs, options: { CMapReaderFactory: InlineCMaps, cMapPacked: true, useWorkerFetch: false } };
}
