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

// pdf.js asks this for CMap files (by file name) instead of fetching them.
class InlineCMaps {
  async fetch({ kind, filename }) {
    if (kind !== 'cMapUrl' || !Object.hasOwn(cmaps, filename)) throw new Error(`${filename} is not in the offline file`);
    return Uint8Array.from(atob(cmaps[filename]), (c) => c.charCodeAt(0));
  }
}

export async function loadPdfjs() {
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(blobUrl(pdfWorkerSource));
  return { pdfjs, options: { BinaryDataFactory: InlineCMaps, cMapPacked: true, useWorkerFetch: false } };
}
